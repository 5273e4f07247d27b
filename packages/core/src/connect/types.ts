/**
 * A framework-free bag of attributes for one anatomy part. React spreads it onto an element;
 * lit binds it with the elements package's `attrs()` directive. Keys are DOM attribute names
 * (`data-part`, `aria-valuenow`, `role`); `style` holds only CSS custom properties.
 */
export interface AttrBag {
  readonly [attribute: string]: string | number | boolean | undefined | Readonly<Record<string, string>>;
  readonly 'data-scope': string;
  readonly 'data-part': string;
  readonly style?: Readonly<Record<`--gk-${string}`, string>>;
}

/** Build one part's attribute bag; `undefined` values are left out so they never render as "undefined". */
export function part(
  scope: string,
  name: string,
  attributes: Record<string, string | number | boolean | undefined | Readonly<Record<string, string>>> = {},
): AttrBag {
  const bag: Record<string, string | number | boolean | Readonly<Record<string, string>>> = {
    'data-scope': scope,
    'data-part': name,
  };
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) bag[key] = value;
  }
  return bag as AttrBag;
}

/**
 * A CSS selector for a part, for adapters that look one up (to move focus to it): the part's name comes
 * from here, as its attributes come from {@link part}. `attributes` narrow it (`{ 'data-add': 'key-result' }`).
 */
export function partSelector(scope: string, name: string, attributes: Readonly<Record<string, string>> = {}): string {
  const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  let selector = `[data-scope=${quote(scope)}][data-part=${quote(name)}]`;
  for (const [key, value] of Object.entries(attributes)) selector += `[${key}=${quote(value)}]`;
  return selector;
}
