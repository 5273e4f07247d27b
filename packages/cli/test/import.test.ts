import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GoalkitDocument, parseDocument } from '@goalkit/core';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../src/runCli.js';
import { captureIo } from './captureIo.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/import/${name}`, import.meta.url));
const target = fixture('target.yaml');
const map = fixture('map.yaml');
const dir = mkdtempSync(join(tmpdir(), 'goalkit-import-'));
const path = (name: string) => join(dir, name);

async function run(args: string[]) {
  const capture = captureIo();
  const exitCode = await runCli(['import', ...args], capture.io);
  return { exitCode, stdout: capture.stdout(), stderr: capture.stderr() };
}

/** Imports into `into` and returns the document written, the exit code and what was printed. */
async function importInto(from: string, file: string, into: string, extra: string[] = []) {
  const out = path(`out-${Math.random().toString(36).slice(2)}.yaml`);
  const result = await run(['--from', from, file, '--into', into, '--out', out, ...extra]);
  let document: GoalkitDocument | undefined;
  try {
    document = parseDocument(parse(readFileSync(out, 'utf8')));
  } catch {
    document = undefined;
  }
  return { ...result, out, document };
}

const imported = (document: GoalkitDocument | undefined, prefix: string) =>
  (document?.objectives ?? []).filter((objective) => objective.id.startsWith(prefix));

const stderrLines = (stderr: string) => stderr.trim().split('\n');

describe('goalkit import --from viva', () => {
  it('imports objectives, key results and check-ins, reports every rejected row, and exits 1', async () => {
    const report = path('viva-report.csv');
    const { exitCode, stdout, stderr, document } = await importInto('viva', fixture('viva.csv'), target, [
      '--map',
      map,
      '--report',
      report,
    ]);
    expect(exitCode).toBe(1);
    expect(stdout).toBe(
      'Objectives: 4 to create, 0 to update, 0 unchanged.\nCheck-ins: 2 to add, 0 already there.\nRows: 1 rejected, 1 warning, 0 skipped.\n',
    );
    const file = fixture('viva.csv');
    expect(stderrLines(stderr)).toEqual([
      `${file}:11: Type: "Project" has no place in goalkit (only Objective, Key Result or Check-in); the row is left out`,
      `${file}:12: warning: Parent ID: parent "OBJ-999" is neither a row of the file that was imported nor an objective here; the objective is imported without a parent`,
    ]);
    const objectives = imported(document, 'viva-');
    expect(objectives.map((objective) => [objective.title, objective.owner, objective.cycle])).toEqual([
      ['Win the mid-market', 'ana', 'q1-2025'],
      ['Make support a reason to stay', 'sales', 'q2-2025'],
      ['Open an office in Lisbon', 'cho', 'q2-2025'],
      ['Hire the Berlin team', 'cho', 'q2-2025'],
    ]);
    const [win, support, , berlin] = objectives;
    expect(win?.parent).toBe('company-growth');
    expect(support?.parent).toBe(win?.id);
    expect(berlin?.parent).toBeUndefined();
    expect(win?.keyResults.map((kr) => [kr.title, kr.owner])).toEqual([
      ['Sign 40 new mid-market customers', undefined],
      ['Ship the partner portal', 'ben'],
    ]);
    expect(win?.keyResults[0]?.checkIns).toEqual([
      { at: '2025-02-03', value: 9, confidence: 0.8, note: 'Two pilots signed, one lost' },
      { at: '2025-03-03', value: 14, confidence: 0.5 },
    ]);
    expect(win?.keyResults[1]).toMatchObject({ type: 'increase', start: 0, target: 100, unit: '%', current: 60 });
    expect(support?.keyResults[0]).toMatchObject({ type: 'increase', start: 82, target: 90, current: 82 });
    // Everything that was there is still there, unchanged.
    expect(document?.objectives[0]).toEqual(parseDocument(parse(readFileSync(target, 'utf8'))).objectives[0]);

    const lines = readFileSync(report, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('row,action,kind,id,column,reason');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      '2,create,objective',
      '3,create,key-result',
      '4,create,check-in',
      '5,create,check-in',
      '6,create,key-result',
      '7,create,objective',
      '8,create,key-result',
      '9,create,objective',
      '10,create,key-result',
      '11,rejected,',
      '12,create,objective',
      '12,warning,',
    ]);
  });

  it('never invents owners: without the map, rows of unknown people are rejected with the reason', async () => {
    const { exitCode, stderr, document } = await importInto('viva', fixture('viva.csv'), target);
    expect(exitCode).toBe(1);
    const file = fixture('viva.csv');
    expect(stderrLines(stderr)).toEqual(
      expect.arrayContaining([
        `${file}:7: Owner Email: owner "Sales" is not a person or team here; goalkit never invents owners: add them to the document (with their email) or map them under owners in the map`,
        `${file}:8: its objective (row 7) was left out, so this is too`,
        `${file}:9: Owner Email: owner "dana.lee@partner.example" is not a person or team here; goalkit never invents owners: add them to the document (with their email) or map them under owners in the map`,
      ]),
    );
    expect(document?.owners.map((owner) => owner.id)).toEqual(['acme', 'ana', 'ben', 'cho', 'sales']);
    expect(imported(document, 'viva-').map((objective) => objective.owner)).toEqual(['ana', 'cho']);

    const empty = await run(['--from', 'viva', fixture('viva.csv'), '--dry-run']);
    expect(empty.exitCode).toBe(1);
    expect(empty.stdout).toContain('Objectives: 0 to create, 0 to update, 0 unchanged.');
  });

  it('reads the XLSX export (first sheet, shared strings, serial dates) as the CSV', async () => {
    const csv = await importInto('viva', fixture('viva.csv'), target, ['--map', map]);
    const xlsx = await importInto('viva', fixture('viva.xlsx'), target, ['--map', map]);
    expect(xlsx.stderr.replaceAll('viva.xlsx', 'viva.csv')).toBe(csv.stderr);
    expect(xlsx.document).toEqual(csv.document);
  });

  it('reads a messy export: BOM, ;, Excel serial and dd/mm/yyyy dates, decimal commas, blank rows, newlines in quotes', async () => {
    const file = fixture('viva-messy.csv');
    const plain = await importInto('viva', file, target, ['--dry-run']);
    expect(plain.exitCode).toBe(2);
    expect(plain.stderr).toContain('--dry-run writes no document');
    const strict = await run(['--from', 'viva', file, '--into', target, '--dry-run']);
    expect(stderrLines(strict.stderr)).toEqual([
      `${file}:6: Check-in Date: "03/02/2025" could be day/month or month/day; set dateFormat: dmy or mdy in the map, or write it as YYYY-MM-DD`,
      `${file}:8: Status: "Amber" is not a confidence word (red, yellow, green, on track, at risk, behind, off track) or a number from 0 to 1; add it under confidence in the map`,
      `${file}:9: Check-in Date: "02/03/2025" could be day/month or month/day; set dateFormat: dmy or mdy in the map, or write it as YYYY-MM-DD`,
    ]);
    expect(strict.stdout).toContain('Check-ins: 1 to add');
    expect(strict.stdout).toContain('3 skipped');

    const { exitCode, stderr, document } = await importInto('viva', file, target, ['--map', map]);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    const [objective] = imported(document, 'viva-');
    expect(objective).toMatchObject({
      title: 'Win the mid-market\nacross southern Europe',
      description: 'Line one;\nline two',
      owner: 'ana',
      cycle: 'q1-2025',
      parent: 'company-growth',
    });
    expect(objective?.keyResults[0]).toMatchObject({ title: 'Sign 40 new mid-market customers', current: 14.5 });
    expect(objective?.keyResults[0]?.checkIns).toEqual([
      { at: '2025-02-03', value: 9, confidence: 0.8, note: 'first line\nsecond line' },
      { at: '2025-03-02', value: 13, confidence: 0.8 },
      { at: '2025-03-03', value: 20, confidence: 0.2 },
      { at: '2025-03-10', value: 12, confidence: 0.4 },
    ]);
  });

  it('changes nothing the second time: every objective unchanged, no check-in added twice', async () => {
    const first = await importInto('viva', fixture('viva.csv'), target, ['--map', map]);
    const second = await importInto('viva', fixture('viva.csv'), first.out, ['--map', map]);
    expect(second.stdout).toContain('Objectives: 0 to create, 0 to update, 4 unchanged.');
    expect(second.stdout).toContain('Check-ins: 0 to add, 2 already there.');
    expect(second.document).toEqual(first.document);
    expect(readFileSync(second.out, 'utf8')).toBe(readFileSync(first.out, 'utf8'));
    const xlsx = await importInto('viva', fixture('viva.xlsx'), first.out, ['--map', map]);
    expect(xlsx.document).toEqual(first.document);
  });
});

describe('goalkit import --from betterworks', () => {
  it('imports goals and milestones, progress as percent, and rejects unknown owners, cycles and numbers', async () => {
    const file = fixture('betterworks.csv');
    const { exitCode, stderr, document } = await importInto('betterworks', file, target);
    expect(exitCode).toBe(1);
    expect(stderrLines(stderr)).toEqual([
      `${file}:5: owner_email: owner "zoe@elsewhere.example" is not a person or team here; goalkit never invents owners: add them to the document (with their email) or map them under owners in the map`,
      `${file}:6: its objective (row 5) was left out, so this is too`,
      `${file}:7: start_date: no cycle here matches the time period (2025-10-01 – 2025-12-31); add the cycle to the document (same name, or dates that contain these)`,
      `${file}:8: progress: "abc" is not a number; write progress as 45% or 0.45`,
    ]);
    const [goal] = imported(document, 'betterworks-');
    expect(goal).toMatchObject({
      title: 'Grow revenue in southern Europe',
      description: 'Focus on Spain and Italy, then Portugal',
      owner: 'ana',
      cycle: 'q1-2025',
    });
    expect(goal?.keyResults.map((kr) => [kr.title, kr.owner, (kr as { current?: number }).current])).toEqual([
      ['Close 10 enterprise deals', undefined, 40],
      ['Hire two account executives', 'ben', 100],
    ]);
  });

  it('reads the messy upload the same way as the clean one', async () => {
    const messy = await importInto('betterworks', fixture('betterworks-messy.csv'), target);
    expect(messy.stderr).toBe('');
    expect(messy.exitCode).toBe(0);
    const [goal] = imported(messy.document, 'betterworks-');
    expect(goal).toMatchObject({ title: 'Grow revenue in southern Europe', owner: 'ana', cycle: 'q1-2025' });
    expect(goal?.description).toBe('Focus on Spain and Italy;\nthen Portugal');
    expect(goal?.keyResults.map((kr) => (kr as { current?: number }).current)).toEqual([40, 50]);
  });
});

describe('goalkit import --from tability', () => {
  it('adds check-ins to key results named by title or id, mapping confidence words through the map', async () => {
    const file = fixture('tability.csv');
    const { exitCode, stderr, stdout, document } = await importInto('tability', file, target, ['--map', map]);
    expect(exitCode).toBe(1);
    expect(stdout).toContain('Check-ins: 4 to add, 1 already there.');
    expect(stderrLines(stderr)).toEqual([
      `${file}:7: outcome: "Win in Portugal" is neither the id nor the title of a key result here; import its key result first, or write its id`,
      `${file}:8: confidence: "purple" is not a confidence word (red, yellow, green, on track, at risk, behind, off track, amber) or a number from 0 to 1; add it under confidence in the map`,
    ]);
    const [arr, churn, spain] = document?.objectives[0]?.keyResults ?? [];
    expect(arr?.checkIns).toEqual([
      { at: '2025-01-15', value: 2.2 },
      { at: '2025-02-01', value: 2.4, confidence: 0.8, note: 'On plan after two renewals' },
      { at: '2025-03-01', value: 2.6, confidence: 0.1, note: 'Lost a deal, need help\nfrom the CEO' },
    ]);
    expect(churn?.checkIns).toEqual([{ at: '2025-02-01', value: 1.8, confidence: 0.8 }]);
    expect(spain?.checkIns).toEqual([{ at: '2025-03-20', value: 1, confidence: 0.8, note: 'Live!' }]);

    const again = await importInto('tability', file, (await importInto('tability', file, target, ['--map', map])).out, [
      '--map',
      map,
    ]);
    expect(again.stdout).toContain('Check-ins: 0 to add, 5 already there.');
    expect(again.document).toEqual(document);
  });

  it('reads the messy check-ins (BOM, ;, decimal commas, serial and dd/mm/yyyy dates)', async () => {
    const { exitCode, stderr, document } = await importInto('tability', fixture('tability-messy.csv'), target, [
      '--map',
      map,
    ]);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    const [arr, churn, spain] = document?.objectives[0]?.keyResults ?? [];
    expect(arr?.checkIns.at(-1)).toEqual({ at: '2025-02-15', value: 2.5, confidence: 0.8 });
    expect(churn?.checkIns).toEqual([
      { at: '2025-03-01', value: 1.9, confidence: 0.5, note: 'Two cancellations;\nboth small' },
    ]);
    expect(spain?.checkIns).toEqual([{ at: '2025-04-03', value: 0, confidence: 0.1 }]);
  });
});

describe('goalkit import --from csv', () => {
  it('round-trips: convert to CSV, import into a document with the same owners and cycles gives the same objectives', async () => {
    const example = fileURLToPath(new URL('./fixtures/example.yaml', import.meta.url));
    const original = parseDocument(parse(readFileSync(example, 'utf8')));
    const csv = path('example.csv');
    const capture = captureIo();
    expect(await runCli(['convert', example, '--to', 'csv', '-o', csv], capture.io)).toBe(0);
    const empty = path('empty.yaml');
    writeFileSync(empty, JSON.stringify({ ...original, objectives: [] }));
    const first = await importInto('csv', csv, empty);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.document?.objectives).toEqual(original.objectives);
    const second = await importInto('csv', csv, first.out);
    expect(second.stdout).toContain(`0 to create, 0 to update, ${original.objectives.length} unchanged.`);
    expect(second.document).toEqual(first.document);
  });
});

describe('owner emails', () => {
  it('survive goalkit convert to JSON and YAML', async () => {
    for (const to of ['json', 'yaml']) {
      const capture = captureIo();
      expect(await runCli(['convert', target, '--to', to], capture.io)).toBe(0);
      const owners = parseDocument(parse(capture.stdout())).owners;
      expect(owners.find((owner) => owner.id === 'ben')?.email, to).toBe('Ben.Okafor@acme.example');
    }
  });
});

describe('goalkit import: arguments and files', () => {
  it('writes the merged document to stdout as YAML when there is no --out, the summary to stderr', async () => {
    const result = await run(['--from', 'betterworks', fixture('betterworks-messy.csv'), '--into', target]);
    expect(result.exitCode).toBe(0);
    expect(parseDocument(parse(result.stdout)).objectives).toHaveLength(2);
    expect(result.stderr).toContain('Objectives: 1 to create');
    const json = path('out.json');
    await run(['--from', 'betterworks', fixture('betterworks-messy.csv'), '--into', target, '--out', json]);
    expect(JSON.parse(readFileSync(json, 'utf8')).objectives).toHaveLength(2);
  });

  it('says what is wrong with the arguments, exiting 2', async () => {
    const cases: [string[], string][] = [
      [[fixture('viva.csv')], 'missing --from viva|betterworks|tability|csv'],
      [['--from', 'asana', fixture('viva.csv')], '--from must be viva, betterworks, tability or csv (got "asana")'],
      [['--from', 'viva'], 'missing FILE'],
      [['--from', 'betterworks', fixture('viva.xlsx')], 'only --from viva reads XLSX; export the file as CSV'],
      [['--from', 'viva', path('nope.csv')], 'nope.csv: cannot read the file (no such file); check the path'],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
    const help = await run(['--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toMatch(/^Usage: goalkit import --from viva\|betterworks\|tability\|csv FILE/);
  });

  it('names every problem of a bad map with its path', async () => {
    const bad = path('bad-map.yaml');
    writeFileSync(bad, 'confidence:\n  amber: 40\ncolumns:\n  Name: titel\ndateFormat: ymd\n');
    const result = await run(['--from', 'viva', fixture('viva.csv'), '--map', bad, '--dry-run']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`goalkit import: ${bad} is not a valid import map (3 problems):`);
    expect(result.stderr).toContain(`${bad}: confidence.amber: must be between 0 and 1; write 70% confidence as 0.7`);
    expect(result.stderr).toContain(`${bad}: dateFormat: must be dmy, mdy or iso`);
    expect(result.stderr).toContain(`${bad}: columns.Name: must be one of id, type, title`);
  });

  it('uses the map’s columns for headers the defaults do not know, and warns about ones the file lacks', async () => {
    const file = path('renamed.csv');
    writeFileSync(file, 'Key result,Day,Value\nReach 3M ARR,2025-02-01,2.4\n');
    const mapFile = path('columns.yaml');
    writeFileSync(
      mapFile,
      'columns:\n  Key result: keyResult\n  Day: checkInDate\n  Value: current\n  Mood: confidence\n',
    );
    const result = await run(['--from', 'tability', file, '--into', target, '--map', mapFile, '--dry-run']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Check-ins: 1 to add');
    expect(result.stderr).toBe(
      `${file}:1: warning: the map's columns name "Mood" (for confidence), which the header does not have; check the map\n`,
    );
  });

  it('refuses a file over the size limit, and a workbook that is not one, in one sentence', async () => {
    const small = await run(['--from', 'viva', fixture('viva.csv'), '--max-input-size', '100', '--dry-run']);
    expect(small.exitCode).toBe(2);
    expect(stderrLines(small.stderr)).toHaveLength(1);
    expect(small.stderr).toContain('more than the 0 MB --max-input-size allows');
    const xlsxSmall = await run(['--from', 'viva', fixture('viva.xlsx'), '--max-input-size', '100', '--dry-run']);
    expect(xlsxSmall.exitCode).toBe(2);
    expect(stderrLines(xlsxSmall.stderr)).toHaveLength(1);
    const broken = path('broken.xlsx');
    writeFileSync(broken, 'not a zip at all');
    const notZip = await run(['--from', 'viva', broken, '--dry-run']);
    expect(notZip.exitCode).toBe(2);
    expect(notZip.stderr).toMatch(/broken\.xlsx: not an XLSX workbook \(.*\); export it again as \.xlsx or \.csv\n$/);
    // 20 MB of one repeated byte packs into a few KB: the declared size stops it before anything is unpacked.
    const bomb = path('bomb.xlsx');
    writeFileSync(bomb, zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024).fill(32) }));
    const unpacked = await run(['--from', 'viva', bomb, '--max-input-size', '1MB', '--dry-run']);
    expect(unpacked.exitCode).toBe(2);
    expect(unpacked.stderr).toContain(
      'the workbook unpacks to more than 8 MB; export it as CSV, or raise --max-input-size',
    );
  });
});
