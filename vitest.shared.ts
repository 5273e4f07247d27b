import { fileURLToPath } from 'node:url';

/** The browser every browser-mode test and story test runs in: Debian's chromium, never a download. */
export const chromiumPath = process.env.GOALKIT_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet on a machine without a network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Resolve workspace packages to their TypeScript sources, so tests need no build step. */
export const sourceConditions = ['@goalkit/source'];

export const rootDir = fileURLToPath(new URL('.', import.meta.url));
