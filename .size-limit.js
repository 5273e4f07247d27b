// Size budgets (min+gzip) for every package entry. To raise a budget, change `limit` here in the same
// commit as the code that needs it, and say in the commit why the bytes are worth it.
const source = (config) => {
  config.conditions = ['@goalkit/source', 'module', 'import', 'browser', 'default'];
  return config;
};
const peers = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', '@tanstack/query-core'];

export default [
  {
    name: '@goalkit/core/scoring (no zod, no linter)',
    path: 'packages/core/src/scoring/index.ts',
    limit: '8 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/client: createClient (excluding zod)',
    path: 'packages/client/src/index.ts',
    import: '{ createClient }',
    ignore: ['zod', 'zod/mini', '@tanstack/query-core'],
    limit: '6 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/client: query layer (excluding client, core and query-core)',
    path: 'packages/client/src/index.ts',
    import: '{ goalkitQueries, goalkitMutations, goalkitKeys, applyLiveEvent }',
    ignore: [
      'zod',
      'zod/mini',
      '@tanstack/query-core',
      '@goalkit/core',
      '@goalkit/core/scoring',
      '@goalkit/core/model',
    ],
    limit: '2 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: ProgressMeter alone',
    path: 'packages/react/src/index.ts',
    import: '{ ProgressMeter }',
    ignore: peers,
    limit: '6 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-progress (with lit)',
    path: 'packages/elements/src/define/gk-progress.ts',
    limit: '10 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
];
