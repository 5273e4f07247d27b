/**
 * Register a tag unless it is already registered, so two copies of goalkit on one page
 * (an embed bundle next to an app's own import) do not throw.
 */
export function define(tag: string, elementClass: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, elementClass);
}
