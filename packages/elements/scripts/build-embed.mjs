#!/usr/bin/env node
// Builds the embed bundle: dist/goalkit.js, the one ES module a page adds, and the files beside it that
// goalkit.js imports by itself when the page needs them, so the page still adds one tag and downloads
// only the widgets it shows. Every file is fully minified and has a stable name (no content hashes):
//   goalkit.js            defines every tag: it watches the page and imports a tag's file when the tag
//                         first appears (src/embed/autoloader.ts), with the files of the tags it renders
//                         at the same time; it exports `loadWidget` and the event classes (~1.4 kB).
//   goalkit-shared.js     what the files of more than one tag need (lit, the base element, the query
//                         observers, the theme's tokens, the locale gate …), so that nothing is in two
//                         files; goalkit.js imports it.
//   goalkit-<tag>.js      one per tag in src/embed/widgets.ts, where adding a widget is one line:
//                         goalkit-objective-card.js for <gk-objective-card> … A tag's file imports the
//                         files of the tags it renders in its shadow root (the card's file imports
//                         goalkit-key-result.js, which imports goalkit-progress.js).
//   goalkit-provider.js   <gk-provider> with the client, zod and the query cache (src/embed/provider.ts);
//                         it also exports `createClient`, `liveEventSchema` and `GkProvider`.
// Which module goes in which of these files is decided below (`fileOf`). The build fails for any other
// file, and when a define/gk-*.ts is not in src/embed/widgets.ts. Parts a page needs only after an
// interaction, or only in some pages, are separate builds (each self-contained; a few small pure helpers,
// such as day arithmetic, are in more than one file):
//   goalkit-lint.js       the SMART linter, which the goal editor loads after its first render;
//   goalkit-rescore.js    the scoring engine that rescores an optimistic check-in, loaded when a provider
//                         sets up its check-ins (see `goalkitMutations` in @goalkit/client);
//   goalkit-de.js         the German words, loaded when a widget first renders in German and registered
//                         then (the other files carry English; see src/internal/german.ts);
//   goalkit-live.js       the `GET /events` connection, loaded when a <gk-provider live> connects (it
//                         checks events with the contract's schema, which goalkit-provider.js has).
//   goalkit-conversations.js  the 1:1 and review routes with their schemas (and a copy of zod's runtime),
//                         loaded when a conversation widget first renders connected (src/internal/conversations.ts).
//   goalkit-assist.js     the AI assistance routes with their schemas, loaded when a connected goal editor or
//                         feedback thread inside <gk-provider assist> first asks GET /assist (src/internal/assist.ts).
//   goalkit-competencies.js  the competency routes with their schemas (and a copy of zod's runtime), loaded when a
//                         competency widget first renders connected (src/internal/competencies.ts).
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
  '@goalkit/client/conversations': { file: 'goalkit-conversations.js', entry: '../client/src/conversations.ts' },
  '@goalkit/client/assist': { file: 'goalkit-assist.js', entry: '../client/src/assist.ts' },
  '@goalkit/client/competencies': { file: 'goalkit-competencies.js', entry: '../client/src/competencies.ts' },
};

const themeCss = fileURLToPath(new URL('../../theme/src/css.ts', import.meta.url));
const CSS = '\0goalkit-css:';

/**
 * The theme's CSS strings (`tokensCss`, `objectiveCardCss` …) are one module, so all of it would go in the
 * file every widget needs: each string becomes a module of its own here, and so goes in the file of the
 * widget that uses it (the card's CSS in goalkit-objective-card.js, the tokens in goalkit-shared.js). A
 * css.ts that is not only exported strings is left whole.
 */
const cssStrings = new Map();
const cssPerWidget = {
  name: 'goalkit:css-per-widget',
  transform(code, id) {
    if (id !== themeCss) return null;
    const strings = parseAst(code, { lang: 'ts' }).body.map((statement) => {
      const declarations = statement.type === 'ExportNamedDeclaration' ? statement.declaration?.declarations : [];
      const [only] = declarations ?? [];
      if (declarations?.length !== 1 || only.id.type !== 'Identifier' || typeof only.init?.value !== 'string')
        return undefined;
      return [only.id.name, only.init.value];
    });
    if (strings.length === 0 || strings.includes(undefined)) return null;
    for (const [name, text] of strings)
      cssStrings.set(`${CSS}${name}`, `export const ${name} = ${JSON.stringify(text)};`);
    return {
      code: strings.map(([name]) => `export { ${name} } from ${JSON.stringify(`${CSS}${name}`)};`).join('\n'),
      map: null,
    };
  },
  resolveId: (source) => (cssStrings.has(source) ? source : null),
  load: (id) => cssStrings.get(id) ?? null,
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

const entry = `${root}src/embed.ts`;
/** Each tag goalkit.js defines, as src/embed/widgets.ts lists them, and the file it is in. */
const registry = readFileSync(`${root}src/embed/widgets.ts`, 'utf8');
const tags = [...registry.matchAll(/'(gk-[\w-]+)':\s*\(\)\s*=>\s*import\(\s*'([^']+)'\s*\)/g)].map(([, tag, from]) => ({
  tag,
  module: fileURLToPath(new URL(from.replace(/\.js$/, '.ts'), `file://${root}src/embed/`)),
  file: `goalkit-${tag.slice('gk-'.length)}.js`,
}));
for (const name of readdirSync(`${root}src/define`).filter((f) => /^gk-[\w-]+\.ts$/.test(f))) {
  if (!tags.some(({ tag }) => `${tag}.ts` === name))
    throw new Error(
      `src/define/${name} is not in src/embed/widgets.ts: add its line there, or goalkit.js never defines it`,
    );
}

/**
 * The tags each tag renders in its shadow root (its define file imports theirs, and theirs may import
 * more), as the first build below finds them. goalkit.js gets them in `renders` (src/embed/widgets.ts),
 * so that it fetches a card's files (the card, the key result, the progress) at once, rather than each
 * after the file that imports it has arrived.
 */
const renders = {};
const RENDERS = 'export const renders: Readonly<Record<string, readonly string[]>> = {};';
const fillRenders = {
  name: 'goalkit:renders',
  enforce: 'pre',
  transform(code, id) {
    if (id !== `${root}src/embed/widgets.ts`) return null;
    if (!code.includes(RENDERS)) throw new Error(`${id} no longer has "${RENDERS}" for the build to fill in`);
    // The first build gets `{}`, which does not change how it splits the code.
    return { code: code.replace(RENDERS, `export const renders = ${JSON.stringify(renders)};`), map: null };
  },
};

const banner = (fileName) => `/*! ${fileName} (goalkit); licenses of the packages inside: ${LICENSES} */`;
const build1 = ({ entry: from, fileName, external, plugins = [], output = {}, input = {}, write = true }) =>
  build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [litTemplateIndentation, collectLicenses, ...plugins],
    // Build from the TypeScript sources of the workspace packages, no prior build needed.
    resolve: { conditions: ['@goalkit/source', 'module', 'browser', 'import', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write,
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      // Library mode: no preload helper around the dynamic imports, and goalkit.js exports only its own.
      lib: { entry: from, formats: ['es'], fileName: () => fileName },
      rollupOptions: {
        external: Object.keys(external ?? {}),
        ...input,
        output: {
          minify: true,
          // No comments at all: the build already left license comments out, and the annotations only a
          // bundler reads (/* @__PURE__ */, @__NO_SIDE_EFFECTS__) do nothing in a page (~0.45 kB gzipped).
          comments: false,
          postBanner: (chunk) => banner(chunk.fileName),
          paths: Object.fromEntries(Object.entries(external ?? {}).map(([id, { file }]) => [id, `./${file}`])),
          ...output,
        },
      },
    },
  });

/**
 * Which file each module goes in. A first build, with rolldown's own chunking, finds the modules a set of
 * files needs (one chunk per set): goalkit.js's own and each tag's own stay in their file; a chunk with a
 * tag's module in it (the key result's code, needed by the key result and by the card, which renders key
 * results) becomes that tag's file; every other chunk is needed by files that do not import each other,
 * and goes in goalkit-shared.js rather than in a chunk per such set (each one more request, and a name
 * that changes whenever a widget's imports do).
 */
const split = { entry, fileName: 'goalkit.js', external: lazy, plugins: [cssPerWidget, fillRenders] };
const [probe] = await build1({ ...split, write: false });
const chunks = new Map(probe.output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
const tagIn = (chunk) => tags.find((t) => chunk.moduleIds.includes(t.module));
const fileOf = new Map();
for (const chunk of chunks.values()) {
  if (chunk.isEntry || tags.some((t) => t.module === chunk.facadeModuleId)) continue;
  const file = tagIn(chunk)?.file ?? 'goalkit-shared.js';
  for (const id of chunk.moduleIds) fileOf.set(id, file.replace(/\.js$/, ''));
}
for (const tag of tags) {
  const reached = new Set([...chunks.values()].filter((c) => tagIn(c) === tag));
  for (const chunk of reached) for (const file of chunk.imports) if (chunks.has(file)) reached.add(chunks.get(file));
  const others = [...reached].map(tagIn).filter((t) => t && t !== tag);
  if (others.length) renders[tag.tag] = [...new Set(others.map((t) => t.tag))];
}
const [files] = await build1({
  ...split,
  // goalkit.js keeps its own exports only: the groups leave nothing else in it.
  input: { preserveEntrySignatures: 'allow-extension' },
  output: {
    codeSplitting: {
      groups: [
        { name: (id) => fileOf.get(id) ?? null, debugName: 'goalkit files', includeDependenciesRecursively: false },
      ],
    },
    // A chunk of any other name (rolldown names one it may still merge away) fails the check below.
    chunkFileNames: ({ name, facadeModuleId }) =>
      tags.find((t) => t.module === facadeModuleId)?.file ??
      `${name.startsWith('goalkit-') ? '' : 'goalkit-'}${name}.js`,
  },
});
// What each file imports before it runs: goalkit.js and the tags' files goalkit-shared.js, a tag's file
// the files of the tags it renders. goalkit-shared.js imports none (it would be imported in a circle).
for (const { fileName, imports } of files.output.filter((f) => f.type === 'chunk')) {
  const allowed = fileName === 'goalkit-shared.js' ? [] : ['goalkit-shared.js', ...tags.map((t) => t.file)];
  const other = imports.filter(
    (f) => !allowed.includes(f) || f === fileName || (fileName === 'goalkit.js' && f !== 'goalkit-shared.js'),
  );
  if (other.length) throw new Error(`${fileName} imports ${other.join(', ')}: see fileOf in build-embed.mjs`);
}
for (const { file, entry: from } of Object.values(lazy)) await build1({ entry: `${root}${from}`, fileName: file });

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
const expected = [
  'goalkit.js',
  'goalkit-shared.js',
  ...tags.map((t) => t.file),
  ...Object.values(lazy).map((l) => l.file),
];
if (built.length !== expected.length || !expected.every((f) => built.includes(f))) {
  // A chunk this script does not know about would be one more request, or a file the budgets miss.
  console.error(`unexpected embed files: ${built.join(', ')} (expected ${expected.join(', ')})`);
  process.exit(1);
}
console.log(`built ${[...expected, LICENSES].map((f) => `${outDir}/${f}`).join(', ')}`);
