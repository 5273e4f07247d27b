// Writes src/css.ts: every stylesheet in css/ as a string export, so lit can adopt the exact CSS
// that React users load as files. `--check` fails when src/css.ts is stale instead of writing it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = readdirSync(`${root}css`)
  .filter((f) => f.endsWith('.css') && f !== 'goalkit.css')
  .sort((a, b) => (a === 'tokens.css' ? -1 : b === 'tokens.css' ? 1 : a.localeCompare(b)));
const name = (file) => `${file.replace(/\.css$/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase())}Css`;
let out =
  '// Generated from css/*.css by scripts/generate.mjs. Do not edit: edit the CSS and run `pnpm --filter @goalkit/theme generate`.\n';
for (const file of files) {
  const css = readFileSync(`${root}css/${file}`, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\n\s*\n/g, '\n')
    .trim();
  out += `\n/** The contents of \`@goalkit/theme/css/${file}\`. */\nexport const ${name(file)} = ${JSON.stringify(css)};\n`;
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
