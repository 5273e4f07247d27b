#!/usr/bin/env node
// Builds the embed bundle: one ESM file, dist/goalkit.js, with lit, core, client, query-core and every
// widget, fully minified. Parts a page needs only after an interaction, or only in some pages, sit
// beside it, and goalkit.js imports them by itself when they are needed, so the page still adds one tag:
//   dist/goalkit-lint.js     the SMART linter, which the goal editor loads after its first render;
//   dist/goalkit-rescore.js  the scoring engine that rescores an optimistic check-in, loaded when a
//                            widget that can check in starts (see `goalkitMutations` in @goalkit/client);
//   dist/goalkit-de.js       the German words, loaded when a widget first renders in German (goalkit.js
//                            carries English; see src/embed/german.ts).
//   dist/goalkit-live.js     the `GET /events` connection, loaded when a <gk-provider live> connects
//                            (it checks events with the contract's schema, which goalkit.js has).
// Each is self-contained (a few small pure helpers, such as day arithmetic, are in more than one file),
// so goalkit.js has no static imports: the one request a page makes is all it needs to render.
// Run from anywhere: `node packages/elements/scripts/build-embed.mjs`.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, parseAst, Visitor } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist`;
/** The lazily loaded parts: the module the sources import, and the file it is in beside goalkit.js. */
const lazy = {
  '@goalkit/core/lint': { file: 'goalkit-lint.js', entry: '../core/src/lint/index.ts' },
  '@goalkit/core/resources': { file: 'goalkit-rescore.js', entry: '../core/src/resources/rescore.ts' },
  '@goalkit/core/i18n/de': { file: 'goalkit-de.js', entry: '../core/src/i18n/de/index.ts' },
  '@goalkit/client/live': { file: 'goalkit-live.js', entry: '../client/src/live.ts' },
};

const coreI18n = fileURLToPath(new URL('../../core/src/i18n/', import.meta.url));
const germanLoader = `${root}src/embed/german-catalogs.ts`;
const GERMAN = '\0goalkit-de:';

/**
 * goalkit.js only: each widget catalog's German part (`import { de } from './de/tree.js'` in
 * core/src/i18n) becomes a binding that is `undefined`, so the catalog falls back to English, until
 * src/embed/german.ts has loaded goalkit-de.js and hands it the German catalog. Widgets wait for that
 * before they render in German (src/internal/locale-gate.ts), so no English shows first.
 */
const germanOnDemand = {
  name: 'goalkit:german-on-demand',
  enforce: 'pre',
  resolveId(source, importer) {
    const name = /^\.\/de\/(\w+)\.js$/.exec(source)?.[1];
    return name && importer?.startsWith(coreI18n) && !importer.startsWith(`${coreI18n}de/`) ? `${GERMAN}${name}` : null;
  },
  load(id) {
    if (!id.startsWith(GERMAN)) return null;
    const name = id.slice(GERMAN.length);
    return [
      `import { onGerman } from ${JSON.stringify(germanLoader)};`,
      'export let de;',
      `onGerman((catalogs) => { de = catalogs[${JSON.stringify(name)}]; });`,
    ].join('\n');
  },
};

// Files of earlier builds (including the hashed chunk names used before) would be served and budgeted.
mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir, { withFileTypes: true }))
  if (f.isFile() && /^goalkit(-.*)?\.js(\.map)?$/.test(f.name)) rmSync(`${outDir}/${f.name}`);

/**
 * Drops the source indentation from the widgets' lit templates (html``, svg``, css``): the spaces and tabs
 * next to a line break, which HTML and CSS collapse away anyway, so the rendered text and every binding
 * stay as they are (the line breaks stay too, which keeps the lines of the source map). The minifier
 * leaves template text alone. A template with text whose whitespace can show (<pre>, a <textarea> with
 * content) is skipped.
 */
const litTemplateIndentation = {
  name: 'goalkit:lit-template-indentation',
  transform(code, id) {
    if (!id.startsWith(`${root}src/`) || !/\b(html|svg|css)`/.test(code)) return null;
    const edits = [];
    new Visitor({
      TaggedTemplateExpression({ tag, quasi }) {
        if (tag.type !== 'Identifier' || !['html', 'svg', 'css'].includes(tag.name)) return;
        if (/<pre\b|<textarea\b[^>]*>[^<]/.test(quasi.quasis.map((q) => q.value.raw).join('\0'))) return;
        for (const { start, value } of quasi.quasis) {
          // A template element's span starts at the backtick or the `}` before its text.
          if (code.slice(start + 1, start + 1 + value.raw.length) !== value.raw)
            throw new Error(`${id}: cannot locate the template text at offset ${start}`);
          const text = value.raw.replace(/[ \t]*\n[ \t]*/g, (ws, at, raw) => (raw[at - 1] === '\\' ? ws : '\n'));
          if (text !== value.raw) edits.push([start + 1, start + 1 + value.raw.length, text]);
        }
      },
    }).visit(parseAst(code, { lang: 'ts' }));
    let out = code;
    for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + text + out.slice(to);
    return edits.length ? { code: out, map: null } : null;
  },
};

/**
 * One ESM file from `entry`, in vite's library mode (no preload helper for the lazy imports), minified
 * down to whitespace: library mode leaves whitespace in ES output for bundlers to remove, and this file
 * is what pages load as it is.
 */
/**
 * The third-party packages in the files, for their licenses: the minified files carry no comments, so
 * their copyright notices (lit and @lit/context: BSD-3-Clause; query-core, zod: MIT) ship beside them in
 * goalkit-licenses.txt, which the first line of each file names.
 */
const LICENSES = 'goalkit-licenses.txt';
const thirdParty = new Map();
/** The folder of the package a module is in (subfolders such as zod/v4/core have a package.json with no name). */
const packageRootOf = (id) => {
  for (let dir = dirname(id); dir.includes('/node_modules/'); dir = dirname(dir))
    if (existsSync(join(dir, 'package.json')) && JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name)
      return dir;
  return undefined;
};
const collectLicenses = {
  name: 'goalkit:licenses',
  generateBundle(_options, output) {
    for (const chunk of Object.values(output)) {
      for (const id of Object.keys(chunk.modules ?? {})) {
        const dir = id.includes('/node_modules/') ? packageRootOf(id) : undefined;
        if (!dir || thirdParty.has(dir)) continue;
        const { name, version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
        if (!file) throw new Error(`${name} has no license file to ship beside the embed bundle`);
        thirdParty.set(dir, { name, version, license, text: readFileSync(join(dir, file), 'utf8').trim() });
      }
    }
  },
};

const bundle = (entry, fileName, external = {}, plugins = []) =>
  build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [litTemplateIndentation, collectLicenses, ...plugins],
    // Build from the TypeScript sources of the workspace packages, no prior build needed.
    resolve: { conditions: ['@goalkit/source', 'module', 'browser', 'import', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry: `${root}${entry}`, formats: ['es'], fileName: () => fileName },
      rollupOptions: {
        external: Object.keys(external),
        output: {
          minify: true,
          // No comments at all: the build already left license comments out, and the annotations only a
          // bundler reads (/* @__PURE__ */, @__NO_SIDE_EFFECTS__) do nothing in a page (~0.45 kB gzipped).
          comments: false,
          postBanner: `/*! ${fileName} (goalkit); licenses of the packages inside: ${LICENSES} */`,
          paths: Object.fromEntries(Object.entries(external).map(([id, { file }]) => [id, `./${file}`])),
        },
      },
    },
  });

await bundle('src/embed.ts', 'goalkit.js', lazy, [germanOnDemand]);
for (const { file, entry } of Object.values(lazy)) await bundle(entry, file);

writeFileSync(
  `${outDir}/${LICENSES}`,
  `The goalkit embed bundle (goalkit.js and the goalkit-*.js files beside it) contains these packages.\n\n${[
    ...thirdParty.values(),
  ]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, version, license, text }) => `${name} ${version} (${license})\n\n${text}\n`)
    .join(`\n${'-'.repeat(72)}\n\n`)}`,
);

const built = readdirSync(outDir).filter((f) => /^goalkit(-.*)?\.js$/.test(f));
const expected = ['goalkit.js', ...Object.values(lazy).map((l) => l.file)];
if (built.length !== expected.length || !expected.every((f) => built.includes(f))) {
  // A chunk this script does not know about would be one more request, or a file the budgets miss.
  console.error(`unexpected embed files: ${built.join(', ')} (expected ${expected.join(', ')})`);
  process.exit(1);
}
console.log(`built ${[...expected, LICENSES].map((f) => `${outDir}/${f}`).join(', ')}`);
