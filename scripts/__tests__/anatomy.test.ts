import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const adapters = ['packages/react/src', 'packages/elements/src'];

// `data-part="x"`, `data-part='x'` and JSX's `data-part={"x"}` / `data-part={'x'}` / `data-part={`x`}`:
// a part named in markup or in a selector instead of taken from the core view.
const literalPart = /data-part=(?:["']|\{\s*["'`])/;

async function adapterSources(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of adapters) {
    for (const entry of await readdir(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.(test|test-d|stories)\.tsx?$/.test(entry.name)) continue;
      files.push(join(entry.parentPath, entry.name));
    }
  }
  return files.sort();
}

// One name for one thing: every anatomy part's attributes come from core's connect() views, so React and lit
// render the same parts and the theme's selectors match both. A part written in an adapter can drift.
test('adapters take every data-part from core, never write one', async () => {
  const files = await adapterSources();
  expect(files.length).toBeGreaterThan(20);
  const found: string[] = [];
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (literalPart.test(line)) found.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(found, "spread or bind the part from the widget's connect() view (add it there with part())").toEqual([]);
});
