import { formatPercent, getMessages } from '../i18n/messages.js';
import { getObjectiveCardMessages } from '../i18n/objectiveCardMessages.js';
import type { Contribution, Explanation } from '../scoring/types.js';
import { type ProgressInput, scoreProgress } from './connectProgress.js';
import { type AttrBag, part } from './types.js';
import type { KeyResultData, ObjectiveData } from './widgetData.js';

/** What an objective card shows. */
export interface ObjectiveCardInput {
  readonly objective: ObjectiveData;
  /** The owner's display name. @default objective.ownerId */
  readonly ownerName?: string | undefined;
  /** The cycle's display name. @default objective.cycleId */
  readonly cycleName?: string | undefined;
  /** The title of the objective this one aligns to. */
  readonly parentTitle?: string | undefined;
  /** The SMART score, 0–100, from the linter. */
  readonly smartScore?: number | undefined;
  /**
   * Why the progress is what it is, from the core scorer's `explain()`. Without it the card explains
   * the key-result roll-up from the key results' weights and progress.
   */
  readonly explanation?: Explanation | undefined;
  /** Whether the key results are shown. @default false */
  readonly expanded?: boolean | undefined;
  /** Whether the explanation is shown. @default false */
  readonly explaining?: boolean | undefined;
  /** A prefix for element ids, unique on the page (React's `useId()`). @default 'gk-objective' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** One line of the explanation, indented by `depth`. */
export interface ExplanationLine {
  readonly id: string;
  readonly depth: number;
  readonly text: string;
  readonly counted: boolean;
  readonly item: AttrBag;
}

/** The objective card's view-model. */
export interface ObjectiveCardView {
  readonly titleText: string;
  readonly stateText: string | undefined;
  readonly statusText: string;
  /** "Private" on a private goal, else `undefined`. */
  readonly privateText: string | undefined;
  /** The owner's own status beside the computed one, with its reason ("Owner says: at risk — …"). */
  readonly manualStatusText: string | undefined;
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly progress: ProgressInput;
  readonly keyResults: readonly KeyResultData[];
  readonly expanded: boolean;
  readonly explaining: boolean;
  readonly toggleText: string;
  readonly explainText: string;
  readonly keyResultsHeading: string;
  readonly noKeyResultsText: string;
  readonly explanationHeading: string;
  readonly explanation: readonly ExplanationLine[];
  readonly root: AttrBag;
  readonly header: AttrBag;
  readonly title: AttrBag;
  readonly status: AttrBag;
  readonly privateBadge: AttrBag;
  readonly manualStatus: AttrBag;
  readonly factList: AttrBag;
  /** Holds the two toggles. */
  readonly actions: AttrBag;
  readonly toggle: AttrBag;
  readonly explainToggle: AttrBag;
  readonly keyResultList: AttrBag;
  readonly explanationPanel: AttrBag;
}

/** The key-result roll-up of an objective as contributions: weight share × progress. */
export function explainFromKeyResults(objective: ObjectiveData): Explanation {
  let total = objective.keyResults.reduce((sum, kr) => sum + (kr.weight ?? 1), 0);
  // Weights are finite but may be huge, and two of them can add up to Infinity: then share the
  // weights divided by the largest, as the scoring engine's roll-up does.
  let scale = 1;
  if (total === Number.POSITIVE_INFINITY) {
    scale = objective.keyResults.reduce((largest, kr) => Math.max(largest, kr.weight ?? 1), 0);
    total = objective.keyResults.reduce((sum, kr) => sum + (kr.weight ?? 1) / scale, 0);
  }
  const items = objective.keyResults.map((kr): Contribution => {
    const weight = kr.weight ?? 1;
    const share = total > 0 ? weight / scale / total : 0;
    return {
      kind: 'key-result',
      id: kr.id,
      title: kr.title,
      progress: kr.score.progress,
      weight,
      share,
      contribution: share * kr.score.progress,
      counted: weight > 0,
      items: [],
    };
  });
  return { id: objective.id, title: objective.title, progress: objective.score.progress, items, lines: [] };
}

/** Compute the objective card's anatomy from its input. */
export function connectObjectiveCard(input: ObjectiveCardInput): ObjectiveCardView {
  const locale = input.locale ?? 'en';
  const messages = getMessages(locale);
  const objectiveCardText = getObjectiveCardMessages(locale);
  const t = objectiveCardText;
  const o = input.objective;
  const idBase = input.idBase ?? 'gk-objective';
  const expanded = input.expanded ?? false;
  const explaining = input.explaining ?? false;
  const pct = (n: number) => formatPercent(n, locale);

  const explanation: ExplanationLine[] = [];
  const walk = (items: readonly Contribution[], depth: number) => {
    for (const item of items) {
      explanation.push({
        id: `${item.kind}:${item.id}`,
        depth,
        counted: item.counted,
        text: item.counted
          ? t.contribution({
              title: item.title,
              progress: pct(item.progress),
              share: pct(item.share),
              contribution: pct(item.contribution),
            })
          : t.notCounted({ title: item.title, progress: pct(item.progress) }),
        item: part('objective-card', 'explanation-item', {
          'data-depth': depth,
          'data-counted': item.counted ? undefined : 'false',
          style: { '--gk-depth': String(depth) },
        }),
      });
      walk(item.items, depth + 1);
    }
  };
  const source = input.explanation ?? explainFromKeyResults(o);
  walk(source.items, 0);

  const facts: { label: string; value: string }[] = [
    { label: t.owner, value: input.ownerName ?? o.ownerId },
    { label: t.cycle, value: input.cycleName ?? o.cycleId },
  ];
  if (o.parentId) facts.push({ label: t.alignsTo, value: input.parentTitle ?? o.parentId });
  if (input.smartScore !== undefined) {
    facts.push({ label: 'SMART', value: t.smartScore(String(Math.round(input.smartScore))) });
  }

  const keyResultsId = `${idBase}-key-results`;
  const explanationId = `${idBase}-explanation`;
  const titleId = `${idBase}-title`;
  return {
    titleText: o.title,
    stateText: o.state ? messages.state[o.state] : undefined,
    statusText: messages.status[o.score.status],
    privateText: o.visibility === 'private' ? t.privateBadge : undefined,
    manualStatusText: o.manualStatus
      ? t.ownerSays({ status: messages.status[o.manualStatus.status], note: o.manualStatus.note })
      : undefined,
    facts,
    progress: scoreProgress(o.score, t.progressOf(o.title), locale),
    keyResults: o.keyResults,
    expanded,
    explaining,
    toggleText: expanded ? t.hideKeyResults : t.showKeyResults(o.keyResults.length),
    explainText: explaining ? t.hideExplain : t.explain,
    keyResultsHeading: t.keyResults,
    noKeyResultsText: t.noKeyResults,
    explanationHeading: t.explainHeading(pct(source.progress)),
    explanation,
    root: part('objective-card', 'root', {
      'data-status': o.score.status,
      // The goal's lifecycle (draft, proposed, active, closed); `data-state` is for loading, error and empty.
      'data-lifecycle': o.state,
      'data-expanded': expanded ? '' : undefined,
      'aria-labelledby': titleId,
    }),
    header: part('objective-card', 'header'),
    title: part('objective-card', 'title', { id: titleId }),
    status: part('objective-card', 'status', { 'data-status': o.score.status }),
    privateBadge: part('objective-card', 'private-badge'),
    manualStatus: part('objective-card', 'manual-status', { 'data-status': o.manualStatus?.status }),
    factList: part('objective-card', 'facts'),
    actions: part('objective-card', 'actions'),
    toggle: part('objective-card', 'toggle', {
      type: 'button',
      'aria-label': t.of(expanded ? t.hideKeyResults : t.showKeyResults(o.keyResults.length), o.title),
      'aria-expanded': expanded ? 'true' : 'false',
      'aria-controls': keyResultsId,
    }),
    explainToggle: part('objective-card', 'explain-toggle', {
      type: 'button',
      'aria-label': t.of(explaining ? t.hideExplain : t.explain, o.title),
      'aria-expanded': explaining ? 'true' : 'false',
      'aria-controls': explanationId,
    }),
    keyResultList: part('objective-card', 'key-results', { id: keyResultsId, hidden: expanded ? undefined : true }),
    // A group, not a region: every card has one, and a page of cards must not fill up with landmarks.
    explanationPanel: part('objective-card', 'explanation', {
      role: 'group',
      id: explanationId,
      hidden: explaining ? undefined : true,
    }),
  };
}
