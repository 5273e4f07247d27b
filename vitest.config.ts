import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath, sourceConditions } from './vitest.shared.ts';

const nodeProject = (name: string, dir: string, setupFiles: string[] = []) => ({
  extends: true as const,
  test: {
    name,
    setupFiles,
    include: [`${dir}/src/**/*.test.ts`, `${dir}/test/**/*.test.ts`],
    environment: 'node' as const,
    // CI shares 2 cores between the test projects: allow for a busy machine.
    testTimeout: 20_000,
  },
});

/** The one Chromium every browser test and story test runs in (a fresh object each: vitest names its instances). */
export const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

export default defineConfig({
  resolve: { conditions: [...sourceConditions, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [...sourceConditions, ...defaultServerConditions] } },
  test: {
    reporters: ['default', './scripts/summaryReporter.ts'],
    projects: [
      // German registered up front, as an app that imports `@goalkit/core/i18n/de` has it (registry.test.ts checks without).
      nodeProject('core', 'packages/core', ['packages/core/test/setup.ts']),
      nodeProject('cli', 'packages/cli'),
      nodeProject('theme', 'packages/theme'),
      nodeProject('client', 'packages/client'),
      nodeProject('server', 'apps/server'),
      {
        extends: true,
        // The server's tests again on PostgreSQL (a throwaway cluster per file): every route, the
        // authorisation matrix, idempotency, ETags, live events and the conformance suite. The crash test
        // and the token-file test start the server on a SQLite file; the engine comparison and the cluster
        // tests run PostgreSQL already.
        test: {
          name: 'server-postgres',
          include: ['apps/server/test/**/*.test.ts'],
          exclude: [
            'apps/server/test/crash.test.ts',
            'apps/server/test/auth.test.ts',
            'apps/server/test/engines.test.ts',
            'apps/server/test/postgres/**',
          ],
          environment: 'node',
          env: { GOALKIT_TEST_ENGINE: 'postgres' },
          // Each file starts its own cluster: one at a time on a 2-core machine.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        // Repository checks (the API reference against the sources): one TypeDoc run, see its timeout.
        test: { name: 'scripts', include: ['scripts/__tests__/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'demo',
          include: ['apps/demo/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          // The embed bundle and the HR app, built once for every file.
          globalSetup: ['apps/demo/test/globalSetup.ts'],
        },
      },
      {
        extends: true,
        // Every Storybook story in both flavours, light and dark, wide and narrow (see its file).
        test: { name: 'visual', include: ['test/visual/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'elements-node',
          include: ['packages/elements/test/**/*.node.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          include: ['packages/react/src/**/*.test.{ts,tsx}', 'packages/react/test/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['packages/react/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'elements',
          include: ['packages/elements/src/**/*.test.ts'],
          setupFiles: ['packages/elements/test/setup.ts'],
          browser: browser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook', disableAddonDocs: true })],
        test: { name: 'storybook', browser: browser() },
      },
    ],
  },
});
