import { dayNumber, findDocumentProblems, type GoalkitDraft, isoDateOfDay, parseDocument } from '@goalkit/core';
import {
  type DocumentLintResult,
  findLintConfigProblems,
  type LintConfig,
  type LintMessage,
  lintDocument,
  type ObjectiveLintResult,
  type ResolvedLintConfig,
  RULES,
  resolveLintConfig,
} from '@goalkit/core/lint';
import { type Command, EXIT_OK, EXIT_USAGE } from '../command.js';
import { parseCommandArgs, usageError } from '../commandArgs.js';
import { DEFAULT_MAX_INPUT_BYTES, parseByteSize, readDocumentFile, readInputText } from '../readDocumentFile.js';

const USAGE = `Usage: goalkit lint FILE... [--format stylish|json|sarif] [--config FILE] [--as-of YYYY-MM-DD]
                    [--max-warnings N] [--locale en|de] [--max-input-size SIZE]

Checks goalkit documents (JSON or YAML, read as drafts) against the SMART/OKR rules.

Options:
  --format stylish|json|sarif  stylish for people (default), json for programs, sarif for code scanning
  --config FILE                a goalkit.config.json (default: ./goalkit.config.json when it exists)
  --as-of YYYY-MM-DD           the day rules about "now" use, such as stale check-ins (default: today)
  --max-warnings N             fail when there are more than N warnings (default: no limit)
  --locale en|de               the language of messages and suggestions (default: en)
  --max-input-size SIZE        refuse input files larger than SIZE, such as 50MB (default: 10MB)
  -h, --help                   show this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 bad arguments, a bad config or a document that cannot be read even as a draft.
`;

/** The config file looked for in the working directory when `--config` is not given. */
export const DEFAULT_CONFIG_FILE = 'goalkit.config.json';

/** One linted file. */
interface FileResult {
  file: string;
  document: GoalkitDraft;
  result: DocumentLintResult;
}

type ConfigRead = { ok: true; config: ResolvedLintConfig } | { ok: false; lines: string[] };

async function readConfig(file: string | undefined, maxBytes: number): Promise<ConfigRead> {
  const path = file ?? DEFAULT_CONFIG_FILE;
  const read = await readInputText(path, { maxBytes });
  if (!read.ok) {
    if (file === undefined && read.missing) return { ok: true, config: resolveLintConfig() };
    return { ok: false, lines: [read.message.replace('cannot read the file', 'cannot read the config file')] };
  }
  const { text } = read;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, lines: [`${path}: not valid JSON (${(error as Error).message}); fix the syntax`] };
  }
  const problems = findLintConfigProblems(data);
  if (problems.length > 0) {
    return {
      ok: false,
      lines: [
        `${path} is not a valid lint config (${problems.length === 1 ? '1 problem' : `${problems.length} problems`}):`,
        ...problems.map((problem) => `${path}: ${problem.path || '(config)'}: ${problem.message}`),
      ],
    };
  }
  return { ok: true, config: resolveLintConfig(data as LintConfig) };
}

const SEVERITY_COLOURS = { error: 31, warning: 33 } as const;

function paint(colour: boolean, code: number, text: string): string {
  return colour ? `\u001b[${code}m${text}\u001b[39m` : text;
}

const SUMMARY = {
  en: (total: number, errors: number, warnings: number) =>
    `${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})`,
  de: (total: number, errors: number, warnings: number) =>
    `${total} ${total === 1 ? 'Problem' : 'Probleme'} (${errors} ${errors === 1 ? 'Fehler' : 'Fehler'}, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'})`,
};

function smartLine(objective: ObjectiveLintResult): string {
  const { smart } = objective;
  return `SMART ${smart.overall} (S ${smart.specific} · M ${smart.measurable} · A ${smart.achievable} · R ${smart.relevant} · T ${smart.timeBound})`;
}

/** ESLint-style output: a block per file, grouped by objective, each message with its rule id and suggestion. */
function toStylish(files: readonly FileResult[], locale: 'en' | 'de', colour: boolean): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const { file, document, result } of files) {
    errors += result.errorCount;
    warnings += result.warningCount;
    const flagged = result.objectives.filter((objective) => objective.messages.length > 0);
    if (flagged.length === 0) continue;
    out.push(colour ? `\u001b[4m${file}\u001b[24m` : file);
    for (const objective of flagged) {
      const title = document.objectives.find((item) => item.id === objective.objectiveId)?.title ?? '';
      out.push(`  ${paint(colour, 1, objective.objectiveId)}  ${title}  ${paint(colour, 90, smartLine(objective))}`);
      const rows = objective.messages.map((message) => {
        const where = message.path === objective.path ? 'objective' : message.path.slice(objective.path.length + 1);
        return [`${where}${message.keyResultId ? ` ${message.keyResultId}` : ''}`, message] as const;
      });
      const width = Math.max(...rows.map(([where]) => where.length));
      for (const [where, message] of rows) {
        const severity = paint(colour, SEVERITY_COLOURS[message.severity], message.severity.padEnd(7));
        out.push(`    ${where.padEnd(width)}  ${severity}  ${message.message}  ${paint(colour, 90, message.ruleId)}`);
        if (message.suggestion)
          out.push(`    ${' '.repeat(width)}           ${paint(colour, 90, `→ ${message.suggestion}`)}`);
      }
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${SUMMARY[locale](total, errors, warnings)}`;
  out.push(paint(colour, errors > 0 ? 31 : 33, summary), '');
  return out.join('\n');
}

function jsonMessage(message: LintMessage): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: message.ruleId,
    severity: message.severity,
    category: message.category,
    path: message.path,
    objectiveId: message.objectiveId,
  };
  if (message.keyResultId !== undefined) out.keyResultId = message.keyResultId;
  out.message = message.message;
  if (message.suggestion !== undefined) out.suggestion = message.suggestion;
  return out;
}

/** The documented JSON shape, fields in its order. */
function toJson(files: readonly FileResult[]): unknown {
  let errorCount = 0;
  let warningCount = 0;
  const out = files.map(({ file, result }) => {
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    return {
      file,
      objectives: result.objectives.map((objective) => {
        const { specific, measurable, achievable, relevant, timeBound, overall } = objective.smart;
        return {
          id: objective.objectiveId,
          smart: { specific, measurable, achievable, relevant, timeBound, overall },
          messages: objective.messages.map(jsonMessage),
        };
      }),
    };
  });
  return { files: out, errorCount, warningCount };
}

function sarifUri(file: string): string {
  return encodeURI(file.replaceAll('\\', '/'));
}

/** SARIF 2.1.0: every rule as metadata, every message as a result located by file and JSON path. */
function toSarif(files: readonly FileResult[], config: ResolvedLintConfig): unknown {
  const levels = new Map<string, string>();
  for (const active of [...config.objectiveRules, ...config.documentRules]) levels.set(active.rule.id, active.severity);
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const rules = RULES.map((rule) => ({
    id: rule.id,
    name: rule.id.split('/')[1]?.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) ?? rule.id,
    shortDescription: { text: rule.docs.description },
    fullDescription: { text: rule.docs.why },
    help: {
      text: `${rule.docs.description}\n\nWhy: ${rule.docs.why}\n\nBad: ${rule.docs.bad}\nGood: ${rule.docs.good}`,
      markdown: `${rule.docs.description}\n\n**Why:** ${rule.docs.why}\n\n**Bad:** \`${rule.docs.bad}\`\n\n**Good:** \`${rule.docs.good}\``,
    },
    defaultConfiguration: { level: levels.get(rule.id) ?? 'none' },
    properties: { category: rule.category, tags: ['goalkit', rule.category] },
  }));
  const results = files.flatMap(({ file }, artifactIndex) =>
    (files[artifactIndex]?.result.objectives ?? []).flatMap((objective) =>
      objective.messages.map((message) => ({
        ruleId: message.ruleId,
        ruleIndex: ruleIndex.get(message.ruleId) ?? -1,
        level: message.severity,
        message: { text: message.suggestion ? `${message.message} ${message.suggestion}` : message.message },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: sarifUri(file), index: artifactIndex } },
            logicalLocations: [
              {
                fullyQualifiedName: message.field === undefined ? message.path : `${message.path}.${message.field}`,
                name: message.keyResultId ?? message.objectiveId,
                kind: 'member',
              },
            ],
          },
        ],
        properties: {
          category: message.category,
          objectiveId: message.objectiveId,
          ...(message.keyResultId !== undefined && { keyResultId: message.keyResultId }),
          ...(message.suggestion !== undefined && { suggestion: message.suggestion }),
        },
      })),
    ),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'goalkit', rules } },
        artifacts: files.map(({ file }) => ({ location: { uri: sarifUri(file) } })),
        results,
      },
    ],
  };
}

/** `goalkit lint FILE... [--format stylish|json|sarif] [--config FILE] [--as-of YYYY-MM-DD] [--max-warnings N] [--locale en|de]` */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'check goals against the SMART/OKR rules (stylish, json or sarif output)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(lintCommand, args, io, {
      format: { type: 'string' },
      config: { type: 'string' },
      'as-of': { type: 'string' },
      'max-warnings': { type: 'string' },
      locale: { type: 'string' },
      'max-input-size': { type: 'string' },
    });
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length === 0)
      return usageError(lintCommand, io, 'missing FILE; name one or more goalkit documents');
    const format = values.format ?? 'stylish';
    if (format !== 'stylish' && format !== 'json' && format !== 'sarif') {
      return usageError(lintCommand, io, `--format must be stylish, json or sarif (got "${format}")`);
    }
    const locale = values.locale ?? 'en';
    if (locale !== 'en' && locale !== 'de')
      return usageError(lintCommand, io, `--locale must be en or de (got "${locale}")`);
    let maxWarnings = Number.POSITIVE_INFINITY;
    if (values['max-warnings'] !== undefined) {
      const text = values['max-warnings'];
      if (!/^\d+$/.test(text))
        return usageError(lintCommand, io, `--max-warnings must be a whole number of 0 or more (got "${text}")`);
      maxWarnings = Number(text);
    }
    const asOf = values['as-of'] ?? isoDateOfDay(Math.floor((io.now?.() ?? new Date()).getTime() / 86_400_000));
    if (Number.isNaN(dayNumber(asOf))) {
      return usageError(lintCommand, io, `--as-of must be a calendar date written YYYY-MM-DD (got "${asOf}")`);
    }

    const maxBytes =
      values['max-input-size'] === undefined ? DEFAULT_MAX_INPUT_BYTES : parseByteSize(values['max-input-size']);
    if (maxBytes === undefined)
      return usageError(
        lintCommand,
        io,
        `--max-input-size must be a size such as 20MB or 500000 (got "${values['max-input-size']}")`,
      );

    const config = await readConfig(values.config, maxBytes);
    if (!config.ok) {
      io.stderr.write(`${config.lines.map((line) => `goalkit lint: ${line}`).join('\n')}\n`);
      return EXIT_USAGE;
    }

    const files: FileResult[] = [];
    let unreadable = false;
    for (const file of positionals) {
      const read = await readDocumentFile(file, { maxBytes });
      if (!read.ok) {
        io.stderr.write(`goalkit lint: ${read.message}\n`);
        unreadable = true;
        continue;
      }
      const problems = findDocumentProblems(read.data, { mode: 'draft' });
      if (problems.length > 0) {
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
        io.stderr.write(`goalkit lint: ${file} cannot be read even as a draft (${count}):\n`);
        for (const problem of problems)
          io.stderr.write(`${file}: ${problem.path || '(document)'}: ${problem.message}\n`);
        unreadable = true;
        continue;
      }
      const document = parseDocument(read.data, { mode: 'draft' });
      files.push({ file, document, result: lintDocument(document, { config: config.config, asOf, locale }) });
    }

    if (format === 'json') io.stdout.write(`${JSON.stringify(toJson(files))}\n`);
    else if (format === 'sarif') io.stdout.write(`${JSON.stringify(toSarif(files, config.config), null, 2)}\n`);
    else {
      const env = io.env ?? process.env;
      io.stdout.write(toStylish(files, locale, io.stdout.isTTY === true && env.NO_COLOR === undefined));
    }
    if (unreadable) return EXIT_USAGE;
    const errors = files.reduce((sum, file) => sum + file.result.errorCount, 0);
    const warnings = files.reduce((sum, file) => sum + file.result.warningCount, 0);
    if (errors === 0 && warnings > maxWarnings && format === 'stylish') {
      io.stdout.write(`goalkit lint found too many warnings (maximum: ${maxWarnings}).\n`);
    }
    return errors > 0 || warnings > maxWarnings ? 1 : EXIT_OK;
  },
};
