import type { AttrBag } from '@goalkit/core/connect';
import { noChange } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

/**
 * Binds a core `connect()` attribute bag to an element, the lit counterpart of spreading props in React.
 * It also sets `part` to the bag's `data-part`, so every anatomy part is styleable with `::part()`.
 * CSS custom properties go through `style.setProperty`, which a strict Content-Security-Policy allows.
 */
class AttrsDirective extends Directive {
  #attributes = new Set<string>();
  #properties = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('attrs() binds to an element: put it inside the tag, not in an attribute value or as a child.');
    }
  }

  render(_bag: AttrBag | undefined) {
    return noChange;
  }

  override update(part: ElementPart, [bag]: [AttrBag | undefined]) {
    const element = part.element as HTMLElement | SVGElement;
    const attributes = new Set<string>();
    const properties = new Set<string>();
    for (const [name, value] of Object.entries(bag ?? {})) {
      if (name === 'style') {
        for (const [property, v] of Object.entries(value as Record<string, string>)) {
          element.style.setProperty(property, v);
          properties.add(property);
        }
      } else if (value !== undefined && value !== false) {
        element.setAttribute(name, value === true ? '' : String(value));
        attributes.add(name);
      }
    }
    const partName = bag?.['data-part'];
    if (partName) {
      element.setAttribute('part', partName);
      attributes.add('part');
    }
    for (const name of this.#attributes) if (!attributes.has(name)) element.removeAttribute(name);
    for (const property of this.#properties) if (!properties.has(property)) element.style.removeProperty(property);
    this.#attributes = attributes;
    this.#properties = properties;
    return noChange;
  }
}

/** Spread a core anatomy part's attributes onto an element: `<div ${attrs(view.root)}>`. */
export const attrs = directive(AttrsDirective);
