import {
  type DocumentScore,
  dayNumber,
  type GoalkitDocument,
  GoalkitValidationError,
  isoDateOfDay,
  type KeyResultScore,
  type ObjectiveScore,
  parseDocument,
  type Status,
  scoreDocument,
} from '@goalkit/core';
import { type Command, EXIT_OK, EXIT_USAGE } from '../command.js';
import { parseCommandArgs, usageError } from '../commandArgs.js';
import { DEFAULT_MAX_INPUT_BYTES, parseByteSize, readDocumentFile } from '../readDocumentFile.js';

const USAGE = `Usage: goalkit score FILE [--as-of YYYY-MM-DD] [--format table|json]

Scores every objective and key result of a goalkit document (JSON or YAML).

Options:
  --as-of YYYY-MM-DD   evaluate as of this UTC day, using only check-ins up to it (default: today)
  --format table|json  table for people (default), json for programs: one object on stdout
  --max-input-size SIZE  refuse a FILE larger than SIZE, such as 50MB (default: 10MB)
  -h, --help           show this help

Exit codes: 0 scored, 2 bad arguments or a bad file (every problem is printed to stderr).
`;

/** The JSON output: exactly the fields of the documented format, in that order. */
function toJson(scores: DocumentScore): unknown {
  return {
    asOf: scores.asOf,
    objectives: scores.objectives.map((objective) => ({
      id: objective.id,
      progress: objective.progress,
      expected: objective.expected,
      status: objective.status,
      hasData: objective.hasData,
      grade: objective.grade,
      keyResults: objective.keyResults.map((keyResult) => ({
        id: keyResult.id,
        progress: keyResult.progress,
        raw: keyResult.raw,
        expected: keyResult.expected,
        status: keyResult.status,
        hasData: keyResult.hasData,
        confidence: keyResult.confidence,
        forecast: keyResult.forecast,
      })),
    })),
  };
}

const STATUS_COLOURS: Record<Status, number> = {
  'not-started': 90,
  'on-track': 32,
  'at-risk': 33,
  'off-track': 31,
  achieved: 36,
};

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function shortNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

type Row = [
  id: string,
  progress: string,
  expected: string,
  status: Status | 'STATUS',
  grade: string,
  confidence: string,
  forecast: string,
  title: string,
];

function objectiveRow(score: ObjectiveScore, title: string): Row {
  return [
    score.id,
    score.hasData ? percent(score.progress) : 'no data',
    percent(score.expected),
    score.status,
    `${score.grade.score.toFixed(1)} ${score.grade.band}`,
    '',
    '',
    title,
  ];
}

function keyResultRow(score: KeyResultScore, title: string): Row {
  const progress = !score.hasData
    ? 'no data'
    : score.raw !== score.progress
      ? `${percent(score.progress)} (${percent(score.raw)})`
      : percent(score.progress);
  return [
    `  ${score.id}`,
    progress,
    percent(score.expected),
    score.status,
    '',
    score.confidence === null ? '' : `${shortNumber(score.confidence)} ${score.confidenceBand}`,
    score.forecast === null ? '' : `${shortNumber(score.forecast.value)} (${percent(score.forecast.progress)})`,
    title,
  ];
}

/** Aligned columns; status words are coloured only when `colour` is on (a terminal without NO_COLOR). */
function toTable(scores: DocumentScore, document: GoalkitDocument, colour: boolean): string {
  const header: Row = ['ID', 'PROGRESS', 'EXPECTED', 'STATUS', 'GRADE', 'CONFIDENCE', 'FORECAST', 'TITLE'];
  const rows: Row[] = [header];
  scores.objectives.forEach((objective, o) => {
    const source = document.objectives[o];
    rows.push(objectiveRow(objective, source?.title ?? ''));
    objective.keyResults.forEach((keyResult, k) => {
      rows.push(keyResultRow(keyResult, source?.keyResults[k]?.title ?? ''));
    });
  });
  const widths = header.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const lines = rows.map((row, index) =>
    row
      .map((cell, column) => {
        if (column === row.length - 1) return cell;
        const padded = cell.padEnd(widths[column] ?? 0);
        return colour && column === 3 && index > 0
          ? `\u001b[${STATUS_COLOURS[cell as Status]}m${padded}\u001b[39m`
          : padded;
      })
      .join('  ')
      .trimEnd(),
  );
  return `As of ${scores.asOf}\n\n${lines.join('\n')}\n`;
}

/** `goalkit score FILE [--as-of YYYY-MM-DD] [--format table|json]` */
export const scoreCommand: Command = {
  name: 'score',
  summary: 'print the progress, status, grade and forecast of every goal in a document',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(scoreCommand, args, io, {
      'as-of': { type: 'string' },
      format: { type: 'string' },
      'max-input-size': { type: 'string' },
    });
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      return usageError(
        scoreCommand,
        io,
        positionals.length === 0 ? 'missing FILE' : `expected one FILE, got ${positionals.length}`,
      );
    }
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json') {
      return usageError(scoreCommand, io, `--format must be table or json (got "${format}")`);
    }
    const asOf = values['as-of'] ?? isoDateOfDay(Math.floor((io.now?.() ?? new Date()).getTime() / 86_400_000));
    if (Number.isNaN(dayNumber(asOf))) {
      return usageError(scoreCommand, io, `--as-of must be a calendar date written YYYY-MM-DD (got "${asOf}")`);
    }
    const maxBytes =
      values['max-input-size'] === undefined ? DEFAULT_MAX_INPUT_BYTES : parseByteSize(values['max-input-size']);
    if (maxBytes === undefined)
      return usageError(
        scoreCommand,
        io,
        `--max-input-size must be a size such as 20MB or 500000 (got "${values['max-input-size']}")`,
      );
    const file = positionals[0] as string;
    const read = await readDocumentFile(file, { maxBytes });
    if (!read.ok) {
      io.stderr.write(`goalkit score: ${read.message}\n`);
      return EXIT_USAGE;
    }
    let document: GoalkitDocument;
    try {
      document = parseDocument(read.data);
    } catch (error) {
      if (!(error instanceof GoalkitValidationError)) throw error;
      const { problems } = error;
      const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
      io.stderr.write(`goalkit score: ${file} is not a valid goalkit document (${count}):\n`);
      for (const problem of problems) io.stderr.write(`${file}: ${problem.path || '(document)'}: ${problem.message}\n`);
      return EXIT_USAGE;
    }
    const scores = scoreDocument(document, { asOf });
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify(toJson(scores))}\n`);
    } else {
      const env = io.env ?? process.env;
      const colour = io.stdout.isTTY === true && env.NO_COLOR === undefined;
      io.stdout.write(toTable(scores, document, colour));
    }
    return EXIT_OK;
  },
};
