import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { progressCss, tokensCss } from './index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('@goalkit/theme', () => {
  it('ships the generated strings in step with the CSS files', () => {
    expect(() =>
      execFileSync(process.execPath, [`${root}scripts/generate.mjs`, '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('lets a brand re-theme every widget with five public tokens', () => {
    const brand = ['--gk-color-accent', '--gk-color-surface', '--gk-color-text', '--gk-font-family', '--gk-radius'];
    for (const token of brand) expect(tokensCss).toContain(`var(${token},`);
  });

  it('styles widgets only through data-scope/data-part selectors and private tokens', () => {
    const css = readFileSync(`${root}css/progress.css`, 'utf8');
    expect(progressCss.length).toBeGreaterThan(0);
    for (const rule of css
      .split('}')
      .map((r) => r.split('{')[0]?.trim())
      .filter(Boolean)) {
      expect(rule).toMatch(/\[data-scope="progress"\]/);
    }
    expect(css).not.toMatch(/var\(--gk-color/);
  });
});
