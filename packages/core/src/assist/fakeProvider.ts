import type { DraftKeyResult, DraftObjective } from '../model/documentSchema.js';
import type {
  Agenda,
  AssistTask,
  CompetencyGap,
  DevelopmentGoalsOutput,
  ObjectiveProposal,
  PrepareAgendaInput,
  SuggestDevelopmentGoalsInput,
  SummariseCheckInsInput,
  SummariseFeedbackInput,
  Summary,
} from './schemas.js';
import type { AiProvider, AssistOutput, AssistRequest } from './types.js';

/** A scripted answer: a value, or a function of the request's input (it may throw or return a promise). */
export type FakeAnswer =
  | ((input: unknown, request: AssistRequest) => unknown)
  | Record<string, unknown>
  | readonly unknown[]
  | string
  | number
  | boolean
  | null;

/** Options of {@link createFakeProvider}. */
export interface FakeProviderOptions {
  /**
   * The provider's id.
   * @default 'fake'
   */
  id?: string;
  /**
   * Scripted answers by task, used instead of the built-in ones, so a test can make the provider
   * return a worse rewrite, a bad citation or malformed output. Not checked: anything goes.
   */
  answers?: Partial<Record<AssistTask, FakeAnswer>>;
}

/** A deterministic {@link AiProvider} that records its requests. */
export interface FakeProvider extends AiProvider {
  /** Every request received, in order (what a real model would have been sent). */
  readonly requests: AssistRequest[];
}

const METRIC_TOKEN = /\d|%|€|\$/;
const STOP_WORDS = new Set(['a', 'an', 'the', 'to', 'we', 'our', 'i', 'my', 'want', 'should', 'by', 'in', 'of', 'and']);

function words(text: string): string[] {
  return text
    .replace(/[.!?]+$/u, '')
    .split(/\s+/u)
    .filter((word) => word !== '');
}

/** A title without numbers, percentages or currency amounts, capitalised, of at least three words. */
function cleanTitle(text: string): string {
  const kept = words(text).filter((word) => !METRIC_TOKEN.test(word));
  while (kept.length > 0 && ['by', 'to', 'from', 'in', 'at'].includes((kept.at(-1) as string).toLowerCase()))
    kept.pop();
  if (kept.length < 3) kept.push('for', 'our', 'customers');
  const title = kept.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Two or three lower-case words that say what the sentence is about. */
function topicOf(text: string): string {
  const content = words(text)
    .filter((word) => !METRIC_TOKEN.test(word))
    .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((word) => word !== '' && !STOP_WORDS.has(word));
  return content.slice(-2).join(' ') || 'the goal';
}

/** A small number derived from text: the same text always gives the same number. */
function digest(text: string): number {
  let hash = 0;
  for (let index = 0; index < text.length; index++) hash = (hash * 31 + text.charCodeAt(index)) % 997;
  return hash;
}

function measuredKeyResults(topic: string, seed: number): ObjectiveProposal['keyResults'] {
  const start = 10 + (seed % 30);
  const target = start + 15;
  return [
    {
      id: 'kr1',
      title: `Raise ${topic} adoption from ${start}% to ${target}%`,
      type: 'increase',
      start,
      target,
      unit: '%',
    },
    {
      id: 'kr2',
      title: `Keep support tickets about ${topic} at or below ${20 + (seed % 20)} a week`,
      type: 'at-most',
      target: 20 + (seed % 20),
      unit: 'tickets',
    },
  ];
}

function draftAnswer(input: { sentence: string }): ObjectiveProposal {
  return {
    title: cleanTitle(input.sentence),
    keyResults: measuredKeyResults(topicOf(input.sentence), digest(input.sentence)),
  };
}

const NUMERIC = new Set(['increase', 'decrease', 'at-least', 'at-most']);

/** Fills what a numeric key result lacks: a baseline, a target and a unit, and says them in the title. */
function rewriteKeyResult(keyResult: DraftKeyResult): ObjectiveProposal['keyResults'][number] {
  const plan: Record<string, unknown> = { ...keyResult };
  delete plan.checkIns;
  delete plan.current;
  delete plan.done;
  if (Array.isArray(plan.milestones)) {
    plan.milestones = plan.milestones.map(({ title, weight, due }: Record<string, unknown>) => {
      const kept: Record<string, unknown> = { title };
      if (weight !== undefined) kept.weight = weight;
      if (due !== undefined) kept.due = due;
      return kept;
    });
  }
  if (NUMERIC.has(keyResult.type)) {
    const decreasing = keyResult.type === 'decrease' || keyResult.type === 'at-most';
    if ((keyResult.type === 'increase' || keyResult.type === 'decrease') && plan.start === undefined) plan.start = 0;
    const start = typeof plan.start === 'number' ? plan.start : 0;
    if (plan.target === undefined) plan.target = decreasing ? Math.max(0, start - 10) : start + 10;
    if (plan.unit === undefined) plan.unit = '%';
    if (!/\d/.test(keyResult.title)) {
      const unit = plan.unit === '%' ? '%' : ` ${plan.unit}`;
      const from = plan.start === undefined ? '' : ` from ${plan.start}${unit}`;
      plan.title = `${keyResult.title}${from} to ${plan.target}${unit}`;
    }
  }
  return plan as ObjectiveProposal['keyResults'][number];
}

function rewriteAnswer(input: { objective: DraftObjective }): ObjectiveProposal {
  const { objective } = input;
  const keyResults = objective.keyResults.map(rewriteKeyResult);
  const extras = measuredKeyResults(topicOf(objective.title), digest(objective.title));
  for (const extra of extras) {
    if (keyResults.length >= 2) break;
    let id = extra.id;
    while (keyResults.some((item) => item.id === id)) id = `${id}-new`;
    keyResults.push({ ...extra, id });
  }
  const proposal: ObjectiveProposal = { title: cleanTitle(objective.title), keyResults };
  if (objective.id !== undefined) proposal.id = objective.id;
  if (objective.description !== undefined) proposal.description = objective.description;
  return proposal;
}

function byDateThenId<T extends { id: string; at?: string | undefined }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.at ?? '').localeCompare(b.at ?? '') || a.id.localeCompare(b.id));
}

function quote(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function checkInsAnswer(input: SummariseCheckInsInput): Summary {
  const checkIns = byDateThenId(input.checkIns);
  const first = checkIns[0];
  const last = checkIns.at(-1);
  if (first === undefined || last === undefined) return { sentences: [] };
  const unit = input.keyResult.unit ?? '';
  const sentences: Summary['sentences'] = [
    {
      text: `${checkIns.length} check-ins on "${input.keyResult.title}" between ${first.at} and ${last.at}.`,
      cites: [first.id, last.id],
    },
  ];
  if (first.value !== undefined && last.value !== undefined) {
    sentences.push({
      text: `It moved from ${String(first.value)}${unit} to ${String(last.value)}${unit}.`,
      cites: [first.id, last.id],
    });
  }
  const noted = checkIns.filter((checkIn) => checkIn.note !== undefined && checkIn.note !== '');
  const latestNote = noted.at(-1);
  if (latestNote !== undefined) {
    sentences.push({ text: `The latest note says: "${quote(latestNote.note ?? '')}"`, cites: [latestNote.id] });
  }
  return { sentences };
}

function feedbackAnswer(input: SummariseFeedbackInput): Summary {
  const entries = byDateThenId(input.entries);
  const subject = input.subject.name ?? input.subject.id;
  const sentences: Summary['sentences'] = [
    { text: `${entries.length} pieces of feedback on ${subject}.`, cites: entries.map((entry) => entry.id) },
  ];
  for (const entry of entries.slice(0, 3)) {
    sentences.push({ text: `${entry.author ?? 'Someone'} wrote: "${quote(entry.text)}"`, cites: [entry.id] });
  }
  return { sentences };
}

function developmentAnswer(input: SuggestDevelopmentGoalsInput): DevelopmentGoalsOutput {
  const gaps = [...input.gaps]
    .filter((gap) => gap.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.competencyId.localeCompare(b.competencyId))
    .slice(0, 3);
  return {
    goals: gaps.map((gap: CompetencyGap) => {
      const name = gap.name ?? gap.competencyId;
      const projects = Math.max(2, Math.ceil(gap.gap * 2));
      return {
        competencyId: gap.competencyId,
        objective: {
          id: `development-${gap.competencyId}`,
          title: `Grow my ${name} skills to the expected level`,
          keyResults: [
            {
              id: 'kr1',
              title: `Complete ${projects} practice projects that use ${name}`,
              type: 'at-least',
              target: projects,
              unit: 'projects',
            },
            {
              id: 'kr2',
              title: `Collect feedback on ${name} from 3 colleagues`,
              type: 'at-least',
              target: 3,
              unit: 'colleagues',
            },
          ],
        },
        rationale: `${name} is ${gap.gap} below the expected ${gap.expected}.`,
      };
    }),
  };
}

const AGENDA_ORDER = ['talking-point', 'objective', 'key-result', 'check-in', 'feedback'];

function agendaAnswer(input: PrepareAgendaInput): Agenda {
  const rank = (kind: string | undefined) => {
    const index = AGENDA_ORDER.indexOf(kind ?? '');
    return index === -1 ? AGENDA_ORDER.length : index;
  };
  const entries = [...input.entries]
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.id.localeCompare(b.id))
    .slice(0, 6);
  return { items: entries.map((entry) => ({ text: `Discuss: ${quote(entry.text)}`, cites: [entry.id] })) };
}

const BUILT_IN: { [TTask in AssistTask]: (input: never) => AssistOutput<TTask> } = {
  'draft-objective': draftAnswer,
  'rewrite-smart': rewriteAnswer,
  'summarise-check-ins': checkInsAnswer,
  'summarise-feedback': feedbackAnswer,
  'suggest-development-goals': developmentAnswer,
  'prepare-agenda': agendaAnswer,
};

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
}

/**
 * A deterministic {@link AiProvider} for tests and Storybook: plausible answers computed from the
 * input alone (no randomness, no clock, no network), or the scripted `answers`. It honours `signal`
 * and records every request in `requests`.
 */
export function createFakeProvider(options: FakeProviderOptions = {}): FakeProvider {
  const requests: AssistRequest[] = [];
  const answers = options.answers ?? {};
  return {
    id: options.id ?? 'fake',
    requests,
    async complete<TTask extends AssistTask>(request: AssistRequest<TTask>): Promise<AssistOutput<TTask>> {
      requests.push(request as AssistRequest);
      if (request.signal?.aborted) throw abortError(request.signal);
      if (Object.hasOwn(answers, request.task)) {
        const scripted = answers[request.task];
        const value =
          typeof scripted === 'function'
            ? await (scripted as (input: unknown, request: AssistRequest) => unknown)(
                request.input,
                request as AssistRequest,
              )
            : scripted;
        return structuredClone(value) as AssistOutput<TTask>;
      }
      const answer = BUILT_IN[request.task] as (input: unknown) => AssistOutput<TTask>;
      return answer(request.input);
    },
  };
}
