import { readFile, stat, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { type GoalkitDocument, GoalkitValidationError, parseDocument } from '@goalkit/core';
import {
  applyImport,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportMap,
  type ImportPlan,
  parseImport,
  parseImportMap,
  planImport,
  readCsvRows,
  readXlsxRows,
} from '@goalkit/core/import';
import { stringify } from 'yaml';
import { type Command, type CommandIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command.js';
import { parseCommandArgs, usageError } from '../commandArgs.js';
import { formatCsv } from '../csv.js';
import { escapeCsvText } from '../goalsCsv.js';
import { DEFAULT_MAX_INPUT_BYTES, parseByteSize, readInputText, readValidatedFile } from '../readDocumentFile.js';

const USAGE = `Usage: goalkit import --from viva|betterworks|tability|csv FILE [--map MAP] [--into DOC] [--out OUT]
                      [--dry-run] [--report REPORT]

Imports objectives, key results and check-ins from another tool's export into a goalkit document:
Viva Goals (CSV or XLSX), Betterworks' OKR upload CSV, Tability's check-ins CSV, or goalkit's own CSV
(what goalkit convert --to csv writes). Owners are matched by id or email and never invented; cycles by
id, name or dates; importing the same file twice changes nothing. Every row left out is reported with its
row number (the header is row 1) and why. The formats and the map are described in the CLI README.

Options:
  --from FORMAT         viva, betterworks, tability or csv
  --map MAP             a YAML or JSON map: columns, confidence words, owners, the default cycle, dateFormat
  --into DOC            the goalkit document to import into (its owners, cycles and objectives);
                        default: an empty document, where every row is rejected for its owner
  -o, --out OUT         write the document with the import merged to OUT (.json for JSON, else YAML);
                        default: stdout
  --dry-run             write no document; print what the import would do
  --report REPORT       write a CSV of every row's outcome: row, action, kind, id, column, reason
  --max-input-size SIZE refuse a file larger than SIZE, such as 50MB (default: 10MB)
  -h, --help            show this help

Exit codes: 0 every row imported (or already there), 1 some rows rejected (the others are imported),
2 bad arguments or a bad file (every problem is printed to stderr).
`;

const EMPTY_DOCUMENT: GoalkitDocument = { version: 1, cycles: [], owners: [], objectives: [] };

/** The rows of the file: CSV (any of the formats), or XLSX for Viva Goals. */
async function readRows(
  file: string,
  from: ImportFormat,
  maxBytes: number,
): Promise<{ ok: true; rows: string[][] } | { ok: false; message: string }> {
  const extension = extname(file).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.xlsm') {
    const read = await readInputText(file, { maxBytes });
    return read.ok ? { ok: true, rows: readCsvRows(read.text) } : read;
  }
  if (from !== 'viva')
    return { ok: false, message: `${file}: only --from viva reads XLSX; export the file as CSV for --from ${from}` };
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    if (size > maxBytes)
      return {
        ok: false,
        message: `${file}: the file is ${Math.round(size / 1024 / 102.4) / 10} MB, more than the ${Math.round(maxBytes / 1024 / 102.4) / 10} MB allowed; raise the limit with --max-input-size`,
      };
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    return { ok: false, message: `${file}: cannot read the file (${reason}); check the path` };
  }
  // Sheet XML is several times larger than the CSV it holds: allow 8 times the input limit unpacked.
  const read = readXlsxRows(bytes, maxBytes * 8);
  return read.ok ? read : { ok: false, message: `${file}: ${read.reason}` };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summaryOf(plan: ImportPlan, dryRun: boolean): string {
  const { summary } = plan;
  const would = dryRun ? ' (dry run: nothing written)' : '';
  return [
    `Objectives: ${summary.create} to create, ${summary.update} to update, ${summary.unchanged} unchanged.`,
    `Check-ins: ${summary.checkInsCreated} to add, ${summary.checkInsUnchanged} already there.`,
    `Rows: ${plural(summary.rejected, 'rejected', 'rejected')}, ${plural(summary.warnings, 'warning')}, ${summary.skipped} skipped${would}.`,
    '',
  ].join('\n');
}

function reportCsv(plan: ImportPlan): string {
  const rows = plan.rows.map((outcome) => [
    String(outcome.row),
    outcome.action,
    outcome.kind ?? '',
    escapeCsvText(outcome.id ?? ''),
    escapeCsvText(outcome.column ?? ''),
    escapeCsvText(outcome.reason ?? ''),
  ]);
  return formatCsv([['row', 'action', 'kind', 'id', 'column', 'reason'], ...rows]);
}

async function write(file: string, text: string, io: CommandIo): Promise<boolean> {
  try {
    await writeFile(file, text, 'utf8');
    return true;
  } catch (error) {
    io.stderr.write(`goalkit import: cannot write ${file} (${(error as Error).message}); check the path\n`);
    return false;
  }
}

/** `goalkit import --from FORMAT FILE [--map MAP] [--into DOC] [--out OUT] [--dry-run] [--report REPORT]` */
export const importCommand: Command = {
  name: 'import',
  summary: 'import goals and check-ins from Viva Goals, Betterworks, Tability or goalkit CSV',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(importCommand, args, io, {
      from: { type: 'string' },
      map: { type: 'string' },
      into: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'dry-run': { type: 'boolean' },
      report: { type: 'string' },
      'max-input-size': { type: 'string' },
    });
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 1)
      return usageError(
        importCommand,
        io,
        positionals.length === 0 ? 'missing FILE' : `expected one FILE, got ${positionals.length}`,
      );
    const from = values.from;
    if (from === undefined || !(IMPORT_FORMATS as readonly string[]).includes(from))
      return usageError(
        importCommand,
        io,
        from === undefined
          ? `missing --from ${IMPORT_FORMATS.join('|')}`
          : `--from must be ${IMPORT_FORMATS.slice(0, -1).join(', ')} or csv (got "${from}")`,
      );
    const format = from as ImportFormat;
    const dryRun = values['dry-run'] === true;
    if (dryRun && values.out !== undefined)
      return usageError(importCommand, io, '--dry-run writes no document; leave out --out, or --dry-run');
    const maxBytes =
      values['max-input-size'] === undefined ? DEFAULT_MAX_INPUT_BYTES : parseByteSize(values['max-input-size']);
    if (maxBytes === undefined)
      return usageError(
        importCommand,
        io,
        `--max-input-size must be a size such as 20MB or 500000 (got "${values['max-input-size']}")`,
      );

    let map: ImportMap | undefined;
    if (values.map !== undefined) {
      map = await readValidatedFile('import', values.map, 'import map', parseImportMap, io, maxBytes);
      if (map === undefined) return EXIT_USAGE;
    }
    let target = EMPTY_DOCUMENT;
    if (values.into !== undefined) {
      const document = await readValidatedFile(
        'import',
        values.into,
        'goalkit document',
        (data) => parseDocument(data),
        io,
        maxBytes,
      );
      if (document === undefined) return EXIT_USAGE;
      target = document;
    }
    const file = positionals[0] as string;
    const rows = await readRows(file, format, maxBytes);
    if (!rows.ok) {
      io.stderr.write(`goalkit import: ${rows.message}\n`);
      return EXIT_USAGE;
    }

    const read = parseImport(format, rows.rows, map);
    const plan = planImport(read, target, map ? { map } : {});
    for (const rejection of plan.rejected)
      io.stderr.write(
        `${file}:${rejection.row}:${rejection.column ? ` ${rejection.column}:` : ''} ${rejection.reason}\n`,
      );
    for (const warning of plan.warnings)
      io.stderr.write(
        `${file}:${warning.row}: warning:${warning.column ? ` ${warning.column}:` : ''} ${warning.reason}\n`,
      );
    if (values.report !== undefined && !(await write(values.report, reportCsv(plan), io))) return EXIT_USAGE;

    let document: GoalkitDocument;
    try {
      document = parseDocument(applyImport(target, plan));
    } catch (error) {
      if (!(error instanceof GoalkitValidationError)) throw error;
      // planImport checks every objective it plans; a document it cannot complete is goalkit's fault, not the file's.
      io.stderr.write(`goalkit import: the merged document is not valid, which is a goalkit bug:\n${error.message}\n`);
      return EXIT_FAILURE;
    }
    const exitCode = plan.rejected.length > 0 ? EXIT_FAILURE : EXIT_OK;
    if (dryRun) {
      io.stdout.write(summaryOf(plan, true));
      return exitCode;
    }
    if (values.out === undefined) {
      io.stdout.write(stringify(document));
      io.stderr.write(summaryOf(plan, false));
      return exitCode;
    }
    const text =
      extname(values.out).toLowerCase() === '.json' ? `${JSON.stringify(document, null, 2)}\n` : stringify(document);
    if (!(await write(values.out, text, io))) return EXIT_USAGE;
    io.stdout.write(summaryOf(plan, false));
    return exitCode;
  },
};
