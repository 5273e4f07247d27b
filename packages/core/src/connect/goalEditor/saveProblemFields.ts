import { CONFIG_FIELDS } from './keyResultSourceDraft.js';
import type { FieldKey, GoalEditorSaveDetail, KeyResultField } from './types.js';

/**
 * The editor's field a refused source path names (`source.config.url`, `source.transform.scale`, `source`):
 * a setting the editor has no field for lands on the connector, the source itself on "Value comes from".
 */
function sourceField(path: string): KeyResultField | undefined {
  if (path === 'allowValuesOutsideCycle') return path;
  if (path === 'source' || path === 'source.mode') return 'source.mode';
  if (path === 'source.connector' || path === 'source.schedule') return path;
  const transform = /^source\.transform\.(scale|offset|aggregate)\b/.exec(path)?.[1];
  if (transform) return `source.transform.${transform as 'scale'}`;
  if (path.startsWith('source.transform')) return 'source.transform.scale';
  const config = /^source\.config\.(\w+)/.exec(path)?.[1];
  if (config && (CONFIG_FIELDS as readonly string[]).includes(config)) return `source.config.${config as 'url'}`;
  return path.startsWith('source.') ? 'source.connector' : undefined;
}

/**
 * The editor's fields a refused save names, with the server's messages (`problems` of the client's
 * `ValidationError`, a 400 or 422): `keyResults[i].checkInResponsibleId` (creating an objective) becomes that
 * row's "Check-ins by". A key result's own write (`PATCH /key-results/{id}`, `POST …/key-results`) answers a bare
 * `checkInResponsibleId` that names no row: it is the row that sent a person, or of several the one whose id the
 * message quotes, else the first. A key result's source and "Accept values outside the cycle" land at their
 * fields (`keyResults[0].source.config.url` at that row's URL); a bare `source.…` names the first row that
 * sent a source. `undefined` when the refusal names none of them.
 */
export function saveProblemFields(
  error: unknown,
  detail: GoalEditorSaveDetail,
): Readonly<Partial<Record<FieldKey, string>>> | undefined {
  const problems = (error as { problems?: unknown } | null)?.problems;
  const sent = detail.objective.keyResults.flatMap((kr, i) =>
    typeof kr.checkInResponsibleId === 'string' ? [{ i, id: kr.checkInResponsibleId }] : [],
  );
  const sentSource = detail.objective.keyResults.findIndex(
    (kr) => kr.source !== undefined || kr.allowValuesOutsideCycle !== undefined,
  );
  const fields: Partial<Record<FieldKey, string>> = {};
  for (const { path, message } of Array.isArray(problems)
    ? (problems as { path?: unknown; message?: unknown }[])
    : []) {
    if (typeof message !== 'string') continue;
    const [, at, rest] = /^keyResults\[(\d+)\]\.(.+)$/.exec(String(path)) ?? [undefined, undefined, String(path)];
    const ofSource = rest === undefined ? undefined : sourceField(rest);
    const sourceRow = at !== undefined ? Number(at) : sentSource >= 0 ? sentSource : undefined;
    if (ofSource && sourceRow !== undefined && sourceRow < detail.objective.keyResults.length) {
      fields[`keyResults.${sourceRow}.${ofSource}`] ??= message;
      continue;
    }
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
