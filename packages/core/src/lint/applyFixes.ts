import type { LintMessage } from './types.js';

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

function parsePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const match of path.matchAll(SEGMENT))
    keys.push(match[2] === undefined ? (match[1] as string) : Number(match[2]));
  return keys;
}

/**
 * Applies the safe fixes of `messages` to a copy of `document` and returns the copy; the input is
 * not modified. Messages without a fix are ignored, and so is a fix whose path no longer exists.
 */
export function applyFixes<TDocument>(document: TDocument, messages: readonly LintMessage[]): TDocument {
  const copy = structuredClone(document);
  for (const message of messages) {
    if (message.fix === undefined) continue;
    const keys = parsePath(message.fix.path);
    const last = keys.pop();
    let node: unknown = copy;
    for (const key of keys)
      node = node === null || typeof node !== 'object' ? undefined : (node as Record<string | number, unknown>)[key];
    if (last !== undefined && node !== null && typeof node === 'object') {
      (node as Record<string | number, unknown>)[last] = structuredClone(message.fix.value);
    }
  }
  return copy;
}
