import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { findDocumentProblems } from '@goalkit/core';
import { stringify } from 'yaml';
import { type Command, EXIT_OK, EXIT_USAGE } from '../command.js';
import { parseCommandArgs, usageError } from '../commandArgs.js';
import { CsvSyntaxError, parseCsv } from '../csv.js';
import { csvToDocument, documentToCsv } from '../goalsCsv.js';
import { DEFAULT_MAX_INPUT_BYTES, parseByteSize, readDocumentFile, readInputText } from '../readDocumentFile.js';

const USAGE = `Usage: goalkit convert IN --to json|yaml|csv [-o OUT]

Converts a goalkit document between JSON, YAML and a flat CSV (one row per key result; the
columns are listed in the @goalkit/cli README). The input format comes from its extension
(.json, .yaml/.yml, .csv). Drafts are accepted; every problem is reported with its path, or
its line for CSV, and nothing is dropped.

Options:
  --to json|yaml|csv   the output format
  -o, --output OUT     write to OUT instead of stdout
  --max-input-size SIZE  refuse an input file larger than SIZE, such as 50MB (default: 10MB)
  -h, --help           show this help

Exit codes: 0 converted, 2 bad arguments or a bad input (every problem is printed to stderr).
`;

type Loaded = { ok: true; document: unknown } | { ok: false; lines: string[] };

async function loadCsv(file: string, maxBytes: number): Promise<Loaded> {
  const input = await readInputText(file, { maxBytes });
  if (!input.ok) return { ok: false, lines: [input.message] };
  const { text } = input;
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return {
        ok: false,
        lines: [`${file}:${error.line}: not valid CSV (${error.message.replace(/^line \d+: /, '')})`],
      };
    throw error;
  }
  const read = csvToDocument(records);
  if (!read.ok) {
    return {
      ok: false,
      lines: read.problems.map(
        (problem) => `${file}:${problem.line}:${problem.column ? ` ${problem.column}:` : ''} ${problem.message}`,
      ),
    };
  }
  const problems = findDocumentProblems(read.document, { mode: 'draft' });
  if (problems.length > 0) {
    return {
      ok: false,
      lines: problems.map((problem) => {
        const line = read.lineOf(problem.path);
        return `${file}${line === undefined ? '' : `:${line}`}: ${problem.path || '(document)'}: ${problem.message}`;
      }),
    };
  }
  return { ok: true, document: read.document };
}

async function loadDocument(file: string, maxBytes: number): Promise<Loaded> {
  const read = await readDocumentFile(file, { maxBytes });
  if (!read.ok) return { ok: false, lines: [read.message] };
  const problems = findDocumentProblems(read.data, { mode: 'draft' });
  if (problems.length > 0) {
    return {
      ok: false,
      lines: problems.map((problem) => `${file}: ${problem.path || '(document)'}: ${problem.message}`),
    };
  }
  return { ok: true, document: read.data };
}

/** `goalkit convert IN --to json|yaml|csv [-o OUT]` */
export const convertCommand: Command = {
  name: 'convert',
  summary: 'convert goals between JSON, YAML and CSV (one row per key result)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(convertCommand, args, io, {
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'max-input-size': { type: 'string' },
    });
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      return usageError(
        convertCommand,
        io,
        positionals.length === 0 ? 'missing IN' : `expected one IN file, got ${positionals.length}`,
      );
    }
    const to = values.to;
    if (to !== 'json' && to !== 'yaml' && to !== 'csv') {
      return usageError(
        convertCommand,
        io,
        to === undefined ? 'missing --to json|yaml|csv' : `--to must be json, yaml or csv (got "${to}")`,
      );
    }
    const maxBytes =
      values['max-input-size'] === undefined ? DEFAULT_MAX_INPUT_BYTES : parseByteSize(values['max-input-size']);
    if (maxBytes === undefined)
      return usageError(
        convertCommand,
        io,
        `--max-input-size must be a size such as 20MB or 500000 (got "${values['max-input-size']}")`,
      );
    const file = positionals[0] as string;
    const loaded =
      extname(file).toLowerCase() === '.csv' ? await loadCsv(file, maxBytes) : await loadDocument(file, maxBytes);
    if (!loaded.ok) {
      io.stderr.write(
        `goalkit convert: ${file} cannot be converted (${loaded.lines.length === 1 ? '1 problem' : `${loaded.lines.length} problems`}):\n`,
      );
      for (const line of loaded.lines) io.stderr.write(`${line}\n`);
      return EXIT_USAGE;
    }
    const document = loaded.document as Record<string, unknown>;
    const output =
      to === 'json'
        ? `${JSON.stringify(document, null, 2)}\n`
        : to === 'yaml'
          ? stringify(document)
          : documentToCsv(document);
    if (values.output === undefined) {
      io.stdout.write(output);
      return EXIT_OK;
    }
    try {
      await writeFile(values.output, output, 'utf8');
    } catch (error) {
      io.stderr.write(`goalkit convert: cannot write ${values.output} (${(error as Error).message}); check the path\n`);
      return EXIT_USAGE;
    }
    return EXIT_OK;
  },
};
