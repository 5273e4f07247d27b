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
    benchmark: { include: ['packages/*/bench/**/*.bench.ts', 'apps/*/bench/**/*.bench.ts'] },
  },
});
