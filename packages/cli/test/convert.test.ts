import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '@goalkit/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../src/runCli.js';
import { captureIo } from './captureIo.js';

const example = fileURLToPath(new URL('./fixtures/example.yaml', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'goalkit-convert-'));

async function run(args: string[]) {
  const capture = captureIo();
  const exitCode = await runCli(['convert', ...args], capture.io);
  return { exitCode, stdout: capture.stdout(), stderr: capture.stderr() };
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const HEADER =
  'objective_id,objective_title,objective_description,owner,owner_name,owner_kind,owner_parent,cycle,cycle_name,cycle_start,cycle_end,parent,alignment,objective_weight,rollup,status_from,key_result_id,key_result_title,key_result_description,key_result_owner,type,start,target,min,max,current,unit,unit_kind,weight,due,done,scoring,targets,milestones,check_ins';

describe('goalkit convert', () => {
  it('round-trips JSON → CSV → JSON without losing anything, check-ins and milestones included', async () => {
    const original = parse(readFileSync(example, 'utf8'));
    // An owner no objective uses, a key-result owner and a cycle nobody uses must survive too.
    original.owners.push({ id: 'ben', kind: 'person', name: 'Ben, "the" Builder', parent: 'growth' });
    original.cycles.push({ id: '2026-Q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' });
    original.objectives[1].keyResults[1].owner = 'ben';
    original.objectives[1].description = 'First line\nsecond line, with a comma';
    const json = write('full.json', JSON.stringify(original));
    const csvPath = join(dir, 'full.csv');
    expect(await run([json, '--to', 'csv', '-o', csvPath])).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    const back = await run([csvPath, '--to', 'json']);
    expect(back.exitCode).toBe(0);
    const sortById = (items: { id: string }[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    const restored = parseDocument(JSON.parse(back.stdout), { mode: 'draft' });
    const expected = parseDocument(original, { mode: 'draft' });
    expect(restored.objectives).toEqual(expected.objectives);
    expect(sortById(restored.owners)).toEqual(sortById(expected.owners));
    expect(sortById(restored.cycles)).toEqual(sortById(expected.cycles));
  });

  it('writes one row per key result and one row for an objective without key results', async () => {
    const { stdout } = await run([example, '--to', 'csv']);
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.filter((line) => line.startsWith('o0,'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('o1,'))).toHaveLength(6);
    // ana owns no objective: her definition row keeps her in the file.
    expect(lines.at(-1)).toBe(`,,,ana,Ana Ruiz,person,growth${','.repeat(28)}`);
  });

  it('converts between YAML and JSON, and accepts drafts', async () => {
    const draft = write(
      'draft.yaml',
      'version: 1\nobjectives:\n  - { id: o1, title: Grow, keyResults: [{ id: kr1, title: More, type: increase }] }\n',
    );
    const { exitCode, stdout } = await run([draft, '--to', 'json']);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout).objectives[0].keyResults[0]).toEqual({ id: 'kr1', title: 'More', type: 'increase' });
    const yaml = await run([write('draft.json', stdout), '--to', 'yaml']);
    expect(parse(yaml.stdout)).toEqual(JSON.parse(stdout));
  });

  it('reports every bad row with its line and column, and converts nothing', async () => {
    const csv = write(
      'bad.csv',
      [
        HEADER,
        `o1,Make onboarding effortless,,growth,Growth,team,,2026-Q1,Q1,2026-01-01,2026-03-31,,,,,,kr1,Raise activation,,,increase,twenty,35${','.repeat(12)}`,
        `o1,A different title,,growth,Growth,team,,2026-Q1,Q1,2026-01-01,2026-03-31,,,,,,kr2,Ship it,,,boolean,,,,,,,,,,maybe${','.repeat(3)}`,
        `,,,,,,,,,,,,,,,,kr3,Orphan key result,,,boolean${','.repeat(14)}`,
        `o2,Milestones broken,,growth,,,,,,,,,,,,,kr4,Rolled out,,,milestones,,,,,,,,,,,,,[not json,`,
      ].join('\r\n'),
    );
    const { exitCode, stdout, stderr } = await run([csv, '--to', 'json']);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${csv}:2: start: "twenty" is not a number`);
    expect(stderr).toContain(
      `${csv}:3: objective_title: objective "o1" has objective_title "Make onboarding effortless" on line 2`,
    );
    expect(stderr).toContain(`${csv}:3: done: "maybe" must be true or false`);
    expect(stderr).toContain(`${csv}:4: objective_id: is empty but the row has key_result_id, key_result_title, type`);
    expect(stderr).toContain(`${csv}:5: milestones: is not valid JSON`);
  });

  it('maps document problems back to CSV lines', async () => {
    const csv = write(
      'refs.csv',
      [
        HEADER,
        `o1,Make onboarding effortless,,growth,Growth,team,,2026-Q1,Q1,2026-01-01,2026-03-31,,,,,,kr1,Raise activation,,,increase,20,35${','.repeat(12)}`,
        `o2,Delight every customer,,nobody,,,,,,,,,,,,,kr2,Raise NPS,,,range,,,60,40${','.repeat(10)}`,
      ].join('\n'),
    );
    const { exitCode, stderr } = await run([csv, '--to', 'yaml']);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(`${csv}:3: objectives[1].owner: no owner has the id "nobody"`);
    expect(stderr).toContain(`${csv}:3: objectives[1].keyResults[0].max: a range needs min <= max`);
  });

  it('reports CSV syntax errors, unknown columns and usage errors', async () => {
    expect((await run([write('q.csv', `${HEADER}\n"o1,unclosed`), '--to', 'json'])).stderr).toContain(
      ':2: not valid CSV (a quoted field is never closed',
    );
    expect((await run([write('h.csv', 'objective_id,key_result_id,colour\n'), '--to', 'json'])).stderr).toContain(
      ':1: colour: "colour" is not a goalkit column',
    );
    expect(await run([example])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('missing --to json|yaml|csv'),
    });
    expect(await run([example, '--to', 'xlsx'])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('--to must be json, yaml or csv (got "xlsx")'),
    });
    expect(await run(['--to', 'csv'])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('missing IN') });
  });
});
