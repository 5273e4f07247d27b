import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/runCli.js';
import { captureIo } from './captureIo.js';

async function run(args: string[]) {
  const capture = captureIo();
  const exitCode = await runCli(args, capture.io);
  return { exitCode, stdout: capture.stdout(), stderr: capture.stderr() };
}

// Five people, one key result each in a closed quarter (0 → 10): each stated a confidence early on, and
// two reached the target. Stated c = (0.9, 0.8, 0.2, 0.5, 0.5), outcome o = (1, 0, 0, 1, 0):
// BS = (0.01 + 0.64 + 0.04 + 0.25 + 0.25) / 5 = 0.238; mean c 0.58 against 0.4 achieved: 18 points over.
const people = ['ana', 'ben', 'cleo', 'dev', 'eli'];
const stated = [0.9, 0.8, 0.2, 0.5, 0.5];
const reached = [10, 5, 5, 10, 5];
const document = {
  version: 1,
  cycles: [
    { id: 'q3', name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30' },
    { id: 'q4', name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' },
  ],
  owners: [
    { id: 'org', kind: 'org', name: 'Org' },
    ...people.map((id) => ({ id, kind: 'person', name: id, parent: 'org' })),
  ],
  objectives: [
    { id: 'company', title: 'Grow', owner: 'org', cycle: 'q3', keyResults: [] },
    ...people.map((id, i) => ({
      id: `o-${id}`,
      title: `Goal of ${id}`,
      owner: id,
      cycle: 'q3',
      parent: i < 3 ? 'company' : undefined,
      keyResults: [
        {
          id: `kr-${id}`,
          title: `Ship 10 things (${id})`,
          type: 'increase',
          start: 0,
          target: 10,
          checkIns: [
            { at: '2026-07-10', value: 1, confidence: stated[i] },
            { at: '2026-09-25', value: reached[i] },
          ],
        },
      ],
    })),
  ],
};

function write(data: unknown) {
  const file = join(mkdtempSync(join(tmpdir(), 'gk-analyze-')), 'goals.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('goalkit analyze', () => {
  it('prints each cycle and how well confidence predicted the outcome, with hand-worked numbers', async () => {
    const file = write(document);
    const { exitCode, stdout, stderr } = await run(['analyze', file, '--as-of', '2026-11-16']);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(stdout).toContain('CYCLE    CHECK-IN RATE');
    // Everyone checked in within a week of the end; 3 of 5 personal goals align to the company's; 2 of the 6
    // objectives (the company's has no key result yet) were achieved.
    expect(stdout).toMatch(/^Q3 2026\s+100%\s+\d+%\s+60%\s+\d+\s+33%$/m);
    expect(stdout).toContain('over 5 closed key results of q3 (2 achieved)');
    expect(stdout).toContain('at 50% of the cycle: Brier 0.238');
    expect(stdout).toContain('stated 58% vs achieved 40% (over-confident by 18 points)');
  });

  it('gives the same figures as JSON, and hides them below k people', async () => {
    const file = write(document);
    const json = JSON.parse((await run(['analyze', file, '--as-of', '2026-11-16', '--format', 'json'])).stdout);
    const half = json.calibration.atFractions.find((f: { fraction: number }) => f.fraction === 0.5);
    expect(half.calibration.brier).toBeCloseTo(0.238, 12);
    expect(json.cycles[0].alignment).toMatchObject({ hidden: false, objectives: 5, aligned: 3 });
    const strict = await run(['analyze', file, '--as-of', '2026-11-16', '--k', '6']);
    expect(strict.stdout).toContain(
      'Confidence calibration: hidden (counts 5 people; figures are shown for groups of 6 or more)',
    );
    expect(strict.stdout).toContain('– : hidden, fewer than 6 people counted');
  });

  it('names a bad option or file', async () => {
    const file = write(document);
    expect((await run(['analyze', file, '--k', '0'])).exitCode).toBe(2);
    expect((await run(['analyze', file, '--owner', 'zoe'])).stderr).toContain('--owner "zoe" is not an owner');
    expect((await run(['analyze', file, '--cycle', 'q9'])).stderr).toContain('no file has goals in the cycle "q9"');
    const bad = await run(['analyze', write({ version: 1, objectives: [{ id: 'x' }] })]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('is not a valid goalkit document');
  });
});
