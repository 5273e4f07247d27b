import type { Cycle, DraftObjective, Owner } from '../model/documentSchema.js';
import { dayNumber, dayNumberOfDate } from '../scoring/dayNumber.js';
import { type ActiveRule, type LintConfig, type ResolvedLintConfig, resolveLintConfig } from './lintConfig.js';
import { LINT_CATALOGS, type LintCatalog, lintLocaleOf, type MessageTemplate } from './lintMessages.js';
import { scoreWithPoints } from './smartScore.js';
import { analyzeTitle, type TitleInfo } from './titleInfo.js';
import type {
  Finding,
  LintFix,
  LintLocale,
  LintMessage,
  MessageData,
  MessageSeverity,
  ObjectiveLintResult,
  ObjectiveRuleContext,
  RuleCategory,
  RuleOptions,
  SmartLetter,
} from './types.js';
import { compileWords, LINT_LOCALES, type WordDictionary } from './wordLists.js';

/** Options shared by {@link lintObjective} and `lintDocument`. */
export interface LintOptions {
  /**
   * The configuration: a preset with overrides, or one resolved with `resolveLintConfig`.
   * @default { extends: 'recommended' }
   */
  config?: LintConfig | ResolvedLintConfig;
  /**
   * The lint date (`YYYY-MM-DD` or a `Date`, read as a UTC day) for rules about "now" (stale
   * check-ins, mid-cycle forecasts). Without it those rules stay silent; nothing reads the clock.
   */
  asOf?: string | Date;
  /**
   * The language of messages and suggestions (a BCP 47 tag; `de-CH` uses German).
   * @default 'en'
   */
  locale?: string;
  /**
   * The languages whose word lists the text rules check (goals are often written in a mix).
   * @default ['en', 'de']
   */
  languages?: readonly LintLocale[];
}

/** Options of {@link lintObjective}. */
export interface LintObjectiveOptions extends LintOptions {
  /** The cycles and owners of the document the objective belongs to, to resolve its cycle and owner. */
  document?: { cycles?: readonly Cycle[]; owners?: readonly Owner[] };
  /**
   * The objective's position in its document, for message paths (`objectives[3]`).
   * @default 0
   */
  index?: number;
}

/** Everything a lint run needs, resolved once per call. */
export interface LintEnvironment {
  readonly config: ResolvedLintConfig;
  readonly asOf: number | undefined;
  readonly catalog: LintCatalog;
  readonly fallback: LintCatalog;
  readonly words: WordDictionary;
}

/** Resolves the options of a lint call. */
export function lintEnvironment(options: LintOptions): LintEnvironment {
  let asOf: number | undefined;
  if (options.asOf !== undefined) {
    asOf = options.asOf instanceof Date ? dayNumberOfDate(options.asOf) : dayNumber(options.asOf);
    if (Number.isNaN(asOf)) {
      throw new RangeError(
        `asOf must be a calendar date written YYYY-MM-DD or a valid Date (got ${JSON.stringify(String(options.asOf))})`,
      );
    }
  }
  return {
    config: resolveLintConfig(options.config),
    asOf,
    catalog: LINT_CATALOGS[lintLocaleOf(options.locale)],
    fallback: LINT_CATALOGS.en,
    words: compileWords(options.languages ?? LINT_LOCALES),
  };
}

const EMPTY_DATA: MessageData = Object.freeze({});

/** A {@link LintMessage} whose text is rendered from its template on first read. */
class RenderedMessage implements LintMessage {
  ruleId: string;
  severity: MessageSeverity;
  category: RuleCategory;
  letter: SmartLetter;
  path: string;
  field: string | undefined;
  objectiveId: string;
  keyResultId: string | undefined;
  messageId: string;
  data: MessageData;
  fix: LintFix | undefined;
  #template: MessageTemplate | undefined;
  #message: string | undefined;

  constructor(
    active: ActiveRule,
    template: MessageTemplate | undefined,
    objective: DraftObjective,
    objectivePath: string,
    finding: Finding,
  ) {
    const k = finding.keyResult;
    this.ruleId = active.rule.id;
    this.severity = active.severity;
    this.category = active.rule.category;
    this.letter = active.rule.letter;
    this.path = k === undefined ? objectivePath : `${objectivePath}.keyResults[${k}]`;
    this.field = finding.field;
    this.objectiveId = objective.id;
    this.keyResultId = k === undefined ? undefined : objective.keyResults[k]?.id;
    this.messageId = finding.messageId;
    this.data = finding.data ?? EMPTY_DATA;
    this.fix =
      finding.fix === undefined ? undefined : { path: `${this.path}.${finding.fix.field}`, value: finding.fix.value };
    this.#template = template;
  }

  get message(): string {
    this.#message ??= this.#template === undefined ? this.messageId : this.#template.message(this.data);
    return this.#message;
  }

  get suggestion(): string | undefined {
    return this.#template?.suggestion?.(this.data);
  }

  /** A plain copy with the text, for `JSON.stringify` and structured cloning. */
  toJSON(): LintMessage {
    const plain: LintMessage = {
      ruleId: this.ruleId,
      severity: this.severity,
      category: this.category,
      letter: this.letter,
      path: this.path,
      objectiveId: this.objectiveId,
      messageId: this.messageId,
      data: this.data,
      message: this.message,
    };
    if (this.field !== undefined) plain.field = this.field;
    if (this.keyResultId !== undefined) plain.keyResultId = this.keyResultId;
    const suggestion = this.suggestion;
    if (suggestion !== undefined) plain.suggestion = suggestion;
    if (this.fix !== undefined) plain.fix = this.fix;
    return plain;
  }
}

/** Turns a finding into a message with its paths; its text is rendered when read. */
export function toLintMessage(
  env: LintEnvironment,
  active: ActiveRule,
  objective: DraftObjective,
  objectivePath: string,
  finding: Finding,
): LintMessage {
  const template = env.catalog[finding.messageId] ?? env.fallback[finding.messageId];
  return new RenderedMessage(active, template, objective, objectivePath, finding);
}

/** An objective's messages while they are collected, with what sorting and scoring need. */
export interface MessageBucket {
  readonly messages: LintMessage[];
  /** -1 for the objective, else the key result index. */
  readonly order: number[];
  /** SMART points of each message. */
  readonly points: number[];
}

/** A new, empty {@link MessageBucket}. */
export function newBucket(): MessageBucket {
  return { messages: [], order: [], points: [] };
}

/** The bucket of objectives without findings, shared until a finding arrives: most objectives have none. */
export const EMPTY_BUCKET: MessageBucket = Object.freeze({ messages: [], order: [], points: [] });

/** Adds a finding to a bucket. */
export function collect(
  bucket: MessageBucket,
  env: LintEnvironment,
  active: ActiveRule,
  objective: DraftObjective,
  objectivePath: string,
  finding: Finding,
): void {
  bucket.messages.push(toLintMessage(env, active, objective, objectivePath, finding));
  bucket.order.push(finding.keyResult ?? -1);
  bucket.points.push(active.rule.points);
}

/** Sorts an objective's messages (objective first, then key results in order, stable) and scores them. */
export function finishObjective(objectiveId: string, path: string, bucket: MessageBucket): ObjectiveLintResult {
  if (bucket === EMPTY_BUCKET) {
    return { objectiveId, path, messages: [], smart: scoreWithPoints([], []), errorCount: 0, warningCount: 0 };
  }
  const { messages, order, points } = bucket;
  for (let i = 1; i < messages.length; i++) {
    const key = order[i] as number;
    if ((order[i - 1] as number) <= key) continue;
    const message = messages[i] as LintMessage;
    const point = points[i] as number;
    let j = i - 1;
    while (j >= 0 && (order[j] as number) > key) {
      order[j + 1] = order[j] as number;
      messages[j + 1] = messages[j] as LintMessage;
      points[j + 1] = points[j] as number;
      j--;
    }
    order[j + 1] = key;
    messages[j + 1] = message;
    points[j + 1] = point;
  }
  let errorCount = 0;
  for (const message of messages) if (message.severity === 'error') errorCount++;
  return {
    objectiveId,
    path,
    messages,
    smart: scoreWithPoints(messages, points),
    errorCount,
    warningCount: messages.length - errorCount,
  };
}

const NO_OPTIONS: RuleOptions = Object.freeze({});

/**
 * Runs the objective rules of one lint call, objective after objective. It is the context the
 * rules see, reused for every objective so a 10,000-objective document allocates no contexts.
 */
export class ObjectiveRunner implements ObjectiveRuleContext {
  objective: DraftObjective = { id: '', title: '', keyResults: [] };
  cycle: Cycle | undefined;
  owner: Owner | undefined;
  readonly asOf: number | undefined;
  options: RuleOptions = NO_OPTIONS;
  #env: LintEnvironment;
  #path = '';
  #bucket: MessageBucket = newBucket();
  #active: ActiveRule | undefined;
  // Rules ask for the same few titles (the objective's and its key results'): a short list beats a
  // map, and its TitleInfo objects are reused from objective to objective (rules keep none).
  #titleTexts: string[] = [];
  #titleInfos: TitleInfo[] = [];
  #titleCount = 0;

  constructor(env: LintEnvironment) {
    this.#env = env;
    this.asOf = env.asOf;
  }

  /** Lints one objective and returns its messages, unsorted. */
  run(objective: DraftObjective, path: string, cycle: Cycle | undefined, owner: Owner | undefined): MessageBucket {
    this.objective = objective.keyResults === undefined ? { ...objective, keyResults: [] } : objective;
    this.cycle = cycle;
    this.owner = owner;
    this.#path = path;
    this.#bucket = EMPTY_BUCKET;
    this.#titleCount = 0;
    for (const active of this.#env.config.objectiveRules) {
      this.#active = active;
      this.options = active.options;
      active.rule.check(this);
    }
    return this.#bucket;
  }

  title(text: string): TitleInfo {
    const texts = this.#titleTexts;
    const count = this.#titleCount;
    for (let index = 0; index < count; index++) {
      if (texts[index] === text) return this.#titleInfos[index] as TitleInfo;
    }
    const info = analyzeTitle(text, this.#env.words, this.#titleInfos[count]);
    texts[count] = text;
    this.#titleInfos[count] = info;
    this.#titleCount = count + 1;
    return info;
  }

  report(finding: Finding): void {
    if (this.#active === undefined) return;
    if (this.#bucket === EMPTY_BUCKET) this.#bucket = newBucket();
    collect(this.#bucket, this.#env, this.#active, this.objective, this.#path, finding);
  }
}

/**
 * Lints one objective on its own: the rules that need no other objective, fast enough to run on
 * every keystroke in an editor. Pass the document's cycles and owners so cycle and owner rules
 * can resolve them. Accepts a draft: owner, cycle, start, target, min and max may be missing.
 *
 * @throws {LintConfigError} for an invalid `config`; {RangeError} for an invalid `asOf`.
 */
export function lintObjective(objective: DraftObjective, options: LintObjectiveOptions = {}): ObjectiveLintResult {
  const env = lintEnvironment(options);
  const path = `objectives[${options.index ?? 0}]`;
  const cycle =
    objective.cycle === undefined ? undefined : options.document?.cycles?.find((item) => item.id === objective.cycle);
  const owner =
    objective.owner === undefined ? undefined : options.document?.owners?.find((item) => item.id === objective.owner);
  return finishObjective(objective.id, path, new ObjectiveRunner(env).run(objective, path, cycle, owner));
}
