import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RULES, rulesMarkdown } from '../index.js';

const docsFile = new URL('../../../docs/rules.md', import.meta.url);

it('keeps docs/rules.md in sync with the rules (UPDATE_DOCS=1 rewrites it)', () => {
  const markdown = rulesMarkdown();
  if (process.env.UPDATE_DOCS === '1') writeFileSync(docsFile, markdown);
  expect(readFileSync(docsFile, 'utf8')).toBe(markdown);
  for (const rule of RULES) expect(markdown).toContain(`### ${rule.id}`);
});
