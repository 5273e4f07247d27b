import type { Cycle, DraftObjective, GoalkitDraft, Owner } from '../model/documentSchema.js';
import type { TitleInfo } from './titleInfo.js';

/** The group a rule belongs to: the five SMART letters, plus the shape of the OKR itself. */
export type RuleCategory = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'time-bound' | 'structure';

/** A SMART letter, as named in {@link SmartScore}. */
export type SmartLetter = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

/** How a rule is configured: `off`, or on with the severity its findings get. */
export type RuleSeverity = 'off' | 'warn' | 'error';

/** The severity of one reported message (`warn` is reported as `warning`, as in SARIF and ESLint's JSON). */
export type MessageSeverity = 'error' | 'warning';

export type { LintLocale } from './wordLists.js';

/** Parameters of a message, filled into the catalog's sentence. */
export type MessageData = Readonly<Record<string, string | number>>;

/** What an option value may be: plain data, so a config file can hold it. */
export type RuleOptionValue = number | boolean | string | readonly string[];

/** A rule's options: plain data with a default for every key. */
export type RuleOptions = Readonly<Record<string, RuleOptionValue>>;

/** A rule's documentation, rendered into the README and SARIF rule metadata. */
export interface RuleDocs {
  /** What the rule checks, in one sentence. */
  description: string;
  /** Why it matters. */
  why: string;
  /** A goal the rule flags. */
  bad: string;
  /** The same goal written so the rule is satisfied. */
  good: string;
}

/** A fix that keeps the goal's intent: set `value` at `field` of the item the finding is about. */
export interface FindingFix {
  /** A path relative to the item, such as `type`. */
  field: string;
  /** The new value. */
  value: unknown;
}

/** What a rule reports; the engine adds the rule id, severity, paths and text. */
export interface Finding {
  /** The index of the key result the finding is about; omitted for the objective itself. */
  keyResult?: number;
  /** The field the finding concerns, relative to the item (`start`, `milestones[1].due`), so an editor can show it there. */
  field?: string;
  /** The catalog entry for the message and suggestion. */
  messageId: string;
  /** Parameters of the message. */
  data?: MessageData;
  /** A safe fix, when one exists. */
  fix?: FindingFix;
}

/** What a rule about one objective sees. */
export interface ObjectiveRuleContext<TOptions extends RuleOptions = RuleOptions> {
  /** The objective being linted (a draft: owner, cycle and numbers may be missing). */
  readonly objective: DraftObjective;
  /** Its cycle, when it names one that is known. */
  readonly cycle: Cycle | undefined;
  /** Its owner, when it names one that is known. */
  readonly owner: Owner | undefined;
  /** The lint date as a UTC day number, when one was given; rules that need "today" do nothing without it. */
  readonly asOf: number | undefined;
  /**
   * The UTC day number the objective started counting (its approval, or creation), from the `activeSince`
   * option; `Infinity` for one that has not started (a draft or a proposal); `undefined` when not given.
   */
  readonly since: number | undefined;
  /** The rule's options, defaults filled in. */
  readonly options: TOptions;
  /** The words of a title and what they contain, computed once per title. */
  title(text: string): TitleInfo;
  /** Reports a finding. */
  report(finding: Finding): void;
}

/** What a rule about the whole document sees. */
export interface DocumentRuleContext<TOptions extends RuleOptions = RuleOptions> {
  /** The document being linted. */
  readonly document: GoalkitDraft;
  /** Cycles by id. */
  readonly cycles: ReadonlyMap<string, Cycle>;
  /** Owners by id. */
  readonly owners: ReadonlyMap<string, Owner>;
  /** Objective index by id (the first objective with that id). */
  readonly objectiveIndex: ReadonlyMap<string, number>;
  /** The lint date as a UTC day number, when one was given. */
  readonly asOf: number | undefined;
  /** The rule's options, defaults filled in. */
  readonly options: TOptions;
  /** Reports a finding about the objective at `objectiveIndex`. */
  report(objectiveIndex: number, finding: Finding): void;
}

interface RuleBase<TOptions extends RuleOptions> {
  /** `category/name`, fixed once published. */
  readonly id: string;
  /** The rule's group. */
  readonly category: RuleCategory;
  /** The SMART letter its findings lower (the category's own, or the nearest one for structure rules). */
  readonly letter: SmartLetter;
  /** Severity when a preset turns it on. */
  readonly severity: 'warn' | 'error';
  /** Whether the `recommended` preset turns it on (`strict` turns every rule on). */
  readonly recommended: boolean;
  /** SMART points the first finding costs its letter; each further finding of the rule on one objective costs half. */
  readonly points: number;
  /** Documentation. */
  readonly docs: RuleDocs;
  /** Every message id the rule reports, each present in every catalog. */
  readonly messageIds: readonly string[];
  /** Option defaults; a config may override any of them. */
  readonly defaultOptions: TOptions;
  /** Allowed values of string and string-list options. */
  readonly optionChoices?: Readonly<Record<string, readonly string[]>>;
}

/** A rule that looks at one objective on its own (cheap enough to run on every keystroke). */
export interface ObjectiveRule<TOptions extends RuleOptions = RuleOptions> extends RuleBase<TOptions> {
  readonly scope: 'objective';
  check(context: ObjectiveRuleContext<TOptions>): void;
}

/** A rule that needs the other goals of the document (alignment, load per owner). */
export interface DocumentRule<TOptions extends RuleOptions = RuleOptions> extends RuleBase<TOptions> {
  readonly scope: 'document';
  check(context: DocumentRuleContext<TOptions>): void;
}

/** Any rule. */
export type Rule = ObjectiveRule | DocumentRule;

/** A fix ready to apply: set `value` at `path` (a path into the document). */
export interface LintFix {
  /** Such as `objectives[0].keyResults[1].type`. */
  path: string;
  /** The new value. */
  value: unknown;
}

/**
 * One message of the linter, with its text in the requested language. `message` and `suggestion`
 * are rendered when first read (a 10,000-objective lint builds no text nobody reads);
 * `JSON.stringify` includes them.
 */
export interface LintMessage {
  /** The rule's id, such as `measurable/no-baseline`. */
  ruleId: string;
  /** `error` or `warning`, from the configuration. */
  severity: MessageSeverity;
  /** The rule's category. */
  category: RuleCategory;
  /** The SMART letter the finding lowers. */
  letter: SmartLetter;
  /** The objective or key result concerned, such as `objectives[0].keyResults[1]`. */
  path: string;
  /** The field concerned, relative to `path`, when there is one. */
  field?: string | undefined;
  /** The objective's id. */
  objectiveId: string;
  /** The key result's id, when the message is about one. */
  keyResultId?: string | undefined;
  /** The catalog entry. */
  messageId: string;
  /** Parameters of the message, for rendering it in another language with {@link formatLintMessage}. */
  data: MessageData;
  /** The message text. */
  message: string;
  /** A rewrite hint, when there is one. */
  suggestion?: string | undefined;
  /** A safe fix, when there is one. */
  fix?: LintFix | undefined;
}

/** What one finding costs one SMART letter. */
export interface SmartCost {
  /** The letter that loses the points. */
  letter: SmartLetter;
  /** Points lost. */
  points: number;
  /** The finding. */
  message: LintMessage;
}

/** A SMART score per letter, each 0–100, and overall (the rounded mean of the five letters). */
export interface SmartScore {
  specific: number;
  measurable: number;
  achievable: number;
  relevant: number;
  timeBound: number;
  overall: number;
  /** The findings that cost points, in message order. */
  costs: SmartCost[];
}

/** The lint result of one objective. */
export interface ObjectiveLintResult {
  /** The objective's id. */
  objectiveId: string;
  /** The objective's path, such as `objectives[3]`. */
  path: string;
  /** Its messages: objective first, then key results in order. */
  messages: LintMessage[];
  /** Its SMART score. */
  smart: SmartScore;
  /** Messages with severity `error`. */
  errorCount: number;
  /** Messages with severity `warning`. */
  warningCount: number;
}

/** The lint result of a document. */
export interface DocumentLintResult {
  /** One result per objective, in document order. */
  objectives: ObjectiveLintResult[];
  /** Errors in all objectives. */
  errorCount: number;
  /** Warnings in all objectives. */
  warningCount: number;
}
