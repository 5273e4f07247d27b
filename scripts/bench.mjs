#!/usr/bin/env node
// `pnpm bench`: runs every benchmark, keeps the raw results in docs/benchmarks.json and writes
// docs/benchmarks.md (median, min, max of each, the machine it ran on, and the command).
// Extra arguments go to vitest (e.g. `pnpm bench packages/core` to run one package's benchmarks); with
// a path, only the sections it names run: the browser tree (packages/react, packages/elements), the
// server load (apps/server); sizes only in a full run.
// `pnpm bench sizes` measures only the bundle sizes (the budgets and the comparable clients) and prints that
// section, leaving docs/benchmarks.md and docs/benchmarks.json as the last run wrote them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const jsonPath = `${root}docs/benchmarks.json`;
mkdirSync(`${root}docs`, { recursive: true });
const loadBefore = os.loadavg();
const sizesOnly = process.argv.length === 3 && process.argv[2] === 'sizes';
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wants = (path) => filters.length === 0 || filters.some((f) => path.startsWith(f) || f.startsWith(path));
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
if (!sizesOnly) {
  const run = spawnSync('pnpm', ['exec', ...args], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const report = sizesOnly ? {} : JSON.parse(readFileSync(jsonPath, 'utf8'));
const save = () => {
  if (!sizesOnly) writeFileSync(jsonPath, JSON.stringify(report, null, 2));
};
const ms = (n) => (n === undefined ? '–' : n < 0.01 ? `${(n * 1000).toFixed(2)} µs` : `${n.toFixed(3)} ms`);
const lines = [
  '# Benchmarks',
  '',
  `Run on ${new Date().toISOString().slice(0, 10)}: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}.`,
  '',
  'LOAD_AVERAGE_LINE',
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
    // A group with a "(baseline)" benchmark: say what each other benchmark costs on top of it.
    const baseline = group.benchmarks?.find((b) => b.name.endsWith('(baseline)'));
    if (baseline) {
      for (const b of group.benchmarks.filter((x) => x !== baseline)) {
        const extra = (b.median ?? b.p50) - (baseline.median ?? baseline.p50);
        lines.push(
          `\`${b.name}\` costs ${ms(Math.abs(extra))} ${extra >= 0 ? 'more' : 'less'} per call than the baseline (medians).`,
        );
      }
      lines.push('');
    }
  }
}

// Server load figures: autocannon on loopback against the reference server in its own process. Before
// the browser section: Chromium takes seconds to let go of its processes and memory, and check-ins
// (which write to disk) once measured 491 req/s right after it against 850–970 on a quiet machine.
if (wants('apps/server')) {
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
    "Each run: autocannon on loopback for the stated seconds against servers in their own processes, with the demo organisation, side by side: SQLite (a temporary file), PostgreSQL with one instance, and PostgreSQL with two instances on one database (connections split between them, figures summed). One throwaway PostgreSQL cluster on the same 2-core machine serves both PostgreSQL setups. Check-ins are spread over one person's key results. The fan-out rows keep that many `/events` streams open on the SQLite server (up to 10 per person of the demo's 40, the per-token limit), each reading every event it may see, while 10 connections check in.",
    '',
  );
  lines.push(
    '| scenario | connections | req/s (mean) | p50 | p99 | non-2xx | errors | notes |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const r of results) {
    const notes =
      r.streams !== undefined
        ? `${r.eventsDelivered.toLocaleString('en')} check-in events delivered to the streams (${r.eventsPerSecond.toLocaleString('en')}/s)`
        : r.acknowledged === undefined
          ? ''
          : `${r.acknowledged} acknowledged, ${r.stored} stored${r.stored >= r.acknowledged ? ', none lost' : `, ${r.acknowledged - r.stored} LOST`}${typeof r.cpuBusy === 'number' ? `; machine's cores ${Math.round(r.cpuBusy * 100)}% busy` : ''}`;
    lines.push(
      `| ${r.name} | ${r.connections} | ${Math.round(r.requestsPerSecond)} | ${r.latencyMedianMs} ms | ${r.latencyP99Ms} ms | ${r.non2xx} | ${r.errors} | ${notes} |`,
    );
    console.log(`  ${r.name}: ${Math.round(r.requestsPerSecond)} req/s, p99 ${r.latencyP99Ms} ms, non-2xx ${r.non2xx}`);
  }
  const ratios = [];
  for (const workload of [
    'POST check-ins from 50 connections',
    'POST check-ins across the organisation from 50 connections',
  ]) {
    const find = (setup) => results.find((r) => r.name === `${setup}: ${workload}`);
    const [one, two] = [find('PostgreSQL, 1 instance'), find('PostgreSQL, 2 instances')];
    if (one && two) ratios.push(`${workload}: ${(two.requestsPerSecond / one.requestsPerSecond).toFixed(2)}×`);
  }
  if (ratios.length > 0) {
    lines.push(
      '',
      `Check-ins on PostgreSQL, two instances against one (issue 21's goal: 1.6×; docs/postgres.md says where the limit is): ${ratios.join('; ')}.`,
    );
    console.log(`  PostgreSQL check-ins, two instances against one: ${ratios.join('; ')}`);
  }
  lines.push('');

  console.log('\n› server: organisation size (one process, in-memory SQLite)');
  const sizes = spawnSync(
    process.execPath,
    ['--expose-gc', '--conditions=@goalkit/source', '--import', 'tsx', 'bench/orgSize.ts'],
    { cwd: `${root}apps/server`, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 },
  );
  if (sizes.status !== 0) process.exit(sizes.status ?? 1);
  const organisation = JSON.parse(sizes.stdout.trim().split('\n').at(-1)).results;
  report.serverOrganisationSize = organisation;
  writeFileSync(jsonPath, JSON.stringify(report, null, 2));
  lines.push('## apps/server/bench/orgSize.ts › one server process by organisation size', '');
  lines.push(
    "A generated organisation (core's benchmark generator: an alignment tree, every key-result type, 0–3 check-ins per key result) in an in-memory SQLite database. **First page** is the store's first `GET /objectives?limit=50`, which builds the scorer and the list index (what every request after a change of structure pays, and every instance after another instance changes structure); **next page** the same page again; **check-in** one check-in after that; **heap kept** the JavaScript heap the store holds afterwards (after a GC), the database's own memory not counted.",
    '',
    '| objectives | key results | check-ins | first page | next page | check-in | heap kept |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of organisation) {
    const n = (x) => x.toLocaleString('en');
    lines.push(
      `| ${n(r.objectives)} | ${n(r.keyResults)} | ${n(r.checkIns)} | ${n(r.firstPageMs)} ms | ${r.nextPageMs} ms | ${r.checkInMs} ms | ${r.heapMiB} MiB |`,
    );
    console.log(`  ${n(r.objectives)} objectives: first page ${r.firstPageMs} ms, heap ${r.heapMiB} MiB`);
  }
  lines.push('');
}
// The alignment tree in real Chromium: React and lit, windowed and rendering every row, mount and one check-in.
const TREE_TARGETS = { mount: { 1000: 60, 10000: 100 }, update: { 1000: 16, 10000: 16 } };
if (wants('packages/react') || wants('packages/elements')) {
  console.log('\n› browser: alignment tree (Chromium)');
  const tree = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-browser.mjs'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 2 ** 20,
  });
  if (tree.status !== 0) process.exit(tree.status ?? 1);
  const browser = JSON.parse(tree.stdout.trim().split('\n').at(-1));
  report.browser = browser;
  writeFileSync(jsonPath, JSON.stringify(report, null, 2));
  const f = (n) => `${n.toFixed(1)} ms`;
  const name = (r) =>
    `${r.impl === 'react' ? 'React `AlignmentTree`' : 'lit `gk-alignment-tree`'}, ${r.mode === 'windowed' ? 'windowed' : 'every row (baseline)'}`;
  lines.push('## scripts/bench-browser.mjs › alignment tree in Chromium', '');
  lines.push(
    `Headless Chromium ${browser.chromium} (Debian's, via playwright-core), production React build of the workspace sources, 1280×800 page, theme CSS loaded. ` +
      `Every node is expanded, so all N nodes are rows (a generated cascade: 10 children per node, company → departments → teams → people). ` +
      `Each figure: ${browser.warmup} untimed runs, then ${browser.runs} timed runs (every-row at 10,000 nodes: fewer, see the samples column), each in a fresh container, GC between runs. ` +
      "**to first render** is `performance.now()` from `root.render()` / appending the element until the DOM is written (React: a layout effect above the tree; lit: `updateComplete` of the tree and of every row's `<gk-progress>`) plus a forced style and layout (`getBoundingClientRect()`), so it includes style and layout but not paint; **DOM written** stops before that layout. " +
      '**every row (baseline)** is the same widget given a viewport as tall as all its rows (`height` = N × 44 px), so its windowing renders every node. ' +
      '**one check-in** re-renders a mounted windowed tree with a new `nodes` array in which a leaf on the first screen and its ancestors have new scores (what a check-in does to the roll-up).',
    '',
  );
  lines.push(
    '| benchmark | nodes | rows in DOM | to first render: median | min | max | DOM written: median | samples | target | met |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|',
  );
  const byKey = new Map();
  for (const r of browser.results) {
    byKey.set(`${r.impl}/${r.mode}/${r.measure}/${r.nodes}`, r);
    const target = r.mode === 'windowed' ? TREE_TARGETS[r.measure][r.nodes] : undefined;
    lines.push(
      `| ${r.measure === 'mount' ? 'mount' : 'one check-in'}: ${name(r)} | ${r.nodes.toLocaleString('en')} | ${r.renderedRows.toLocaleString('en')} | ${f(r.layout.median)} | ${f(r.layout.min)} | ${f(r.layout.max)} | ${f(r.commit.median)} | ${r.layout.samples.length} | ${target ? `≤ ${target} ms` : '–'} | ${target ? (r.layout.median <= target ? 'yes' : '**no**') : ''} |`,
    );
  }
  lines.push('', 'Side by side (medians, to first render):', '');
  lines.push(
    '| nodes | React windowed | lit windowed | React every row | lit every row | windowing gain (React / lit) |',
  );
  lines.push('|---:|---:|---:|---:|---:|---:|');
  for (const nodes of [1000, 10000]) {
    const m = (impl, mode) => byKey.get(`${impl}/${mode}/mount/${nodes}`)?.layout.median;
    const [rw, lw, ra, la] = [
      m('react', 'windowed'),
      m('lit', 'windowed'),
      m('react', 'every-row'),
      m('lit', 'every-row'),
    ];
    if ([rw, lw, ra, la].some((v) => v === undefined)) continue;
    lines.push(
      `| ${nodes.toLocaleString('en')} | ${f(rw)} | ${f(lw)} | ${f(ra)} | ${f(la)} | ${(ra / rw).toFixed(0)}× / ${(la / lw).toFixed(0)}× |`,
    );
  }
  lines.push('');
}

// Bundle sizes (min+gzip) of every budgeted entry, from size-limit, against their budgets; then the client
// beside comparable libraries (.size-limit.compare.js: measured the same way, but not budgets).
if (filters.length === 0 || sizesOnly) {
  const sizesFrom = sizesOnly ? lines.length : undefined;
  console.log('\n› sizes (size-limit, min+gzip)');
  // The embed bundle entry measures packages/elements/dist/goalkit.js: rebuild it so it is this tree's.
  const embed = spawnSync('pnpm', ['--filter', '@goalkit/elements', 'build:embed'], { cwd: root, stdio: 'inherit' });
  if (embed.status !== 0) process.exit(embed.status ?? 1);
  const sizeLimit = (extra) => {
    const size = spawnSync('pnpm', ['--silent', 'exec', 'size-limit', '--json', ...extra], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
    });
    // size-limit exits 1 when an entry is over its budget: the table says so, the report is still written.
    const start = size.stdout.indexOf('[');
    if (start === -1) {
      process.stderr.write(size.stderr);
      console.error(`size-limit ${extra.join(' ')} printed no results (exit ${size.status})`);
      process.exit(size.status || 1);
    }
    return JSON.parse(size.stdout.slice(start));
  };
  const sizes = sizeLimit([]);
  const comparisons = sizeLimit(['--config', '.size-limit.compare.js']);
  const { includes } = await import('../.size-limit.compare.js');
  report.sizes = sizes;
  report.sizeComparisons = comparisons;
  save();
  const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
  lines.push('## .size-limit.js › every entry against its budget (min+gzip)', '');
  lines.push('`pnpm size --json`; 1 kB = 1,000 bytes, as size-limit counts. The embed bundle is rebuilt first.', '');
  lines.push('| entry | size | budget | of budget | within |', '|---|---:|---:|---:|:---:|');
  for (const e of sizes) {
    lines.push(
      `| ${e.name} | ${kb(e.size)} | ${kb(e.sizeLimit)} | ${Math.round((100 * e.size) / e.sizeLimit)}% | ${e.passed ? 'yes' : '**no**'} |`,
    );
    console.log(`  ${e.name}: ${kb(e.size)} of ${kb(e.sizeLimit)}`);
  }
  lines.push('');
  const client = sizes.find((e) => e.name.startsWith('@goalkit/client: createClient'));
  lines.push('### .size-limit.compare.js › the client against comparable libraries (min+gzip)', '');
  lines.push(
    '`pnpm exec size-limit --config .size-limit.compare.js --json`, in the same run: the same esbuild bundle of one import, ' +
      'minified and gzipped, as the budgeted client entry above. Comparisons, not budgets. ' +
      'Versions: ' +
      ['openapi-fetch', 'ky']
        .map((pkg) => `${pkg} ${JSON.parse(readFileSync(`${root}node_modules/${pkg}/package.json`, 'utf8')).version}`)
        .join(', ') +
      '.',
    '',
  );
  lines.push('| entry | size | against ours | what it includes |', '|---|---:|---:|---|');
  const ratio = (bytes) => (client ? `${(bytes / client.size).toFixed(2)}×` : '–');
  if (client) {
    lines.push(
      `| ${client.name}, budgeted above | ${kb(client.size)} | 1.00× | Typed methods for every route of the contract with its request and reply schemas (the zod/mini calls that build them; zod itself not counted), reply validation, typed errors (\`HttpError\`, \`ConflictError\`, \`ValidationError\`, \`TimeoutError\`, \`NetworkError\`, …), retries with full-jitter backoff honouring \`Retry-After\`, per-attempt timeouts, idempotency keys reused by retries, \`If-Match\` versions. |`,
    );
  }
  for (const c of comparisons) {
    lines.push(`| ${c.name} | ${kb(c.size)} | ${ratio(c.size)} | ${includes[c.name] ?? ''} |`);
    console.log(`  ${c.name}: ${kb(c.size)}`);
  }
  lines.push('');
  if (sizesOnly) {
    console.log(`\n${lines.slice(sizesFrom).join('\n')}`);
    process.exit(0);
  }
}

const loadAfter = os.loadavg();
const avg = (l) => l.map((n) => n.toFixed(2)).join(', ');
const loadLine = `Load average (1, 5, 15 min) at the start: ${avg(loadBefore)}; at the end: ${avg(loadAfter)} (this machine may be running other work; figures are noisier above a 1-minute load of about ${os.cpus().length}).`;
report.loadAverage = { start: loadBefore, end: loadAfter };
writeFileSync(jsonPath, JSON.stringify(report, null, 2));
writeFileSync(
  `${root}docs/benchmarks.md`,
  `${lines.map((l) => (l === 'LOAD_AVERAGE_LINE' ? loadLine : l)).join('\n')}\n`,
);
console.log(`\nwrote docs/benchmarks.md and docs/benchmarks.json`);
