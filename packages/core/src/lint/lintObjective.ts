import type { Cycle, DraftObjective, Owner } from '../model/documentSchema.js';
import { dayNumber, dayNumberOfDate } from '../scoring/dayNumber.js';
import { FORM_CATALOGS } from './formMessages.js';
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
  SmartScore,
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
  /**
   * Who reads the messages: `document` speaks of the document format's keys ("Add target: …"), for
   * goals kept as files (the CLI); `form` speaks of the fields a person sees in a goal form ("Enter a
   * Target …"), for the editors and the API.
   * @default 'document'
   */
  audience?: 'document' | 'form';
  /**
   * When each objective started counting, by objective id: the day (`YYYY-MM-DD`) it was approved (or
   * created, for goals that never went through approval). `time-bound/stale` counts "no check-in yet"
   * from that day rather than from the cycle's start, so a goal approved last week is not stale for the
   * weeks before it existed. `null`: not started yet (a draft or a proposal), never stale. Objectives
   * not listed count from the cycle's start.
   */
  activeSince?: Readonly<Record<string, string | null>>;
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
  readonly activeSince: Readonly<Record<string, string | null>> | undefined;
  readonly catalog: LintCatalog;
  readonly fallback: LintCatalog;
  readonly words: WordDictionary;
}

const formCatalogs: Partial<Record<LintLocale, LintCatalog>> = {};

/** The messages of a language for an audience: the form's wording over the document's. */
function catalogFor(locale: LintLocale, audience: 'document' | 'form'): LintCatalog {
  if (audience === 'document') return LINT_CATALOGS[locale];
  formCatalogs[locale] ??= { ...LINT_CATALOGS[locale], ...FORM_CATALOGS[locale] };
  return formCatalogs[locale];
}

/** The day an objective started counting, from the `activeSince` option (see {@link LintOptions}). */
function sinceOf(activeSince: LintEnvironment['activeSince'], id: string): number | undefined {
  if (activeSince === undefined || !Object.hasOwn(activeSince, id)) return undefined;
  const day = activeSince[id];
  if (day === null || day === undefined) return Number.POSITIVE_INFINITY;
  const number = dayNumber(day);
  if (Number.isNaN(number))
    throw new RangeError(`activeSince.${id} must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(day)})`);
  return number;
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
    activeSince: options.activeSince,
    catalog: catalogFor(lintLocaleOf(options.locale), options.audience ?? 'document'),
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
    path: string,
    finding: Finding,
  ) {
    const k = finding.keyResult;
    this.ruleId = active.rule.id;
    this.severity = active.severity;
    this.category = active.rule.category;
    this.letter = active.rule.letter;
    this.path = path;
    this.field = finding.field;
    this.objectiveId = objective.id;
    this.keyResultId = k === undefined ? undefined : objective.keyResults[k]?.id;
    this.messageId = finding.messageId;
    this.data = finding.data ?? EMPTY_DATA;
    this.fix =
      finding.fix === undefined ? undefined : { path: `${path}.${finding.fix.field}`, value: finding.fix.value };
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

/*
 * A document lint keeps a path for every objective and every key result with a message, so paths
 * are built from as few strings as possible. V8 keeps the result of a concatenation as a pair of
 * its parts once it has 13 characters or more: `objectives[${index}]` would be a pair of a pair
 * and a number (about 100 bytes); a pair of the prefix and a short flat `${index}]` is about half,
 * and a key result's path is a pair of its objective's path and a shared suffix.
 */

/** `.keyResults[0]`, `.keyResults[1]` …: the ends of key result paths, shared. */
const KEY_RESULT_SUFFIXES: readonly string[] = Array.from({ length: 16 }, (_, index) => `.keyResults[${index}]`);

/** The path of the objective at `index`: `objectives[3]`. */
export function objectivePath(index: number): string {
  return 'objectives['.concat(`${index}]`);
}

/** The path of a key result of the objective at `objectivePath`: `objectives[3].keyResults[1]`. */
function keyResultPath(objectivePath: string, keyResult: number): string {
  return objectivePath.concat(KEY_RESULT_SUFFIXES[keyResult] ?? `.keyResults[${keyResult}]`);
}

/**
 * Turns a finding into a message; its text is rendered when read. `path` is the path of what the
 * finding is about: the objective's, or its key result's for a finding with `keyResult`.
 */
function toLintMessage(
  env: LintEnvironment,
  active: ActiveRule,
  objective: DraftObjective,
  path: string,
  finding: Finding,
): LintMessage {
  const template = env.catalog[finding.messageId] ?? env.fallback[finding.messageId];
  return new RenderedMessage(active, template, objective, path, finding);
}

/** The messages of a document rule about one objective, merged into its result when it is linted. */
export interface MessageBucket {
  readonly messages: LintMessage[];
  /** -1 for the objective, else the key result index. */
  readonly order: number[];
  /** SMART points of each message. */
  readonly points: number[];
}

/** Adds a finding about the objective at `objectivePath` to a bucket, creating the bucket when there is none. */
export function collect(
  bucket: MessageBucket | undefined,
  env: LintEnvironment,
  active: ActiveRule,
  objective: DraftObjective,
  objectivePath: string,
  finding: Finding,
): MessageBucket {
  const target = bucket ?? { messages: [], order: [], points: [] };
  const k = finding.keyResult;
  const path = k === undefined ? objectivePath : keyResultPath(objectivePath, k);
  target.messages.push(toLintMessage(env, active, objective, path, finding));
  target.order.push(k ?? -1);
  target.points.push(active.rule.points);
  return target;
}

/**
 * An {@link ObjectiveLintResult}, built by a constructor rather than as an object literal, so V8
 * keeps it with its messages in the young generation (see `smartScore.ts`).
 */
class ObjectiveResult implements ObjectiveLintResult {
  objectiveId: string;
  path: string;
  messages: LintMessage[];
  smart: SmartScore;
  errorCount: number;
  warningCount: number;

  constructor(objectiveId: string, path: string, messages: LintMessage[], smart: SmartScore, errorCount: number) {
    this.objectiveId = objectiveId;
    this.path = path;
    this.messages = messages;
    this.smart = smart;
    this.errorCount = errorCount;
    this.warningCount = messages.length - errorCount;
  }
}

const NO_OPTIONS: RuleOptions = Object.freeze({});

/**
 * Runs the objective rules of one lint call, objective after objective, and builds each
 * objective's result. It is the context the rules see, reused for every objective: its scratch
 * lists are too, so a 10,000-objective document allocates no contexts and no working arrays, only
 * the results (with lists of their exact size).
 */
export class ObjectiveRunner implements ObjectiveRuleContext {
  objective: DraftObjective = { id: '', title: '', keyResults: [] };
  cycle: Cycle | undefined;
  readonly asOf: number | undefined;
  since: number | undefined;
  options: RuleOptions = NO_OPTIONS;
  #env: LintEnvironment;
  #owner: Owner | undefined;
  // With the owners of a document, the owner is looked up when a rule first asks for it (only
  // `relevant/unaligned` does, for objectives without a parent): most objectives need no lookup.
  #owners: ReadonlyMap<string, Owner> | undefined;
  #ownerPending = false;
  #path = '';
  #active: ActiveRule | undefined;
  // The messages of the current objective, with -1 (the objective) or the key result index of
  // each, for sorting, and its SMART points; only the first #count entries are current.
  #messages: LintMessage[] = [];
  #order: number[] = [];
  #points: number[] = [];
  #count = 0;
  // Several rules report on one key result: its path is built once per objective.
  #keyResultPaths: (string | undefined)[] = [];
  // Rules ask for the same few titles (the objective's and its key results'): a short list beats a
  // map, and its TitleInfo objects are reused from objective to objective (rules keep none).
  // A map of analyses shared by all objectives was tried and was no faster, even where titles
  // repeat: a lookup reads the title much as an analysis does, and the map keeps every analysis alive.
  #titleTexts: string[] = [];
  #titleInfos: TitleInfo[] = [];
  #titleCount = 0;

  /** `owners`: the owners of the document by id, to find each objective's (else pass it to {@link run}). */
  constructor(env: LintEnvironment, owners?: ReadonlyMap<string, Owner>) {
    this.#env = env;
    this.asOf = env.asOf;
    this.#owners = owners;
  }

  get owner(): Owner | undefined {
    if (this.#ownerPending) {
      const id = this.objective.owner;
      this.#owner = id === undefined ? undefined : this.#owners?.get(id);
      this.#ownerPending = false;
    }
    return this.#owner;
  }

  /** Lints one objective; {@link finish} then returns its result. */
  run(objective: DraftObjective, path: string, cycle: Cycle | undefined, owner?: Owner): void {
    this.objective = objective.keyResults === undefined ? { ...objective, keyResults: [] } : objective;
    this.cycle = cycle;
    this.since = sinceOf(this.#env.activeSince, objective.id);
    this.#owner = owner;
    this.#ownerPending = this.#owners !== undefined;
    this.#path = path;
    this.#count = 0;
    this.#titleCount = 0;
    this.#keyResultPaths.fill(undefined);
    for (const active of this.#env.config.objectiveRules) {
      this.#active = active;
      this.options = active.options;
      active.rule.check(this);
    }
    this.#active = undefined;
  }

  /** Adds the messages document rules reported about the current objective, after its own. */
  add(bucket: MessageBucket): void {
    const { messages, order, points } = bucket;
    for (let index = 0; index < messages.length; index++) {
      this.#push(messages[index] as LintMessage, order[index] as number, points[index] as number);
    }
  }

  /**
   * The result of the current objective: its messages sorted (objective first, then key results
   * in order, stable) and scored.
   */
  finish(): ObjectiveLintResult {
    const count = this.#count;
    const objectiveId = this.objective.id;
    const path = this.#path;
    if (count === 0) return new ObjectiveResult(objectiveId, path, [], scoreWithPoints([], []), 0);
    const messages = this.#messages;
    const order = this.#order;
    const points = this.#points;
    for (let i = 1; i < count; i++) {
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
    const result = messages.slice(0, count);
    let errorCount = 0;
    for (let index = 0; index < count; index++) if ((result[index] as LintMessage).severity === 'error') errorCount++;
    return new ObjectiveResult(objectiveId, path, result, scoreWithPoints(result, points), errorCount);
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
    const active = this.#active;
    if (active === undefined) return;
    const k = finding.keyResult;
    let path = this.#path;
    if (k !== undefined) {
      path = this.#keyResultPaths[k] ?? keyResultPath(path, k);
      this.#keyResultPaths[k] = path;
    }
    this.#push(toLintMessage(this.#env, active, this.objective, path, finding), k ?? -1, active.rule.points);
  }

  #push(message: LintMessage, order: number, points: number): void {
    const index = this.#count;
    this.#messages[index] = message;
    this.#order[index] = order;
    this.#points[index] = points;
    this.#count = index + 1;
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
  const path = objectivePath(options.index ?? 0);
  const cycle =
    objective.cycle === undefined ? undefined : options.document?.cycles?.find((item) => item.id === objective.cycle);
  const owner =
    objective.owner === undefined ? undefined : options.document?.owners?.find((item) => item.id === objective.owner);
  const runner = new ObjectiveRunner(env);
  runner.run(objective, path, cycle, owner);
  return runner.finish();
}
