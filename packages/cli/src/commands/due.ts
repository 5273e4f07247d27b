import {
  type DueCheckIn,
  type DueState,
  dayNumber,
  dueCheckIns,
  type GoalkitDocument,
  parseDocument,
  parseRhythm,
  type Rhythm,
} from '@goalkit/core';
import { type Command, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command.js';
import { parseCommandArgs, usageError } from '../commandArgs.js';
import { DEFAULT_MAX_INPUT_BYTES, parseByteSize, readValidatedFile } from '../readDocumentFile.js';

const USAGE = `Usage: goalkit due FILE --policies RHYTHM [--as-of WHEN] [--format table|json] [--fail-on overdue|escalated]

Prints who owes which check-in: every key result of a running cycle whose cadence has come round since
its last check-in, by the policies in RHYTHM (JSON or YAML: { policies: [...], people: [...] }).

Options:
  --policies RHYTHM     the cadence policies and the people (managers, team leads); see the CLI README
  --as-of WHEN          an instant (2026-03-09T09:00:00Z) or a day (2026-03-09: its last moment, UTC);
                        default: now
  --format table|json   table for people (default), json for programs: one object on stdout
  --fail-on STATE       exit 1 when any check-in is overdue (or escalated) or worse: for CI
  --max-input-size SIZE refuse a file larger than SIZE, such as 50MB (default: 10MB)
  -h, --help            show this help

Exit codes: 0 printed, 1 a check-in at or past --fail-on, 2 bad arguments or a bad file (every problem is
printed to stderr).
`;

const SEVERITY: Record<DueState, number> = { due: 0, overdue: 1, escalated: 2 };

function toTable(due: readonly DueCheckIn[], document: GoalkitDocument, asOf: string): string {
  const titles = new Map<string, string>();
  for (const objective of document.objectives) for (const kr of objective.keyResults) titles.set(kr.id, kr.title);
  const header = ['RECIPIENT', 'STATE', 'DUE AT', 'LAST CHECK-IN', 'KEY RESULT', 'TITLE'];
  const rows = [
    header,
    ...due.map((d) => [
      d.recipientId ?? '(no one)',
      d.state === 'escalated' ? `escalated to ${d.escalatedToId}` : d.state,
      d.dueAt.replace('.000Z', 'Z'),
      d.lastCheckInAt ?? 'never',
      d.keyResultId,
      titles.get(d.keyResultId) ?? '',
    ]),
  ];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
  const summary =
    due.length === 0
      ? 'Nobody owes a check-in.'
      : `${due.length} check-in${due.length === 1 ? '' : 's'} owed: ${(['due', 'overdue', 'escalated'] as const)
          .map((state) => `${due.filter((d) => d.state === state).length} ${state}`)
          .join(', ')}.`;
  return `As of ${asOf}\n\n${due.length === 0 ? '' : `${lines.join('\n')}\n\n`}${summary}\n`;
}

/** `goalkit due FILE --policies RHYTHM [--as-of WHEN] [--format table|json] [--fail-on STATE]` */
export const dueCommand: Command = {
  name: 'due',
  summary: 'print who owes which check-in by the cadence policies (for reminders, or CI)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(dueCommand, args, io, {
      policies: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      'max-input-size': { type: 'string' },
    });
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 1)
      return usageError(
        dueCommand,
        io,
        positionals.length === 0 ? 'missing FILE' : `expected one FILE, got ${positionals.length}`,
      );
    if (values.policies === undefined) return usageError(dueCommand, io, 'missing --policies RHYTHM');
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json')
      return usageError(dueCommand, io, `--format must be table or json (got "${format}")`);
    const failOn = values['fail-on'];
    if (failOn !== undefined && failOn !== 'due' && failOn !== 'overdue' && failOn !== 'escalated')
      return usageError(dueCommand, io, `--fail-on must be due, overdue or escalated (got "${failOn}")`);
    let now: Date = io.now?.() ?? new Date();
    const asOfText = values['as-of'];
    if (asOfText !== undefined) {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(asOfText) ? dayNumber(asOfText) : undefined;
      const instant = /^\d{4}-\d{2}-\d{2}T/.test(asOfText) ? Date.parse(asOfText) : Number.NaN;
      if (day !== undefined && !Number.isNaN(day)) now = new Date((day + 1) * 86_400_000 - 1);
      else if (!Number.isNaN(instant)) now = new Date(instant);
      else
        return usageError(
          dueCommand,
          io,
          `--as-of must be a day written YYYY-MM-DD or an ISO instant such as 2026-03-09T09:00:00Z (got "${asOfText}")`,
        );
    }
    const maxBytes =
      values['max-input-size'] === undefined ? DEFAULT_MAX_INPUT_BYTES : parseByteSize(values['max-input-size']);
    if (maxBytes === undefined)
      return usageError(
        dueCommand,
        io,
        `--max-input-size must be a size such as 20MB or 500000 (got "${values['max-input-size']}")`,
      );
    const file = positionals[0] as string;
    const document = await readValidatedFile(
      'due',
      file,
      'goalkit document',
      (data) => parseDocument(data),
      io,
      maxBytes,
    );
    if (!document) return EXIT_USAGE;
    const rhythm: Rhythm | undefined = await readValidatedFile(
      'due',
      values.policies,
      'rhythm file',
      parseRhythm,
      io,
      maxBytes,
    );
    if (!rhythm) return EXIT_USAGE;
    const owners = new Set(document.owners.map((o) => o.id));
    const unknown = rhythm.policies.findIndex((p) => !owners.has(p.scopeOwnerId));
    if (unknown >= 0) {
      io.stderr.write(
        `goalkit due: ${values.policies}: policies[${unknown}].scopeOwnerId: no owner of ${file} has the id ${JSON.stringify(rhythm.policies[unknown]?.scopeOwnerId)}\n`,
      );
      return EXIT_USAGE;
    }
    const due = dueCheckIns(document, rhythm.policies, rhythm.people, now);
    const asOf = now.toISOString();
    if (format === 'json') io.stdout.write(`${JSON.stringify({ asOf, due })}\n`);
    else io.stdout.write(toTable(due, document, asOf));
    if (failOn !== undefined && due.some((d) => SEVERITY[d.state] >= SEVERITY[failOn])) return EXIT_FAILURE;
    return EXIT_OK;
  },
};
