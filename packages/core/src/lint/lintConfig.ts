import type { ValidationProblem } from '../model/goalkitValidationError.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import type {
  DocumentRule,
  MessageSeverity,
  ObjectiveRule,
  Rule,
  RuleOptions,
  RuleOptionValue,
  RuleSeverity,
} from './types.js';

/** The built-in presets. */
export type LintPreset = 'recommended' | 'strict';

/** One rule's setting: a severity, or a severity with options (`["warn", { "max": 4 }]`). */
export type RuleEntry =
  | RuleSeverity
  | readonly [RuleSeverity]
  | readonly [RuleSeverity, Readonly<Record<string, RuleOptionValue>>];

/** A lint configuration, as in `goalkit.config.json`. */
export interface LintConfig {
  /**
   * The preset the rule settings start from: `recommended` turns on the recommended rules at their
   * default severity; `strict` turns on every rule as an error.
   * @default 'recommended'
   */
  extends?: LintPreset;
  /** Per-rule overrides by rule id. */
  rules?: Readonly<Record<string, RuleEntry>>;
}

/** A rule that is on, with its severity and options. */
export interface ActiveRule<TRule extends Rule = Rule> {
  readonly rule: TRule;
  readonly severity: MessageSeverity;
  readonly options: RuleOptions;
}

/** A configuration checked and resolved once, ready to lint with (pass it as `config` to skip resolving again). */
export interface ResolvedLintConfig {
  /** Active rules about one objective, in rule order. */
  readonly objectiveRules: readonly ActiveRule<ObjectiveRule>[];
  /** Active rules about the whole document, in rule order. */
  readonly documentRules: readonly ActiveRule<DocumentRule>[];
}

/** Thrown by {@link resolveLintConfig} for a configuration that cannot be used; lists every problem. */
export class LintConfigError extends Error {
  /** Every problem found, each with a path into the configuration. */
  readonly problems: readonly ValidationProblem[];

  constructor(problems: readonly ValidationProblem[]) {
    const lines = problems.map((problem) => `  ${problem.path || '(config)'}: ${problem.message}`);
    super(
      `The lint configuration has ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}:\n${lines.join('\n')}`,
    );
    this.name = 'LintConfigError';
    this.problems = problems;
  }
}

const SEVERITIES: readonly string[] = ['off', 'warn', 'error'];
const PRESETS: readonly string[] = ['recommended', 'strict'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

function nearestRuleIds(id: string): string {
  const name = id.split('/').pop() ?? id;
  const close = RULES.filter((rule) => rule.id.endsWith(`/${name}`) || rule.id.startsWith(`${id.split('/')[0]}/`))
    .slice(0, 4)
    .map((rule) => rule.id);
  return close.length > 0 ? ` (did you mean ${close.join(', ')}?)` : '';
}

function checkOption(rule: Rule, key: string, value: unknown, path: string, problems: ValidationProblem[]): void {
  const fallback = rule.defaultOptions[key];
  if (fallback === undefined) {
    const known = Object.keys(rule.defaultOptions);
    problems.push({
      path,
      message: `${rule.id} has no option "${key}"; ${known.length > 0 ? `its options are ${known.join(', ')}` : 'it takes no options'}`,
    });
    return;
  }
  if (typeof fallback === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problems.push({ path, message: `must be a number of 0 or more, such as ${fallback} (got ${describe(value)})` });
    }
  } else if (typeof fallback === 'boolean' || typeof fallback === 'string') {
    if (typeof value !== typeof fallback) {
      problems.push({
        path,
        message: `must be ${typeof fallback === 'boolean' ? 'true or false' : 'text'} (got ${describe(value)})`,
      });
    }
  } else {
    const choices = rule.optionChoices?.[key];
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      problems.push({
        path,
        message: `must be a list of text such as ${JSON.stringify(fallback)} (got ${describe(value)})`,
      });
    } else if (choices !== undefined) {
      value.forEach((item: string, index) => {
        if (!choices.includes(item)) {
          problems.push({ path: `${path}[${index}]`, message: `"${item}" is not allowed; use ${choices.join(', ')}` });
        }
      });
    }
  }
}

/**
 * Lists every problem of a lint configuration (parsed from `goalkit.config.json`) without throwing;
 * an empty list means it can be used.
 */
export function findLintConfigProblems(input: unknown): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!isRecord(input)) {
    return [
      {
        path: '',
        message: `must be an object such as { "extends": "recommended", "rules": {} } (got ${describe(input)})`,
      },
    ];
  }
  for (const key of Object.keys(input)) {
    if (key !== 'extends' && key !== 'rules') {
      problems.push({ path: key, message: `"${key}" is not a lint config field; use "extends" and "rules"` });
    }
  }
  if (input.extends !== undefined && !PRESETS.includes(input.extends as string)) {
    problems.push({ path: 'extends', message: `must be "recommended" or "strict" (got ${describe(input.extends)})` });
  }
  if (input.rules === undefined) return problems;
  if (!isRecord(input.rules)) {
    problems.push({
      path: 'rules',
      message: `must be an object of rule ids to "off", "warn" or "error" (got ${describe(input.rules)})`,
    });
    return problems;
  }
  for (const [id, entry] of Object.entries(input.rules)) {
    const path = `rules[${JSON.stringify(id)}]`;
    const rule = RULES_BY_ID.get(id);
    if (rule === undefined) {
      problems.push({
        path,
        message: `there is no rule "${id}"${nearestRuleIds(id)}; see the rule list in the @goalkit/core README`,
      });
      continue;
    }
    const severity = Array.isArray(entry) ? entry[0] : entry;
    if (!SEVERITIES.includes(severity as string)) {
      problems.push({
        path: Array.isArray(entry) ? `${path}[0]` : path,
        message: `must be "off", "warn" or "error"${Array.isArray(entry) ? '' : ', or ["warn", { …options }]'} (got ${describe(severity)})`,
      });
    }
    if (!Array.isArray(entry)) continue;
    if (entry.length > 2)
      problems.push({ path, message: 'must have at most two items: a severity and an options object' });
    const options: unknown = entry[1];
    if (options === undefined) continue;
    if (!isRecord(options)) {
      problems.push({ path: `${path}[1]`, message: `must be an options object (got ${describe(options)})` });
      continue;
    }
    for (const [key, value] of Object.entries(options)) checkOption(rule, key, value, `${path}[1].${key}`, problems);
  }
  return problems;
}

/** The settings of a preset: rule id → severity. */
export function presetRules(preset: LintPreset): Readonly<Record<string, RuleSeverity>> {
  const rules: Record<string, RuleSeverity> = {};
  for (const rule of RULES) {
    rules[rule.id] = preset === 'strict' ? 'error' : rule.recommended ? rule.severity : 'off';
  }
  return rules;
}

const resolvedConfigs = new WeakMap<object, ResolvedLintConfig>();
let defaultConfig: ResolvedLintConfig | undefined;

function isResolved(config: LintConfig | ResolvedLintConfig): config is ResolvedLintConfig {
  return 'objectiveRules' in config;
}

/**
 * Checks and resolves a configuration: preset, then overrides, options merged over the defaults.
 * Results are cached per configuration object, so passing the same object on every keystroke is cheap.
 *
 * @throws {LintConfigError} listing every problem with its path.
 */
export function resolveLintConfig(config?: LintConfig | ResolvedLintConfig): ResolvedLintConfig {
  if (config === undefined) {
    defaultConfig ??= resolveLintConfig({});
    return defaultConfig;
  }
  if (isResolved(config)) return config;
  const cached = resolvedConfigs.get(config);
  if (cached !== undefined) return cached;
  const problems = findLintConfigProblems(config);
  if (problems.length > 0) throw new LintConfigError(problems);
  const base = presetRules(config.extends ?? 'recommended');
  const objectiveRules: ActiveRule<ObjectiveRule>[] = [];
  const documentRules: ActiveRule<DocumentRule>[] = [];
  for (const rule of RULES) {
    const entry = config.rules?.[rule.id];
    const severity = entry === undefined ? base[rule.id] : typeof entry === 'string' ? entry : entry[0];
    if (severity === undefined || severity === 'off') continue;
    const overrides = Array.isArray(entry) ? entry[1] : undefined;
    const settings = {
      severity: severity === 'error' ? ('error' as const) : ('warning' as const),
      options: overrides === undefined ? rule.defaultOptions : { ...rule.defaultOptions, ...overrides },
    };
    if (rule.scope === 'objective') objectiveRules.push({ rule, ...settings });
    else documentRules.push({ rule, ...settings });
  }
  const resolved: ResolvedLintConfig = { objectiveRules, documentRules };
  resolvedConfigs.set(config, resolved);
  return resolved;
}
