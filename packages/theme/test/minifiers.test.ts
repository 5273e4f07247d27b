import { readFileSync } from 'node:fs';
import cssnano from 'cssnano';
import { transform as esbuild } from 'esbuild';
import { transform as lightningcss } from 'lightningcss';
import { type Browser, chromium } from 'playwright-core';
import postcss from 'postcss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared.ts';

// The theme as apps ship it: through the minifier of their build (Vite 8: lightningcss; older setups:
// esbuild or cssnano), with the browser targets Vite builds for by default. Computed in Chromium, the
// colours that matter must survive: bars, borders, focus rings, the primary button's contrast.
const css = (file: string) => readFileSync(new URL(`../css/${file}`, import.meta.url), 'utf8');
const bundle = readFileSync(new URL('../css/goalkit.css', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => /^@import "\.\/(.+)";$/.exec(line)?.[1])
  .filter((file): file is string => file !== undefined)
  .map(css)
  .join('\n');

/** Vite's default `build.cssTarget` ('chrome87', 'edge88', 'firefox78', 'safari14'), as lightningcss targets. */
const viteTargets = { chrome: 87 << 16, edge: 88 << 16, firefox: 78 << 16, safari: 14 << 16 };

const minifiers: Record<string, () => Promise<string>> = {
  'as shipped': async () => bundle,
  'lightningcss (Vite 8)': async () =>
    lightningcss({
      filename: 'goalkit.css',
      code: Buffer.from(bundle),
      minify: true,
      targets: viteTargets,
    }).code.toString(),
  'esbuild (Vite 7 and earlier)': async () =>
    (await esbuild(bundle, { loader: 'css', minify: true, target: ['chrome87', 'edge88', 'firefox78', 'safari14'] }))
      .code,
  cssnano: async () => (await postcss([cssnano({ preset: 'default' })]).process(bundle, { from: undefined })).css,
};

/** Widget markup as the React widgets render it (the same data-scope/data-part anatomy). */
const markup = (theme: string) => `
  <div data-gk-theme="${theme}">
    <form data-scope="goal-editor" data-part="root">
      <label data-scope="goal-editor" data-part="label" for="t">Objective</label>
      <input data-scope="goal-editor" data-part="input" id="t" />
      <button data-scope="goal-editor" data-part="save" type="submit">Save</button>
    </form>
    <div data-scope="progress" data-part="root" data-status="at-risk" role="meter" aria-label="p" aria-valuenow="40"
      style="--gk-progress-value: 0.4">
      <div data-scope="progress" data-part="track"><div data-scope="progress" data-part="range"></div></div>
    </div>
  </div>`;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
afterAll(() => browser?.close());

/** WCAG relative luminance contrast of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('the theme survives every mainstream minifier', () => {
  it.each(Object.keys(minifiers))('%s: bars, borders, focus ring and contrast, light and dark', async (name) => {
    const minified = await (minifiers[name] as () => Promise<string>)();
    const page = await browser.newPage({ colorScheme: 'dark' });
    try {
      await page.setContent(`<style>${minified}</style>${markup('light')}${markup('dark')}${markup('none')}`);
      const styles = await page.evaluate(() => {
        const read = (root: Element) => {
          const pick = (selector: string) => getComputedStyle(root.querySelector(selector) as Element);
          const input = root.querySelector('[data-part="input"]') as HTMLInputElement;
          input.focus();
          const focused = getComputedStyle(input);
          return {
            surface: pick('[data-scope="goal-editor"][data-part="root"]').backgroundColor,
            range: pick('[data-part="range"]').backgroundColor,
            inputBorder: pick('[data-part="input"]').borderTopColor,
            inputBorderWidth: pick('[data-part="input"]').borderTopWidth,
            saveBackground: pick('[data-part="save"]').backgroundColor,
            saveText: pick('[data-part="save"]').color,
            outline: `${focused.outlineStyle} ${focused.outlineColor}`,
          };
        };
        const [light, dark, unset] = [...document.querySelectorAll('[data-gk-theme]')] as [Element, Element, Element];
        unset.removeAttribute('data-gk-theme');
        return { light: read(light), dark: read(dark), unset: read(unset) };
      });
      const transparent = 'rgba(0, 0, 0, 0)';
      for (const [scheme, s] of Object.entries(styles)) {
        expect(s.range, `${scheme} bar`).not.toBe(transparent);
        expect(s.inputBorder, `${scheme} input border`).not.toBe(transparent);
        expect(s.inputBorderWidth, `${scheme} input border`).toBe('1px');
        expect(s.outline, `${scheme} focus ring`).toMatch(/^solid rgb/);
        expect(contrast(s.saveBackground, s.saveText), `${scheme} Save contrast`).toBeGreaterThanOrEqual(4.5);
      }
      // Light by default even in a dark OS (a light host page says nothing); dark where the page asks for it.
      expect(styles.unset.surface).toBe('rgb(255, 255, 255)');
      expect(styles.light.surface).toBe('rgb(255, 255, 255)');
      expect(styles.dark.surface).toBe('rgb(15, 20, 26)');
      expect(styles.light.range).toBe('rgb(154, 103, 0)');
    } finally {
      await page.close();
    }
  });
});
