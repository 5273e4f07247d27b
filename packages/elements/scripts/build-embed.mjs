#!/usr/bin/env node
// Builds the embed bundle: one ESM file, dist/goalkit.js, with lit, core, client, query-core and
// every widget. The SMART linter, which the goal editor loads after its first render, is a second file
// beside it (dist/goalkit-lint-*.js) that goalkit.js imports by itself: the page still adds one tag. Run from anywhere: `node packages/elements/scripts/build-embed.mjs`.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  // Build from the TypeScript sources of the workspace packages, no prior build needed.
  resolve: { conditions: ['@goalkit/source', 'module', 'browser', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/embed.ts',
      formats: ['es'],
      fileName: () => 'goalkit.js',
    },
    rollupOptions: { output: { chunkFileNames: 'goalkit-[name]-[hash].js' } },
  },
});

console.log(`built ${root}dist/goalkit.js`);
