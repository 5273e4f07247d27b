#!/usr/bin/env node
// `pnpm bench`: runs every benchmark, keeps the raw results in docs/benchmarks.json and writes
// docs/benchmarks.md (median, min, max of each, the machine it ran on, and the command).
// Extra arguments go to vitest (e.g. `pnpm bench packages/core` to run one package's benchmarks).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const jsonPath = `${root}docs/benchmarks.json`;
mkdirSync(`${root}docs`, { recursive: true });
const args = [
  'vitest',
  'bench',
  '--run',
  '--config',
  'vitest.bench.config.ts',
  '--outputJson',
  jsonPath,
  ...process.argv.slice(2),
];
const run = spawnSync('pnpm', ['exec', ...args], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync(jsonPath, 'utf8'));
const ms = (n) => (n === undefined ? '–' : n < 0.01 ? `${(n * 1000).toFixed(2)} µs` : `${n.toFixed(3)} ms`);
const lines = [
  '# Benchmarks',
  '',
  `Run on ${new Date().toISOString().slice(0, 10)}: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}.`,
  '',
  `Command: \`pnpm bench${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}\` (raw results: \`docs/benchmarks.json\`).`,
  '',
];
for (const file of report.files ?? []) {
  for (const group of file.groups ?? []) {
    lines.push(
      `## ${relative(root, file.filepath)} › ${group.fullName.split(' > ').slice(1).join(' › ') || group.fullName}`,
      '',
    );
    lines.push('| benchmark | median | min | max | samples |', '|---|---:|---:|---:|---:|');
    for (const b of group.benchmarks ?? []) {
      lines.push(
        `| ${b.name} | ${ms(b.median ?? b.p50)} | ${ms(b.min)} | ${ms(b.max)} | ${b.sampleCount ?? b.samples?.length ?? '–'} |`,
      );
    }
    lines.push('');
  }
}
writeFileSync(`${root}docs/benchmarks.md`, `${lines.join('\n')}\n`);
console.log(`\nwrote docs/benchmarks.md and docs/benchmarks.json`);
