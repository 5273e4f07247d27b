// Comparable HTTP clients, measured (min+gzip) exactly as .size-limit.js measures '@goalkit/client: createClient':
// size-limit's esbuild bundle of one import, minified, gzipped. These are comparisons for docs/benchmarks.md,
// not budgets: no entry has a `limit`, and `pnpm test` never reads this file.
// Run: `pnpm exec size-limit --config .size-limit.compare.js --json`, or `pnpm bench sizes` for the report's table.
import { fileURLToPath } from 'node:url';

// size-limit bundles `import <what> from <file>`: point it at the file Node's ESM resolution picks.
const file = (specifier) => fileURLToPath(import.meta.resolve(specifier));

const entries = [
  {
    name: '@goalkit/client: createClient with zod/mini (what a page downloads for the client alone)',
    path: 'packages/client/src/index.ts',
    import: '{ createClient }',
    ignore: ['@tanstack/query-core'],
    gzip: true,
    modifyEsbuildConfig: (config) => {
      config.conditions = ['@goalkit/source', 'module', 'import', 'browser', 'default'];
      return config;
    },
    includes: 'The entry above plus the zod/mini runtime that validates every reply.',
  },
  {
    name: 'openapi-fetch: createClient',
    import: { [file('openapi-fetch')]: 'createClient' },
    gzip: true,
    includes:
      'Typed paths, parameters and bodies from openapi-typescript types (compile time only: replies are not validated), ' +
      'path/query/body serialisers, middleware, errors returned as `{ data, error }` values. ' +
      'No retries, no timeouts, no idempotency keys, no `If-Match`.',
  },
  {
    name: 'openapi-fetch: every export',
    import: { [file('openapi-fetch')]: '*' },
    gzip: true,
    includes: '`createClient` plus `createPathBasedClient` and the exported serialisers.',
  },
  {
    name: 'ky: default export',
    import: { [file('ky')]: 'ky' },
    gzip: true,
    includes:
      'A fetch wrapper: retries with backoff honouring `Retry-After`, timeouts, hooks, `HTTPError` / `TimeoutError`, ' +
      'JSON helpers, optional Standard Schema validation (the schema library not counted). ' +
      'No types from an API contract, no idempotency keys, no `If-Match`.',
  },
  {
    name: 'ky: every export',
    import: { [file('ky')]: '*' },
    gzip: true,
    includes: 'The default export plus the error classes and type guards, for `instanceof` checks.',
  },
  {
    name: 'openapi-fetch createClient + ky default export',
    import: { [file('openapi-fetch')]: 'createClient', [file('ky')]: 'ky' },
    gzip: true,
    includes:
      'The pairing closest to ours in features: typed paths from openapi-fetch, retries and timeouts from ky ' +
      "(passed as openapi-fetch's `fetch`). Still no reply validation, idempotency keys or `If-Match`.",
  },
];

/** What each entry does for its bytes, keyed by entry name: the "includes" column of the report. */
export const includes = Object.fromEntries(entries.map((e) => [e.name, e.includes]));

export default entries.map(({ includes: _, ...check }) => check);
