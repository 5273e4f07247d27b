import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/runCli.js';
import { captureIo } from './captureIo.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const example = fixture('example.yaml');

async function run(args: string[], options?: Parameters<typeof captureIo>[0]) {
  const capture = captureIo(options);
  const exitCode = await runCli(args, capture.io);
  return { exitCode, stdout: capture.stdout(), stderr: capture.stderr() };
}

describe('goalkit score --format json', () => {
  it("prints the issue's figures for the example document as of 2026-02-15", async () => {
    const { exitCode, stdout, stderr } = await run(['score', example, '--as-of', '2026-02-15', '--format', 'json']);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout);
    expect(result.asOf).toBe('2026-02-15');
    const [o0, o1] = result.objectives;
    for (const objective of [o0, o1]) {
      expect(objective.progress).toBeCloseTo(0.5238, 4);
      expect(objective.expected).toBeCloseTo(0.5056, 4);
      expect(objective).toMatchObject({ status: 'on-track', hasData: true, grade: { score: 0.5, band: 'yellow' } });
    }
    expect(o0.keyResults).toEqual([]);
    const kr1 = o1.keyResults[0];
    expect(Object.keys(kr1)).toEqual([
      'id',
      'progress',
      'raw',
      'expected',
      'status',
      'hasData',
      'confidence',
      'forecast',
    ]);
    expect(kr1).toMatchObject({ id: 'kr1', status: 'on-track', hasData: true, confidence: 0.7 });
    expect(kr1.progress).toBeCloseTo(0.4667, 4);
    expect(kr1.raw).toBeCloseTo(0.4667, 4);
    expect(kr1.expected).toBeCloseTo(0.5056, 4);
    expect(kr1.forecast.value).toBeCloseTo(34, 9);
    expect(kr1.forecast.progress).toBeCloseTo(0.9333, 4);
    expect(o1.keyResults.map((kr: { id: string }) => kr.id)).toEqual(['kr1', 'kr2', 'kr3', 'kr4', 'kr5', 'kr6']);
  });

  it('prints exactly one JSON object and nothing else', async () => {
    const { stdout } = await run(['score', '--format=json', example, '--as-of=2026-02-15']);
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it('uses today without --as-of', async () => {
    const { stdout } = await run(['score', example, '--format', 'json'], { now: new Date(Date.UTC(2026, 0, 20, 22)) });
    expect(JSON.parse(stdout).asOf).toBe('2026-01-20');
  });

  it('reads JSON files too', async () => {
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'goalkit-'));
    const file = join(dir, 'example.json');
    writeFileSync(file, JSON.stringify(parse(readFileSync(example, 'utf8'))));
    const fromJson = await run(['score', file, '--as-of', '2026-02-15', '--format', 'json']);
    const fromYaml = await run(['score', example, '--as-of', '2026-02-15', '--format', 'json']);
    expect(fromJson.exitCode).toBe(0);
    expect(fromJson.stdout).toBe(fromYaml.stdout);
  });
});

describe('goalkit score --format table', () => {
  it('prints aligned columns with status words and no colour off a terminal', async () => {
    const { exitCode, stdout } = await run(['score', example, '--as-of', '2026-02-15']);
    expect(exitCode).toBe(0);
    expect(stdout).not.toContain('\u001b[');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('As of 2026-02-15');
    const header = lines[2] ?? '';
    const kr1 = lines.find((line) => line.startsWith('  kr1')) ?? '';
    for (const column of ['PROGRESS', 'EXPECTED', 'STATUS', 'CONFIDENCE', 'FORECAST', 'TITLE']) {
      const at = header.indexOf(column);
      expect(at).toBeGreaterThan(0);
      expect(kr1[at - 1]).toBe(' ');
    }
    expect(kr1.slice(header.indexOf('PROGRESS'))).toMatch(
      /^47%\s+51%\s+on-track\s+0\.7 high\s+34 \(93%\)\s+Raise week-1 activation/,
    );
    expect(stdout).toMatch(/^o1\s+52%\s+51%\s+on-track\s+0\.5 yellow\s+Make onboarding/m);
    expect(stdout).toMatch(/^ {2}kr2 .*at-risk/m);
    expect(stdout).toMatch(/^ {2}kr5 .*off-track/m);
  });

  it('colours status words on a terminal unless NO_COLOR is set', async () => {
    expect((await run(['score', example, '--as-of', '2026-02-15'], { isTTY: true })).stdout).toContain(
      '\u001b[32mon-track',
    );
    expect(
      (await run(['score', example, '--as-of', '2026-02-15'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout,
    ).not.toContain('\u001b[');
  });
});

describe('goalkit score errors', () => {
  it('exits 2 on an invalid document and prints every problem with its path', async () => {
    const { exitCode, stdout, stderr } = await run(['score', fixture('invalid.yaml'), '--format', 'json']);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    const file = fixture('invalid.yaml');
    expect(stderr).toContain('(4 problems)');
    expect(stderr).toContain(`${file}: cycles[0].end: must be a date written YYYY-MM-DD`);
    expect(stderr).toContain(`${file}: objectives[0].owner: no owner has the id "nobody"`);
    expect(stderr).toContain(`${file}: objectives[0].keyResults[0].weight: must be a finite number`);
    expect(stderr).toContain(
      `${file}: objectives[0].keyResults[0].target: an increase key result needs a target above its start`,
    );
  });

  it('exits 2 on a missing file or broken YAML, naming the file', async () => {
    const missing = await run(['score', 'nope.yaml']);
    expect(missing).toMatchObject({ exitCode: 2, stdout: '' });
    expect(missing.stderr).toContain('nope.yaml: cannot read the file (no such file)');
    const file = join(mkdtempSync(join(tmpdir(), 'goalkit-')), 'broken.yaml');
    writeFileSync(file, 'version: 1\nobjectives: [\n');
    const broken = await run(['score', file]);
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+: not valid YAML/);
  });

  it.each([
    [['score'], 'missing FILE'],
    [['score', 'a.yaml', 'b.yaml'], 'expected one FILE, got 2'],
    [['score', 'a.yaml', '--format', 'csv'], '--format must be table or json (got "csv")'],
    [
      ['score', 'a.yaml', '--as-of', '2026-02-30'],
      '--as-of must be a calendar date written YYYY-MM-DD (got "2026-02-30")',
    ],
    [['score', 'a.yaml', '--colour'], "Unknown option '--colour'"],
  ])('exits 2 with usage for %j', async (args, message) => {
    const { exitCode, stdout, stderr } = await run(args);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: goalkit score FILE');
  });

  it('prints its help on stdout with --help', async () => {
    const { exitCode, stdout } = await run(['score', '--help']);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('--as-of YYYY-MM-DD');
  });
});
