import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, LogLevel } from 'typedoc';
import { afterAll, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const committed = join(root, 'docs/api');

async function filesUnder(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path, 'utf8'));
  }
  return files;
}

let out: string | undefined;
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

// Regenerates the reference with the committed typedoc.json into a temporary directory and compares it file by
// file, so a new export without a page, a page for an export that is gone, and a changed signature or comment
// all fail here. TypeDoc reads every package's types: about 20 s of CPU, 20-45 s on a busy 2-core machine.
test('docs/api is what `pnpm docs:api` generates from the current sources', { timeout: 180_000 }, async () => {
  out = await mkdtemp(join(tmpdir(), 'goalkit-api-'));
  const app = await Application.bootstrapWithPlugins({
    options: join(root, 'typedoc.json'),
    out,
    logLevel: LogLevel.Error,
  });
  const project = await app.convert();
  expect(project, 'TypeDoc could not convert the sources (see the errors above)').toBeDefined();
  if (!project) return;
  await app.generateOutputs(project);

  const [fresh, current] = await Promise.all([filesUnder(out), filesUnder(committed)]);
  const stale = {
    'pages the sources now need (new exports)': [...fresh.keys()].filter((f) => !current.has(f)).sort(),
    'pages for exports that are gone': [...current.keys()].filter((f) => !fresh.has(f)).sort(),
    'pages whose content changed': [...fresh.keys()]
      .filter((f) => current.has(f) && current.get(f) !== fresh.get(f))
      .sort(),
  };
  expect(stale, 'docs/api is out of date with the sources: run `pnpm docs:api` and commit docs/api').toEqual({
    'pages the sources now need (new exports)': [],
    'pages for exports that are gone': [],
    'pages whose content changed': [],
  });
});
