import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

describe('custom-elements.json', () => {
  it('is generated from the classes’ JSDoc and committed up to date', () => {
    // The analyzer writes below its working directory, so give it a scratch folder inside the package.
    const out = mkdtempSync(join(packageDir, '.cem-check-'));
    // The analyzer also points package.json's `customElements` at what it wrote, and its JSX plugin
    // rewrites types/jsx.d.ts in place: put both back after.
    const manifestField = readFileSync(join(packageDir, 'package.json'), 'utf8');
    const jsxPath = join(packageDir, 'types', 'jsx.d.ts');
    const jsxTypes = readFileSync(jsxPath, 'utf8');
    try {
      execFileSync('pnpm', ['exec', 'cem', 'analyze', '--outdir', relative(packageDir, out)], {
        cwd: packageDir,
        stdio: 'pipe',
      });
      // The analyzer lists modules in file-system order, which differs between machines: compare sorted.
      const read = (file: string) => {
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as { modules: { path: string }[] };
        return { ...manifest, modules: manifest.modules.sort((a, b) => a.path.localeCompare(b.path)) };
      };
      expect(
        read(join(packageDir, 'custom-elements.json')),
        'custom-elements.json is stale: run `pnpm --filter @goalkit/elements analyze`',
      ).toEqual(read(join(out, 'custom-elements.json')));
      // The JSX types for React users come from the same run, also in file-system order: compare lines.
      const lines = (text: string) => text.split('\n').sort();
      expect(lines(jsxTypes), 'types/jsx.d.ts is stale: run `pnpm --filter @goalkit/elements analyze`').toEqual(
        lines(readFileSync(jsxPath, 'utf8')),
      );
    } finally {
      writeFileSync(join(packageDir, 'package.json'), manifestField);
      writeFileSync(jsxPath, jsxTypes);
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('documents every element with its parts, custom properties and events', () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8')) as {
      modules: {
        declarations?: { tagName?: string; cssParts?: unknown[]; cssProperties?: unknown[]; events?: unknown[] }[];
      }[];
    };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(elements.map((e) => e.tagName).sort()).toEqual([
      'gk-alignment-tree',
      'gk-approval-list',
      'gk-calibration',
      'gk-calibration-grid',
      'gk-check-in-form',
      'gk-check-in-inbox',
      'gk-check-in-timeline',
      'gk-competency-matrix',
      'gk-cycle-dashboard',
      'gk-digest',
      'gk-feedback-thread',
      'gk-goal-editor',
      'gk-growth-plan',
      'gk-key-result',
      'gk-objective-card',
      'gk-one-on-one',
      'gk-program-health',
      'gk-progress',
      'gk-provider',
      'gk-review-form',
      'gk-skill-radar',
    ]);
    for (const element of elements.filter((e) => e.tagName !== 'gk-provider')) {
      expect(element.cssParts?.length, element.tagName).toBeGreaterThan(0);
      expect(element.cssProperties?.length, element.tagName).toBeGreaterThan(0);
    }
  });
});
