import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * Budget for `@goalkit/core/scoring`, minified and gzipped. To raise it, change this number and
 * the size-limit entry together, and say in the changeset what grew and why.
 */
const SCORING_BUDGET_BYTES = 8 * 1024;

const srcDir = fileURLToPath(new URL('..', import.meta.url));

async function bundle(entry: string): Promise<{ code: string; moduleIds: string[] }> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: srcDir,
    build: {
      write: false,
      minify: true,
      lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['es'], fileName: 'entry' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs
    .flatMap((output) => output.output)
    .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  return { code: chunks.map((chunk) => chunk.code).join('\n'), moduleIds: chunks.flatMap((chunk) => chunk.moduleIds) };
}

describe('@goalkit/core/scoring bundle', () => {
  it('pulls in only scoring modules: no zod, no model, no linter', async () => {
    const { code, moduleIds } = await bundle('./index.ts');
    expect(moduleIds.length).toBeGreaterThan(0);
    for (const id of moduleIds) expect(id).toContain('/src/scoring/');
    expect(code).not.toMatch(/_zod|ZodError|zod/i);
  }, 60_000);

  it('would notice zod: the model bundle contains it', async () => {
    const { code, moduleIds } = await bundle('../model/index.ts');
    expect(moduleIds.some((id) => id.includes('node_modules/zod') || id.includes('/zod@'))).toBe(true);
    expect(code).toMatch(/_zod/);
  }, 60_000);

  it(`is at most ${SCORING_BUDGET_BYTES} bytes minified and gzipped`, async () => {
    const { code } = await bundle('./index.ts');
    const size = gzipSync(code, { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(SCORING_BUDGET_BYTES);
    console.info(`@goalkit/core/scoring: ${code.length} B minified, ${size} B gzipped`);
  }, 60_000);
});
