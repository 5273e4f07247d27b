import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What `pnpm start` serves, built once for every demo test file: the embed bundle and the HR app. */
export default function setup() {
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  if (!existsSync(join(repo, 'packages/elements/dist/goalkit.js'))) {
    execFileSync('pnpm', ['--filter', '@goalkit/elements', 'build:embed'], { cwd: repo, stdio: 'ignore' });
  }
  execFileSync('pnpm', ['--filter', '@goalkit/demo', 'build'], { cwd: repo, stdio: 'ignore' });
}
