import { dayNumber, type GoalkitDocument, parseDocument } from '@goalkit/core';
import { confidenceCalibration, figureOf, programHealth } from '@goalkit/core/analytics';
import { type Command, type CommandIo, EXIT_OK, EXIT_USAGE } from '../command.js';
import { parseCommandArgs, usageError } from '../commandArgs.js';
import { DEFAULT_MAX_INPUT_BYTES, parseByteSize, readValidatedFile } from '../readDocumentFile.js';

const USAGE = `Usage: goalkit analyze FILE... [--cycle ID] [--owner ID] [--as-of DAY] [--k N] [--format table|json]

Program health and confidence calibration over goalkit documents of one or more cycles: for each cycle the
check-in rate and on-time rate, alignment coverage, mean SMART score and objectives achieved; over the closed
cycles, how well stated confidence predicted the outcome (Brier score at 25, 50 and 75 % of the cycle, its
skill, over-confidence). Formulas: the core README, "Analytics".

Options:
  --cycle ID            only this cycle (default: every cycle of the files, oldest first)
  --owner ID            only the goals of this owner and everyone below them
  --as-of DAY           the day to judge by, YYYY-MM-DD (default: today, UTC)
  --k N                 hide every figure over fewer than N people (default: 5)
  --format table|json   table for people (default), json for programs: one object on stdout
  --max-input-size SIZE refuse a file larger than SIZE, such as 50MB (default: 10MB)
  -h, --help            show this help

Exit codes: 0 printed, 2 bad arguments or a bad file (every problem is printed to stderr).
`;

const percent = (value: number | null | undefined) => (value == null ? '–' : `${Math.round(value * 100)}%`);
const smart = (value: number | null) => (value === null ? '–' : String(Math.round(value)));

/** `goalkit analyze FILE... [--cycle ID] [--owner ID] [--as-of DAY] [--k N] [--format table|json]` */
export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'program health and confidence calibration over documents of several cycles',
  usage: USAGE,
  async run(args, io: CommandIo) {
    const parsed = parseCommandArgs(analyzeCommand, args, io, {
      cycle: { type: 'string' },
      owner: { type: 'string' },
      'as-of': { type: 'string' },
      k: { type: 'string' },
      format: { type: 'string' },
      'max-input-size': { type: 'string' },
    });
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length === 0) return usageError(analyzeCommand, io, 'missing FILE');
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json')
      return usageError(analyzeCommand, io, `--format must be table or json (got "${format}")`);
    const asOf = values['as-of'] ?? (io.now?.() ?? new Date()).toISOString().slice(0, 10);
    if (Number.isNaN(dayNumber(asOf)))
      return usageError(analyzeCommand, io, `--as-of must be a day written YYYY-MM-DD (got "${asOf}")`);
    const k = values.k === undefined ? 5 : Number(values.k);
    if (!(Number.isInteger(k) && k >= 1))
      return usageError(analyzeCommand, io, `--k must be a whole number of at least 1 (got "${values.k}")`);
    const maxBytes =
      values['max-input-size'] === undefined ? DEFAULT_MAX_INPUT_BYTES : parseByteSize(values['max-input-size']);
    if (maxBytes === undefined)
      return usageError(
        analyzeCommand,
        io,
        `--max-input-size must be a size such as 20MB (got "${values['max-input-size']}")`,
      );

    const documents: GoalkitDocument[] = [];
    for (const file of positionals) {
      const document = await readValidatedFile(
        'analyze',
        file,
        'goalkit document',
        (data) => parseDocument(data),
        io,
        maxBytes,
      );
      if (!document) return EXIT_USAGE;
      documents.push(document);
    }
    const owner = values.owner;
    if (owner !== undefined && !documents.some((d) => d.owners.some((o) => o.id === owner))) {
      io.stderr.write(`goalkit analyze: --owner ${JSON.stringify(owner)} is not an owner of any file\n`);
      return EXIT_USAGE;
    }
    // Each cycle with the document that holds it (the first that does), oldest first.
    const cycles = new Map<string, { cycle: GoalkitDocument['cycles'][number]; document: GoalkitDocument }>();
    for (const document of documents)
      for (const cycle of document.cycles)
        if (!cycles.has(cycle.id) && document.objectives.some((o) => o.cycle === cycle.id))
          cycles.set(cycle.id, { cycle, document });
    const wanted = [...cycles.values()]
      .filter(({ cycle }) => values.cycle === undefined || cycle.id === values.cycle)
      .sort((a, b) => (a.cycle.start < b.cycle.start ? -1 : 1));
    if (values.cycle !== undefined && wanted.length === 0) {
      io.stderr.write(`goalkit analyze: no file has goals in the cycle ${JSON.stringify(values.cycle)}\n`);
      return EXIT_USAGE;
    }
    const scope = { k, ...(owner === undefined ? {} : { ownerId: owner }) };
    const rows = wanted.map(({ cycle, document }) => programHealth(document, { ...scope, cycle: cycle.id, asOf }));
    const closed = wanted.filter(({ cycle }) => cycle.end < asOf).map(({ cycle }) => cycle.id);
    const calibration = confidenceCalibration(documents, { ...scope, asOf, cycles: closed });
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify({ asOf, k, ownerId: owner ?? null, cycles: rows, calibration })}\n`);
      return EXIT_OK;
    }
    const header = ['CYCLE', 'CHECK-IN RATE', 'ON TIME', 'ALIGNED', 'SMART', 'ACHIEVED'];
    const table = [
      header,
      ...rows.map((r) => [
        r.cycleName,
        percent(figureOf(r.checkIns, 'rate')),
        percent(figureOf(r.checkIns, 'onTimeRate')),
        percent(figureOf(r.alignment, 'coverage')),
        smart(figureOf(r.quality, 'meanSmartScore')),
        percent(figureOf(r.outcomes, 'objectivesAchievedShare')),
      ]),
    ];
    const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
    const lines = table.map((row) =>
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    );
    const hidden = rows.some((r) => r.checkIns.hidden || r.alignment.hidden || r.outcomes.hidden);
    let out = `As of ${asOf}${owner ? `, goals of ${owner} and below` : ''}\n\n${lines.join('\n')}\n`;
    if (hidden) out += `\n– : hidden, fewer than ${k} people counted (--k sets the threshold)\n`;
    out += '\nConfidence calibration';
    if (calibration.hidden) out += `: hidden (${calibration.reason})\n`;
    else if (closed.length === 0) out += ': no closed cycle yet\n';
    else {
      out += ` over ${calibration.keyResults} closed key results of ${closed.join(', ')} (${calibration.achieved} achieved)\n`;
      for (const at of calibration.atFractions) {
        const c = at.calibration;
        out += `  at ${Math.round(at.fraction * 100)}% of the cycle: `;
        out += c
          ? `Brier ${c.brier.toFixed(3)}, skill ${c.skill === null ? '–' : c.skill.toFixed(2)}, stated ${percent(c.meanConfidence)} vs achieved ${percent(c.observedRate)} (${c.overconfidence >= 0 ? 'over' : 'under'}-confident by ${Math.abs(Math.round(c.overconfidence * 100))} points), ${at.withConfidence} with a confidence\n`
          : `no key result had a confidence by then\n`;
      }
    }
    io.stdout.write(out);
    return EXIT_OK;
  },
};
