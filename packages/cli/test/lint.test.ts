import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/runCli.js';
import { captureIo } from './captureIo.js';

const example = fileURLToPath(new URL('./fixtures/example.yaml', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'goalkit-lint-'));

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function run(args: string[], options?: Parameters<typeof captureIo>[0]) {
  const capture = captureIo(options);
  const exitCode = await runCli(['lint', ...args], capture.io);
  return { exitCode, stdout: capture.stdout(), stderr: capture.stderr() };
}

const cycles = [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }];
const owners = [{ id: 'acme', kind: 'org', name: 'ACME' }];
const clean = write('clean.json', {
  version: 1,
  cycles,
  owners,
  objectives: [
    {
      id: 'o1',
      title: 'Make onboarding effortless for new customers',
      owner: 'acme',
      cycle: '2026-Q1',
      keyResults: [
        {
          id: 'kr1',
          title: 'Raise week-1 activation from 20% to 35%',
          type: 'increase',
          start: 20,
          target: 35,
          unit: '%',
        },
        { id: 'kr2', title: 'Keep weekly churn at or below 2%', type: 'at-most', target: 2, unit: '%' },
      ],
    },
  ],
});
// A draft: no owner, no target, a target on the wrong side of the start; parse errors in strict mode, lint findings here.
const draft = write(
  'draft.yaml',
  `version: 1
cycles:
  - { id: 2026-Q1, name: Q1 2026, start: 2026-01-01, end: 2026-03-31 }
objectives:
  - id: o1
    title: Grow revenue by 30%
    cycle: 2026-Q1
    keyResults:
      - { id: kr1, title: Improve the checkout conversion, type: increase, start: 2, unit: "%" }
      - { id: kr2, title: Reduce churn from 5% to 3%, type: increase, start: 5, target: 3, unit: "%" }
`,
);
const warningsOnly = write('warnings.json', {
  version: 1,
  cycles,
  owners,
  objectives: [
    {
      id: 'o1',
      title: 'Make onboarding effortless for new customers',
      owner: 'acme',
      cycle: '2026-Q1',
      keyResults: [
        { id: 'kr1', title: 'Raise week-1 activation from 20% to 35%', type: 'increase', start: 20, target: 35 },
        { id: 'kr2', title: 'Keep weekly churn at or below 2%', type: 'at-most', target: 2 },
      ],
    },
  ],
});

describe('goalkit lint exit codes', () => {
  it('exits 0 and prints nothing for a clean document', async () => {
    expect(await run([clean, '--as-of', '2025-12-01'])).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('exits 1 when there are errors', async () => {
    const { exitCode, stdout } = await run([draft, '--as-of', '2025-12-01']);
    expect(exitCode).toBe(1);
    expect(stdout).toContain('specific/missing-owner');
    expect(stdout).toContain('measurable/no-target');
    expect(stdout).toContain('measurable/target-not-beyond-start');
  });

  it('exits 0 with warnings, and 1 once they exceed --max-warnings', async () => {
    expect((await run([warningsOnly, '--as-of', '2025-12-01'])).exitCode).toBe(0);
    expect((await run([warningsOnly, '--as-of', '2025-12-01', '--max-warnings', '2'])).exitCode).toBe(0);
    const over = await run([warningsOnly, '--as-of', '2025-12-01', '--max-warnings', '1']);
    expect(over.exitCode).toBe(1);
    expect(over.stdout).toContain('too many warnings (maximum: 1)');
  });

  it('exits 2 with every problem and its path for a document that is not even a draft', async () => {
    const broken = write('broken.json', {
      version: 1,
      objectives: [
        {
          id: 'o1',
          title: 'Something good for everyone',
          keyResults: [
            { id: 'kr1', title: 'x', type: 'grow' },
            { id: 'kr1', title: 'y', type: 'boolean', start: 'soon' },
          ],
        },
      ],
    });
    const { exitCode, stderr } = await run([broken, clean]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(`${broken}: objectives[0].keyResults[0].type:`);
    expect(stderr).toContain(`${broken}: objectives[0].keyResults[1].id: duplicate key result id "kr1"`);
  });

  it('exits 2 on usage errors, saying what was wrong', async () => {
    expect((await run([])).stderr).toContain('goalkit lint: missing FILE');
    for (const [args, text] of [
      [[clean, '--format', 'xml'], '--format must be stylish, json or sarif (got "xml")'],
      [[clean, '--locale', 'fr'], '--locale must be en or de (got "fr")'],
      [[clean, '--max-warnings', 'many'], '--max-warnings must be a whole number of 0 or more (got "many")'],
      [[clean, '--as-of', '2026-02-30'], '--as-of must be a calendar date'],
      [[clean, '--fix'], "Unknown option '--fix'"],
      [[join(dir, 'missing.yaml')], 'no such file'],
    ] as const) {
      const result = await run([...args]);
      expect(result.exitCode, text).toBe(2);
      expect(result.stderr, text).toContain(text);
    }
  });

  it('exits 2 for a bad config, listing every problem with its path', async () => {
    const config = write('bad.config.json', {
      extends: 'loose',
      rules: { 'specific/too-short': 'loud', 'no/such-rule': 'off' },
    });
    const { exitCode, stderr } = await run([clean, '--config', config]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(`${config}: extends: must be "recommended" or "strict" (got "loose")`);
    expect(stderr).toContain(`${config}: rules["specific/too-short"]: must be "off", "warn" or "error"`);
    expect(stderr).toContain(`${config}: rules["no/such-rule"]: there is no rule "no/such-rule"`);
    const notJson = write('broken.config.json', '{ "extends": ');
    expect((await run([clean, '--config', notJson])).stderr).toContain('not valid JSON');
  });
});

describe('goalkit lint --config', () => {
  it('applies severities and options from the config file', async () => {
    const config = write('strict.config.json', {
      extends: 'recommended',
      rules: { 'measurable/no-unit': 'error', 'structure/too-few-key-results': ['warn', { min: 3 }] },
    });
    const { exitCode, stdout } = await run([
      warningsOnly,
      '--config',
      config,
      '--as-of',
      '2025-12-01',
      '--format',
      'json',
    ]);
    expect(exitCode).toBe(1);
    const messages = JSON.parse(stdout).files[0].objectives[0].messages;
    expect(
      messages.map((message: { ruleId: string; severity: string }) => `${message.ruleId} ${message.severity}`),
    ).toEqual(['structure/too-few-key-results warning', 'measurable/no-unit error', 'measurable/no-unit error']);
  });
});

describe('goalkit lint --format json', () => {
  it('prints exactly the documented shape and nothing else', async () => {
    const { exitCode, stdout, stderr } = await run([example, '--as-of', '2026-02-15', '--format', 'json']);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['files', 'errorCount', 'warningCount']);
    expect(result.errorCount).toBe(0);
    expect(result.warningCount).toBe(7);
    const [file] = result.files;
    expect(file.file).toBe(example);
    expect(file.objectives.map((objective: { id: string }) => objective.id)).toEqual(['o0', 'o1']);
    const o1 = file.objectives[1];
    expect(Object.keys(o1)).toEqual(['id', 'smart', 'messages']);
    expect(Object.keys(o1.smart)).toEqual(['specific', 'measurable', 'achievable', 'relevant', 'timeBound', 'overall']);
    expect(o1.messages[1]).toEqual({
      ruleId: 'time-bound/stale',
      severity: 'warning',
      category: 'time-bound',
      path: 'objectives[1].keyResults[1]',
      objectiveId: 'o1',
      keyResultId: 'kr2',
      message: 'No check-in yet, 45 days into the cycle (more than 14).',
      suggestion: 'Record a first check-in with the current value and your confidence.',
    });
  });

  it('speaks German with --locale de', async () => {
    const { stdout } = await run([draft, '--format', 'json', '--locale', 'de', '--as-of', '2025-12-01']);
    const messages = JSON.parse(stdout).files[0].objectives[0].messages;
    expect(messages[0].message).toBe('Das Ziel hat keinen Verantwortlichen.');
  });
});

describe('goalkit lint --format stylish', () => {
  it('groups messages by objective with SMART scores, rule ids and suggestions, and a summary', async () => {
    const { stdout } = await run([draft, '--as-of', '2025-12-01']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(draft);
    expect(lines[1]).toMatch(/^ {2}o1 {2}Grow revenue by 30% {2}SMART \d+ \(S \d+ · M \d+ · A \d+ · R \d+ · T \d+\)$/);
    expect(stdout).toMatch(/ {4}objective +error +The objective has no owner\. +specific\/missing-owner/);
    expect(stdout).toMatch(/ {4}keyResults\[1\] kr2 +error +An increase needs a target above its start/);
    expect(stdout).toContain('→ Raise the target, or use type: decrease if the number should go down.');
    expect(stdout).not.toContain('\u001b[');
    expect(lines.at(-2)).toMatch(/^✖ \d+ problems \(3 errors, \d+ warnings\)$/);
  });

  it('colours only on a terminal without NO_COLOR', async () => {
    expect((await run([draft, '--as-of', '2025-12-01'], { isTTY: true })).stdout).toContain('\u001b[31m');
    expect((await run([draft, '--as-of', '2025-12-01'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(
      '\u001b[',
    );
  });
});

describe('goalkit lint --format sarif', () => {
  it('prints SARIF 2.1.0 with rule metadata and results located by file and JSON path', async () => {
    const { exitCode, stdout } = await run([draft, clean, '--format', 'sarif', '--as-of', '2025-12-01']);
    expect(exitCode).toBe(1);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toContain('sarif-2.1.0');
    const [run0] = sarif.runs;
    expect(run0.tool.driver.name).toBe('goalkit');
    const rules = run0.tool.driver.rules;
    expect(rules.map((rule: { id: string }) => rule.id)).toContain('measurable/no-target');
    const noTarget = rules.find((rule: { id: string }) => rule.id === 'measurable/no-target');
    expect(noTarget).toMatchObject({
      defaultConfiguration: { level: 'error' },
      shortDescription: { text: expect.any(String) },
    });
    expect(
      rules.find((rule: { id: string }) => rule.id === 'achievable/low-confidence').defaultConfiguration.level,
    ).toBe('none');
    expect(run0.artifacts).toEqual([{ location: { uri: draft } }, { location: { uri: clean } }]);
    const result = run0.results.find((item: { ruleId: string }) => item.ruleId === 'measurable/no-target');
    expect(result).toMatchObject({
      level: 'error',
      ruleIndex: rules.indexOf(noTarget),
      message: { text: expect.stringContaining('has no target') },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: draft, index: 0 } },
          logicalLocations: [{ fullyQualifiedName: 'objectives[0].keyResults[0].target', name: 'kr1', kind: 'member' }],
        },
      ],
    });
    expect(run0.results.every((item: { level: string }) => item.level === 'error' || item.level === 'warning')).toBe(
      true,
    );
  });
});
