import type { FieldKey, GoalEditorSaveDetail } from './types.js';

/**
 * The editor's fields a refused save names, with the server's messages (`problems` of the client's
 * `ValidationError`, a 400 or 422): `keyResults[i].checkInResponsibleId` (creating an objective) becomes that
 * row's "Check-ins by". A key result's own write (`PATCH /key-results/{id}`, `POST …/key-results`) answers a bare
 * `checkInResponsibleId` that names no row: it is the row that sent a person, or of several the one whose id the
 * message quotes, else the first. `undefined` when the refusal names none of them.
 */
export function saveProblemFields(
  error: unknown,
  detail: GoalEditorSaveDetail,
): Readonly<Partial<Record<FieldKey, string>>> | undefined {
  const problems = (error as { problems?: unknown } | null)?.problems;
  const sent = detail.objective.keyResults.flatMap((kr, i) =>
    typeof kr.checkInResponsibleId === 'string' ? [{ i, id: kr.checkInResponsibleId }] : [],
  );
  const fields: Partial<Record<FieldKey, string>> = {};
  for (const { path, message } of Array.isArray(problems)
    ? (problems as { path?: unknown; message?: unknown }[])
    : []) {
    if (typeof message !== 'string') continue;
    const indexed = /^keyResults\[(\d+)\]\.checkInResponsibleId$/.exec(String(path))?.[1];
    const row =
      indexed !== undefined
        ? Number(indexed)
        : path === 'checkInResponsibleId'
          ? (sent.find((kr) => message.includes(JSON.stringify(kr.id))) ?? sent[0])?.i
          : undefined;
    if (row !== undefined && row < detail.objective.keyResults.length) {
      fields[`keyResults.${row}.checkInResponsibleId`] ??= message;
    }
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}
