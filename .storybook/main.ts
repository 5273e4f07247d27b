import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

// The HTML API reference (`pnpm docs:api:html`, which `pnpm build-storybook` runs first), served at `api/`
// so the "Docs/API reference" page can link to it. Left out when it has not been generated yet.
const apiReference = fileURLToPath(new URL('../node_modules/.cache/goalkit-api-html', import.meta.url));

const config: StorybookConfig = {
  stories: ['./docs/*.mdx', '../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: existsSync(apiReference) ? [{ from: apiReference, to: '/api' }] : [],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  viteFinal: (vite) => {
    vite.resolve ??= {};
    // Stories import workspace packages from source, like the tests do.
    vite.resolve.conditions = ['@goalkit/source', ...defaultClientConditions];
    return vite;
  },
};

export default config;
