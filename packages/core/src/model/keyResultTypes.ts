/**
 * Every key-result type, in the order the README documents them. Kept apart from the zod schemas so
 * code that only needs the list (the linter, editors) does not bundle zod.
 */
export const KEY_RESULT_TYPES = [
  'increase',
  'decrease',
  'at-least',
  'at-most',
  'range',
  'boolean',
  'milestones',
] as const;
