import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { sourceConditions } from './vitest.shared.ts';

/** `pnpm bench`: every `*.bench.ts` under packages/ and apps/, in Node, from source. */
export default defineConfig({
  resolve: { conditions: [...sourceConditions, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [...sourceConditions, ...defaultServerConditions] } },
  test: {
    include: ['packages/*/bench/**/*.bench.ts', 'apps/*/bench/**/*.bench.ts'],
    environment: 'node',
    // One benchmark file at a time: two files measured at once on a 2-core machine share its cores and
    // its memory bandwidth, and each reads slower than it is.
    fileParallelism: false,
    benchmark: { include: ['packages/*/bench/**/*.bench.ts', 'apps/*/bench/**/*.bench.ts'] },
  },
});
