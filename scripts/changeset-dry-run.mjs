#!/usr/bin/env node
// Dry run of the release flow on a throwaway clone: `changeset version` must give every @goalkit/*
// package the same new version (one fixed group) with a CHANGELOG.md, and leave the private apps alone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'goalkit-release-'));
const problems = [];
try {
  execFileSync('git', ['clone', '--quiet', root, work]);
  const pending = readdirSync(join(work, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  execFileSync(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], {
    cwd: work,
    stdio: 'pipe',
  });
  const manifest = (dir) => JSON.parse(readFileSync(join(work, dir, 'package.json'), 'utf8'));
  const packages = readdirSync(join(work, 'packages')).map((d) => ({
    dir: `packages/${d}`,
    ...manifest(`packages/${d}`),
  }));
  const versions = new Set(packages.map((p) => p.version));
  if (versions.size !== 1) problems.push(`the fixed group has several versions: ${[...versions].join(', ')}`);
  if (pending.length > 0 && versions.has('0.0.0')) problems.push('pending changesets did not bump the packages');
  for (const p of packages) {
    if (pending.length > 0 && !existsSync(join(work, p.dir, 'CHANGELOG.md')))
      problems.push(`${p.name} has no CHANGELOG.md`);
  }
  for (const app of readdirSync(join(work, 'apps'))) {
    const m = manifest(`apps/${app}`);
    if (m.version !== '0.0.0') problems.push(`the private app ${m.name} was versioned (${m.version})`);
    if (existsSync(join(work, 'apps', app, 'CHANGELOG.md')))
      problems.push(`the private app ${m.name} got a CHANGELOG.md`);
  }
  const left = readdirSync(join(work, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  if (left.length > 0) problems.push(`changesets left unconsumed: ${left.join(', ')}`);
  console.log(
    `changeset version: ${pending.length} changesets → ${[...versions].join(', ')} for ${packages.map((p) => p.name).join(', ')}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(`release dry run failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('release dry run: 1 passed, 0 failed');
