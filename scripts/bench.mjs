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

// Server load figures: autocannon on loopback against the reference server in its own process.
if (!process.argv.slice(2).some((a) => !a.startsWith('-')) || process.argv.includes('apps/server')) {
  console.log('\n› server load (autocannon, loopback)');
  const load = spawnSync(process.execPath, ['--conditions=@goalkit/source', '--import', 'tsx', 'bench/load.ts'], {
    cwd: `${root}apps/server`,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (load.status !== 0) process.exit(load.status ?? 1);
  const { results } = JSON.parse(load.stdout.trim().split('\n').at(-1));
  report.serverLoad = results;
  writeFileSync(jsonPath, JSON.stringify(report, null, 2));
  lines.push('## apps/server/bench/load.ts › reference server under load', '');
  lines.push(
    'Each run: autocannon on loopback for the stated seconds against the server in its own process, demo data on a temporary SQLite file.',
    '',
  );
  lines.push(
    '| scenario | connections | req/s (mean) | p50 | p99 | non-2xx | errors | notes |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const r of results) {
    const notes =
      r.acknowledged === undefined
        ? ''
        : `${r.acknowledged} acknowledged, ${r.stored} stored${r.stored >= r.acknowledged ? ', none lost' : `, ${r.acknowledged - r.stored} LOST`}`;
    lines.push(
      `| ${r.name} | ${r.connections} | ${Math.round(r.requestsPerSecond)} | ${r.latencyMedianMs} ms | ${r.latencyP99Ms} ms | ${r.non2xx} | ${r.errors} | ${notes} |`,
    );
    console.log(`  ${r.name}: ${Math.round(r.requestsPerSecond)} req/s, p99 ${r.latencyP99Ms} ms, non-2xx ${r.non2xx}`);
  }
  lines.push('');
}
writeFileSync(`${root}docs/benchmarks.md`, `${lines.join('\n')}\n`);
console.log(`\nwrote docs/benchmarks.md and docs/benchmarks.json`);
