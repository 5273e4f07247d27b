#!/usr/bin/env node
// Browser benchmarks of the alignment tree, in real Chromium (Debian's, through playwright-core).
// Builds scripts/bench-browser/page.tsx from the workspace sources with vite (production React), loads it
// into a blank page and runs every case there; prints progress to stderr and, as its last stdout line,
// `{ "results": [...] }` for scripts/bench.mjs. Run alone: `node --import tsx scripts/bench-browser.mjs [--quick]`
// (tsx only to import the Chromium flags from vitest.shared.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../vitest.shared.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const WARMUP = quick ? 1 : 3;
const RUNS = quick ? 3 : 15;
const log = (...a) => console.error(...a);

const outDir = mkdtempSync(join(os.tmpdir(), 'goalkit-bench-browser-'));
try {
  await build({
    root: `${root}scripts/bench-browser`,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { conditions: ['@goalkit/source', 'module', 'browser', 'import', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: 'page.tsx', formats: ['iife'], name: 'goalkitBench', fileName: () => 'page.js' },
    },
  });
  const script = readFileSync(join(outDir, 'page.js'), 'utf8');
  // The React tree is styled by the theme's stylesheets (the lit one carries its own).
  const css = ['tokens', 'alignment-tree', 'progress']
    .map((f) => readFileSync(`${root}packages/theme/css/${f}.css`, 'utf8'))
    .join('\n');

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
  });
  const version = browser.version();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body></body></html>`,
  );
  await page.addScriptTag({ content: script });

  const cases = [];
  for (const nodes of [1_000, 10_000]) {
    for (const impl of ['react', 'lit']) {
      cases.push({ impl, mode: 'windowed', nodes, measure: 'mount' });
      cases.push({ impl, mode: 'every-row', nodes, measure: 'mount' });
      cases.push({ impl, mode: 'windowed', nodes, measure: 'update' });
    }
  }
  const results = [];
  for (const c of cases) {
    // Rendering 10,000 rows takes seconds per run: fewer runs keep `pnpm bench` within minutes.
    const slow = c.mode === 'every-row' && c.nodes >= 10_000;
    const config = { ...c, warmup: slow ? 1 : WARMUP, runs: slow ? Math.min(RUNS, 5) : RUNS };
    const { samples, renderedRows } = await page.evaluate((cfg) => globalThis.goalkitBench.runCase(cfg), config);
    const stat = (key) => {
      const v = samples.map((s) => s[key]).sort((a, b) => a - b);
      const mid = v.length >> 1;
      return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, min: v[0], max: v.at(-1), samples: v };
    };
    const result = { ...config, renderedRows, commit: stat('commit'), layout: stat('layout') };
    results.push(result);
    log(
      `  ${c.impl} ${c.mode} ${c.measure} ${c.nodes}: median ${result.layout.median.toFixed(1)} ms (commit ${result.commit.median.toFixed(1)} ms), ${renderedRows} rows`,
    );
  }
  await browser.close();
  console.log(JSON.stringify({ chromium: version, warmup: WARMUP, runs: RUNS, results }));
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
