// Writes src/css.ts: every stylesheet in css/ as a string export, so lit can adopt the same CSS that
// React users load as files. The strings are minified (no targets, so nothing is transpiled): they are
// shipped inside every lit bundle, while the files stay readable. `--check` fails when src/css.ts is
// stale instead of writing it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = readdirSync(`${root}css`)
  .filter((f) => f.endsWith('.css') && f !== 'goalkit.css')
  .sort((a, b) => (a === 'tokens.css' ? -1 : b === 'tokens.css' ? 1 : a.localeCompare(b)));
const name = (file) => `${file.replace(/\.css$/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase())}Css`;
let out =
  '// Generated from css/*.css by scripts/generate.mjs. Do not edit: edit the CSS and run `pnpm --filter @goalkit/theme generate`.\n';
for (const file of files) {
  const { code, warnings } = transform({ filename: file, code: readFileSync(`${root}css/${file}`), minify: true });
  if (warnings.length) {
    console.error(warnings.map((w) => `css/${file}:${w.loc.line}:${w.loc.column}: ${w.message}`).join('\n'));
    process.exit(1);
  }
  const css = code.toString();
  out += `\n/** The contents of \`@goalkit/theme/css/${file}\`, minified. */\nexport const ${name(file)} = ${JSON.stringify(css)};\n`;
}
const bundle = `/* goalkit: every widget stylesheet. Import once: import '@goalkit/theme/css/goalkit.css'. */\n${files.map((f) => `@import "./${f}";`).join('\n')}\n`;
const targets = [
  [`${root}src/css.ts`, out],
  [`${root}css/goalkit.css`, bundle],
];
if (process.argv.includes('--check')) {
  const stale = targets.filter(([path, text]) => {
    try {
      return readFileSync(path, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(`stale: ${stale.map(([p]) => p).join(', ')}; run pnpm --filter @goalkit/theme generate`);
    process.exit(1);
  }
} else {
  for (const [path, text] of targets) writeFileSync(path, text);
}
