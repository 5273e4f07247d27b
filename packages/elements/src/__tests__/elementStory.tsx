/// <reference types="vite/client" />
import type { ArgTypes, Parameters } from '@storybook/react-vite';
import { createElement, useEffect, useRef } from 'react';

/**
 * Elements stories render the `gk-*` tags inside the one root Storybook (react-vite): React 19 sets
 * properties on custom elements, so args become properties (`keyResult`) or, for attribute-backed
 * properties, the same reflected attributes a page would write. Controls come from the class's own
 * `static properties`; descriptions, CSS parts and CSS custom properties come from
 * `custom-elements.json` once the analyzer has generated it (the glob below finds nothing until then).
 */

interface ManifestMember {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
  attribute?: string;
  privacy?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: ManifestMember[];
  attributes?: ManifestMember[];
  events?: ManifestMember[];
  cssParts?: ManifestMember[];
  cssProperties?: ManifestMember[];
  slots?: ManifestMember[];
}
interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

const manifests = import.meta.glob<Manifest>('../../custom-elements.json', { eager: true, import: 'default' });
const manifest: Manifest | undefined = Object.values(manifests)[0];

function declarationOf(tag: string): ManifestDeclaration | undefined {
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  return undefined;
}

interface PropertyOptions {
  attribute?: boolean | string;
  type?: unknown;
  reflect?: boolean;
}
type ElementClass = CustomElementConstructor & {
  elementProperties?: Map<PropertyKey, PropertyOptions>;
  finalize?: () => void;
};

/** Event name → the arg (an action spy) that receives its `detail`. */
export type EventArgs = Readonly<Record<string, string>>;

const typeName = (options: PropertyOptions) =>
  options.type === Number
    ? 'number'
    : options.type === Boolean
      ? 'boolean'
      : options.attribute === false
        ? 'object'
        : 'string';

/** Controls for every public property of the class (attributes and properties), events, parts and CSS properties. */
export function elementArgTypes(tag: string, elementClass: CustomElementConstructor, events: EventArgs = {}): ArgTypes {
  const cls = elementClass as ElementClass;
  cls.finalize?.();
  const docs = declarationOf(tag);
  const out: ArgTypes = {};
  for (const [key, options] of cls.elementProperties ?? []) {
    if (typeof key !== 'string' || key.startsWith('_')) continue;
    const member = docs?.members?.find((m) => m.name === key);
    if (member?.privacy === 'private' || member?.privacy === 'protected') continue;
    const attribute =
      options.attribute === false
        ? undefined
        : typeof options.attribute === 'string'
          ? options.attribute
          : key.toLowerCase();
    const type = typeName(options);
    out[key] = {
      name: key,
      description: [
        member?.description,
        attribute ? `Attribute: \`${attribute}\`${options.reflect ? ' (reflects)' : ''}.` : 'Property only.',
      ]
        .filter(Boolean)
        .join(' '),
      table: {
        category: attribute ? 'attributes' : 'properties',
        type: { summary: member?.type?.text ?? type },
        ...(member?.default ? { defaultValue: { summary: member.default } } : {}),
      },
      control: type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : type === 'object' ? 'object' : 'text',
    };
  }
  for (const [event, arg] of Object.entries(events)) {
    const doc = docs?.events?.find((e) => e.name === event);
    out[arg] = {
      name: arg,
      description: doc?.description ?? `Called with the \`${event}\` event's \`detail\`.`,
      table: { category: 'events', type: { summary: event } },
      control: false,
    };
  }
  for (const [category, list] of [
    ['css parts', docs?.cssParts],
    ['css custom properties', docs?.cssProperties],
    ['slots', docs?.slots],
  ] as const) {
    for (const item of list ?? []) {
      out[`${category}:${item.name}`] = {
        name: item.name,
        description: item.description ?? item.summary ?? '',
        table: { category, ...(item.default ? { defaultValue: { summary: item.default } } : {}) },
        control: false,
      };
    }
  }
  return out;
}

/** The docs description of an element: its `@summary` and description from the manifest, else the given text. */
export function elementParameters(tag: string, fallback: string): Parameters {
  const docs = declarationOf(tag);
  const text = [docs?.summary, docs?.description].filter(Boolean).join('\n\n');
  return { docs: { description: { component: text || fallback } } };
}

/** One `gk-*` element with the story's args as properties, and its events forwarded to the matching action args. */
export function GkElement({
  tag,
  args,
  events = {},
}: {
  tag: string;
  args: Readonly<Record<string, unknown>>;
  events?: EventArgs | undefined;
}) {
  const ref = useRef<HTMLElement>(null);
  const handlers = new Set(Object.values(events));
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) if (value !== undefined && !handlers.has(key)) props[key] = value;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const stops = Object.entries(events).map(([type, arg]) => {
      const listener = (event: Event) => {
        const handler = args[arg];
        if (typeof handler !== 'function') return;
        const result: unknown = handler((event as CustomEvent).detail);
        // Request events take the page's promise, like a React callback that returns one.
        const request = event as Event & { waitUntil?: (promise: Promise<unknown>) => void };
        if (result instanceof Promise && typeof request.waitUntil === 'function') request.waitUntil(result);
      };
      element.addEventListener(type, listener);
      return () => element.removeEventListener(type, listener);
    });
    return () => {
      for (const stop of stops) stop();
    };
  }, [args, events]);
  return createElement(tag, { ref, ...props });
}

/** The element's shadow root, for queries in `play` functions (Testing Library's `within` works on it). */
export async function shadowOf(canvasElement: HTMLElement, tag: string): Promise<HTMLElement> {
  const element = canvasElement.querySelector(tag) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  if (!element?.shadowRoot) throw new Error(`${tag} did not render a shadow root`);
  await element.updateComplete;
  return element.shadowRoot as unknown as HTMLElement;
}
