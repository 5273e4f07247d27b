/** The colour schemes a widget shows: light, dark, or the operating system's (`auto`). */
export type ColorScheme = 'light' | 'dark' | 'auto';

const SCHEMES: readonly string[] = ['light', 'dark', 'auto'];

/** The colour scheme a page's `color-scheme` asks for: `dark`, both (`auto`), or light when it says nothing. */
export function pageColorScheme(doc: Document = document): ColorScheme {
  const declared = doc.defaultView?.getComputedStyle(doc.documentElement).colorScheme ?? '';
  const words = declared.split(/\s+/);
  if (words.includes('dark')) return words.includes('light') ? 'auto' : 'dark';
  return 'light';
}

/**
 * The colour scheme of a widget: `data-gk-theme` on the element, else on the nearest ancestor (climbing out
 * of shadow roots, where an outer widget's host carries the scheme it resolved as `data-gk-scheme`), else the
 * page's `color-scheme` (light when the page says nothing).
 */
export function colorSchemeOf(element: Element): ColorScheme {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const own = node.getAttribute('data-gk-theme');
      if (own && SCHEMES.includes(own)) return own as ColorScheme;
      const resolved = node === element ? null : node.getAttribute('data-gk-scheme');
      if (resolved && SCHEMES.includes(resolved)) return resolved as ColorScheme;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return pageColorScheme(element.ownerDocument);
}

/** Mark a widget's host with the scheme it shows, for the theme's `:host([data-gk-scheme=…])` rules. */
export function applyColorScheme(host: HTMLElement): void {
  const scheme = colorSchemeOf(host);
  if (host.getAttribute('data-gk-scheme') !== scheme) host.setAttribute('data-gk-scheme', scheme);
}
