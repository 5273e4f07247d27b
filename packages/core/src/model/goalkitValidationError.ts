/** One thing wrong with a document: where, and what to do about it. */
export interface ValidationProblem {
  /** Where the problem is, such as `objectives[0].keyResults[1].target`; `''` for the document itself. */
  path: string;
  /** A plain sentence saying what is wrong and how to fix it. */
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** Formats a path of keys and indexes the way people write it: `objectives[0].keyResults[1].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/**
 * Thrown by `parseDocument` when a document is not valid. It lists every problem at once,
 * so a person can fix them all in one pass.
 */
export class GoalkitValidationError extends Error {
  /** Every problem found, in document order where possible. */
  readonly problems: readonly ValidationProblem[];

  constructor(problems: readonly ValidationProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const lines = problems.map((problem) => `  ${problem.path || '(document)'}: ${problem.message}`);
    super(`The goalkit document has ${count}:\n${lines.join('\n')}`);
    this.name = 'GoalkitValidationError';
    this.problems = problems;
  }
}
