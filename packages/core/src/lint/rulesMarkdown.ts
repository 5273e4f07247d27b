import { RULES } from './rules/index.js';
import type { RuleCategory } from './types.js';

const CATEGORY_TITLES: Readonly<Record<RuleCategory, string>> = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  'time-bound': 'Time-bound',
  structure: 'Structure (OKR form)',
};

function optionText(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((item) => JSON.stringify(item)).join(', ')}]` : JSON.stringify(value);
}

/** The rule reference as Markdown, rendered from the rules' own docs (the source of `docs/rules.md`). */
export function rulesMarkdown(): string {
  const out: string[] = [
    '# goalkit lint rules',
    '',
    "<!-- Generated from the rules' docs by rulesMarkdown() in src/lint/rulesMarkdown.ts; run `UPDATE_DOCS=1 pnpm vitest run --project core rulesMarkdown` after changing a rule. -->",
    '',
    '| rule | severity | in `recommended` | SMART letter | points | options |',
    '|---|---|---|---|---|---|',
  ];
  for (const rule of RULES) {
    const options = Object.entries(rule.defaultOptions)
      .map(([key, value]) => `\`${key}: ${optionText(value)}\``)
      .join(', ');
    out.push(
      `| [\`${rule.id}\`](#${rule.id.replace('/', '')}) | ${rule.severity} | ${rule.recommended ? 'yes' : 'no'} | ${rule.letter} | ${rule.points} | ${options || '—'} |`,
    );
  }
  for (const category of Object.keys(CATEGORY_TITLES) as RuleCategory[]) {
    out.push('', `## ${CATEGORY_TITLES[category]}`);
    for (const rule of RULES.filter((item) => item.category === category)) {
      out.push('', `### ${rule.id}`, '', rule.docs.description, '', `**Why:** ${rule.docs.why}`, '');
      out.push(`- Bad: \`${rule.docs.bad}\``, `- Good: \`${rule.docs.good}\``);
      const options = Object.entries(rule.defaultOptions);
      if (options.length > 0) {
        out.push(
          `- Options: ${options.map(([key, value]) => `\`${key}\` (default \`${optionText(value)}\`)`).join(', ')}`,
        );
      }
      out.push(
        `- Default severity: ${rule.severity}${rule.recommended ? '' : ' (off in `recommended`, on in `strict`)'}; costs ${rule.points} points of ${rule.letter}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
