/** What the autoloader knows: each tag, and the import that defines it. */
export type WidgetImports = Readonly<Record<string, () => Promise<unknown>>>;

/** How {@link createAutoloader} finds tags, orders their loads and reports files that fail to load. */
export interface AutoloaderOptions {
  /** Where tags appear. @default document */
  root?: Document;
  /**
   * The tags each tag renders in its shadow root. Their files are then fetched at the same time as its
   * own, rather than each after the file that imports it has arrived. @default {}
   */
  renders?: Readonly<Record<string, readonly string[]>>;
  /**
   * A tag the others wait for while it is in the page and not defined yet (`gk-provider`): the widgets
   * inside it then render in its locale, with its client, from their first render.
   */
  container?: string;
  /** Called when a tag found in the page could not be loaded; the next time it appears, it is tried again. */
  onError?: (tag: string, error: unknown) => void;
}

/** Defines goalkit's tags as they appear in a page. */
export interface Autoloader {
  /**
   * Loads a tag's definition (once, however often it is asked for) and resolves with its class once the
   * tag is defined. Rejects with a `TypeError` for a tag the embed does not have, or with the import's
   * error when its file could not be loaded (asking again then tries again).
   */
  load(tag: string): Promise<CustomElementConstructor>;
  /** Stops watching the page. */
  disconnect(): void;
}

/**
 * Watches a document for goalkit's tags and imports each tag's definition the first time it appears:
 * in the HTML already there, inserted by the parser or by script (`append`, `innerHTML`, a fragment),
 * however deep. Tags inside shadow roots are not seen: a widget that renders another tag imports that
 * definition itself, and a page's own component can ask with `load()`. Once every tag has been asked
 * for, it stops watching.
 */
export function createAutoloader(widgets: WidgetImports, options: AutoloaderOptions = {}): Autoloader {
  const { root = document, renders = {}, container } = options;
  const onError = options.onError ?? ((tag, error) => console.error(`goalkit: <${tag}> could not be loaded.`, error));
  const loading = new Map<string, Promise<CustomElementConstructor>>();
  /** The tags not asked for yet, so a page that has them all is no longer watched. */
  const waiting = new Set(Object.keys(widgets));

  function load(tag: string, after?: Promise<unknown>): Promise<CustomElementConstructor> {
    const name = tag.toLowerCase();
    const defineTag = Object.hasOwn(widgets, name) ? widgets[name] : undefined;
    if (!defineTag) {
      return Promise.reject(
        new TypeError(`goalkit has no <${tag}>: the tags it defines are ${Object.keys(widgets).join(', ')}.`),
      );
    }
    let pending = loading.get(name);
    if (pending) return pending;
    waiting.delete(name);
    const defined = () => defineTag().then(() => customElements.whenDefined(name));
    // A container that fails to load holds nothing back: the widgets still render (without it).
    pending = customElements.get(name)
      ? customElements.whenDefined(name)
      : after
        ? after.then(defined, defined)
        : defined();
    loading.set(name, pending);
    // Fetched now rather than when this tag's file asks for them; if one fails, this tag's import fails too.
    for (const rendered of renders[name] ?? []) load(rendered, after).catch(() => {});
    pending.catch(() => {
      // A file that failed (offline for a moment) is fetched again when the tag is next asked for.
      loading.delete(name);
      waiting.add(name);
      if (!observing) watch();
    });
    return pending;
  }

  function discover(node: Node): void {
    if (!(node instanceof Element || node instanceof DocumentFragment || node instanceof Document)) return;
    const found = new Set<string>();
    if (node instanceof Element && waiting.has(node.localName)) found.add(node.localName);
    if (node.firstChild && waiting.size > 0)
      for (const element of node.querySelectorAll([...waiting].join(','))) found.add(element.localName);
    if (found.size === 0) return;
    const held =
      container && !customElements.get(container) && root.querySelector(container) ? load(container) : undefined;
    for (const tag of found) {
      load(tag, tag === container ? undefined : held).catch((error: unknown) => onError(tag, error));
    }
  }

  let observing = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) discover(node);
    if (waiting.size === 0) stop();
  });
  function watch(): void {
    observing = true;
    observer.observe(root, { childList: true, subtree: true });
  }
  function stop(): void {
    observing = false;
    observer.disconnect();
  }

  discover(root);
  if (waiting.size > 0) watch();
  return { load: (tag) => load(tag), disconnect: stop };
}
