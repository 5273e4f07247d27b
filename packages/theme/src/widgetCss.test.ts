import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cssDir = fileURLToPath(new URL('../css/', import.meta.url));
const widgets = readdirSync(cssDir).filter((f) => f.endsWith('.css') && f !== 'tokens.css' && f !== 'goalkit.css');

const selectorsOf = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('}')
    .map((rule) => rule.split('{')[0]?.trim() ?? '')
    .filter((s) => s !== '' && !s.startsWith('@'));

describe.each(widgets)('%s', (file) => {
  const scope = file.replace(/\.css$/, '');
  const css = readFileSync(`${cssDir}${file}`, 'utf8');

  it('selects only its own data-scope, so it cannot restyle the host page', () => {
    for (const rule of selectorsOf(css)) {
      for (const selector of rule.split(/,(?![^(]*\))/)) expect(selector).toContain(`[data-scope="${scope}"]`);
    }
  });

  it('reads private tokens only, so the five brand tokens re-theme it through tokens.css', () => {
    expect(css).not.toMatch(/var\(--gk-color/);
    expect(css).not.toMatch(/#[0-9a-f]{3,8}\b/i);
  });

  it('uses logical properties, so it lays out right-to-left', () => {
    expect(css).not.toMatch(/(^|[\s;{])(margin|padding|border)-(left|right)\s*:/m);
    expect(css).not.toMatch(/(^|[\s;{])(left|right)\s*:/m);
    expect(css).not.toMatch(/text-align:\s*(left|right)/);
  });
});
