/**
 * A part of goalkit loaded on first use from a file of its own (the SMART linter, the engine that
 * rescores optimistic check-ins), shared by every widget on the page that needs it. The caller writes
 * the `import()` (bundlers split on the literal specifier); this keeps what every caller needs around
 * it: one load at a time, the result for synchronous renders, and a failure that is reported, not
 * cached: the next `load()` tries again.
 */
export interface LazyPart<T> {
  /** The part, once loaded; `undefined` before that (and after failed loads). */
  current(): T | undefined;
  /** Whether the last load failed (and no load has succeeded since). */
  failed(): boolean;
  /** Load the part, or join the load under way; resolves at once when it is there. */
  load(): Promise<T>;
}

/** A {@link LazyPart} loaded by `load`. */
export function lazyPart<T>(load: () => Promise<T>): LazyPart<T> {
  let value: { readonly part: T } | undefined;
  let loading: Promise<T> | undefined;
  let failed = false;
  return {
    current: () => value?.part,
    failed: () => failed,
    load() {
      if (value) return Promise.resolve(value.part);
      loading ??= load().then(
        (part) => {
          value = { part };
          failed = false;
          loading = undefined;
          return part;
        },
        (error: unknown) => {
          failed = true;
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}
