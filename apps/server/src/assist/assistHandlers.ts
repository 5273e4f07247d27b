import type { Person } from '@goalkit/client';
import type { assistEndpoints } from '@goalkit/client/contract';
import {
  type AiProvider,
  ASSIST_TASKS,
  type AssistResult,
  type AssistTask,
  assist,
  type PrepareAgendaInput,
  type SummariseFeedbackInput,
} from '@goalkit/core/assist';
import type { LintObjectiveOptions } from '@goalkit/core/lint';
import type { DraftObjective } from '@goalkit/core/model';
import { notFound } from '../problems.js';
import type { GoalStore } from '../store.js';

/** The assistance routes of the contract. */
export type AssistRoute = keyof typeof assistEndpoints;

/** The routes that call the provider: never in a transaction, never replayed, limited on their own. */
export const ASSIST_CALLS: ReadonlySet<string> = new Set<AssistRoute>([
  'assistDraftObjective',
  'assistRewriteSmart',
  'assistSummariseCheckIns',
  'assistSummariseFeedback',
  'assistSuggestDevelopmentGoals',
  'assistPrepareAgenda',
]);

/** The part of the app's `Handler` these handlers use (importing the app's type would make a cycle). */
type Handler = (input: { person: Person; body: unknown }, store: GoalStore) => Promise<{ status: 200; body: unknown }>;

/** Most entries a summary or agenda is built from (the newest): a prompt stays a prompt. */
const MAX_ENTRIES = 200;
const day = (timestamp: string) => timestamp.slice(0, 10);

/**
 * How drafts and rewrites are linted: as the editor does, with the store's cycles and owners. A goal that
 * has not started (a new draft, a suggestion, a draft or proposal being rewritten) is not judged on
 * check-ins it could not have had: new ones are linted without a day, a rewritten one as not started.
 */
async function lintContext(
  store: GoalStore,
  rewrite?: { person: Person; objectiveId: string | undefined },
): Promise<LintObjectiveOptions> {
  const [cycles, owners] = await Promise.all([store.cycles(), store.owners()]);
  let timing: Pick<LintObjectiveOptions, 'asOf' | 'activeSince'> = {};
  if (rewrite) {
    const id = rewrite.objectiveId;
    const stored = id === undefined ? undefined : await store.getObjective(rewrite.person, id).catch(() => undefined);
    const started = stored?.state === 'active' || stored?.state === 'closed';
    timing = { asOf: store.today(), ...(started || id === undefined ? {} : { activeSince: { [id]: null } }) };
  }
  return {
    ...timing,
    audience: 'form',
    document: {
      cycles: cycles.map((c) => ({ id: c.id, name: c.name, start: c.start, end: c.end })),
      owners: owners.map((o) => ({
        id: o.id,
        name: o.name,
        kind: o.kind === 'org' || o.kind === 'person' ? o.kind : 'team',
      })),
    },
  };
}

/**
 * A core result as the contract sends it. Nothing that is not the caller's goes back: a refused
 * citation's ids and path (a model could name an entry the caller may not see) and a provider's error
 * (it may quote the prompt) are replaced by a plain message; `cause` never leaves the server.
 */
function reply(result: AssistResult<AssistTask>): { status: 200; body: unknown } {
  if (!result.ok) {
    const { task, reason, path, ruleIds, ids, original } = result;
    let message = result.message;
    if (reason === 'invisible-citation')
      message = 'The answer cited entries that are not among those you may see, so it was refused. Try again.';
    if (reason === 'provider-error')
      message = 'The AI provider failed to answer. Try again later; if it keeps failing, tell your administrator.';
    if (reason === 'aborted') message = 'The request was cancelled before the AI provider answered.';
    const hidden = reason === 'invisible-citation';
    return {
      status: 200,
      body: {
        ok: false,
        task,
        reason,
        message,
        ...(path === undefined || hidden ? {} : { path }),
        ...(ruleIds === undefined ? {} : { ruleIds }),
        ...(ids === undefined || hidden ? {} : { ids }),
        ...(original === undefined ? {} : { original }),
      },
    };
  }
  switch (result.task) {
    case 'draft-objective':
    case 'rewrite-smart': {
      const { ok, task, value, original, smart } = result;
      return { status: 200, body: { ok, task, value, original, smart } };
    }
    case 'suggest-development-goals': {
      const { ok, task, value, refused } = result;
      return {
        status: 200,
        body: {
          ok,
          task,
          value: value.map(({ competencyId, objective, rationale }) => ({
            competencyId,
            objective,
            ...(rationale === undefined ? {} : { rationale }),
          })),
          refused,
        },
      };
    }
    default: {
      const { ok, task, value, cited } = result;
      return { status: 200, body: { ok, task, value, cited } };
    }
  }
}

/** The comments on one objective the caller may see, as feedback entries. */
async function feedbackOn(store: GoalStore, person: Person, objectiveId: string) {
  return (await store.comments(person, objectiveId)).map((c) => ({
    id: c.id,
    text: c.body,
    at: day(c.createdAt),
    author: c.authorName,
    kind: c.kind,
  }));
}

/**
 * The feedback on a person or an objective, read only from what the caller may see: an objective the
 * caller may not see is 404, as on `GET /objectives/{id}`; a person's feedback is the comments on their
 * objectives that the caller may see (none of a private goal of theirs the caller may not see).
 */
async function feedbackInput(
  store: GoalStore,
  person: Person,
  subject: { kind: 'person' | 'objective'; id: string },
): Promise<SummariseFeedbackInput> {
  if (subject.kind === 'objective') {
    const objective = await store.getObjective(person, subject.id);
    const entries = await feedbackOn(store, person, objective.id);
    return { subject: { kind: 'objective', id: objective.id, name: objective.title }, entries: newest(entries) };
  }
  const about = await store.person(subject.id);
  if (!about) throw notFound(`Person ${JSON.stringify(subject.id)}`);
  const entries: SummariseFeedbackInput['entries'] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listObjectives(person, { owner: about.id, limit: 100, ...(cursor ? { cursor } : {}) });
    for (const objective of page.items) entries.push(...(await feedbackOn(store, person, objective.id)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && entries.length < MAX_ENTRIES * 2);
  return { subject: { kind: 'person', id: about.id, name: about.name }, entries: newest(entries) };
}

/** The newest entries, oldest first. */
function newest<T extends { at?: string | undefined }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => (a.at ?? '').localeCompare(b.at ?? '')).slice(-MAX_ENTRIES);
}

/**
 * A 1:1 agenda's entries, from the meeting as the caller sees it (they must be in it): shared talking
 * points and the caller's own private ones (never another person's), action items, and the suggestions
 * from the participants' goals the caller may see. No notes: not the shared ones, never private ones.
 */
async function agendaInput(store: GoalStore, person: Person, meetingId: string): Promise<PrepareAgendaInput> {
  const meeting = await store.meetings.get(person, meetingId);
  const entries: PrepareAgendaInput['entries'] = [];
  for (const point of meeting.talkingPoints) {
    if (point.visibility !== 'shared' && point.authorId !== person.id) continue;
    if (point.done) continue;
    entries.push({ id: point.id, kind: 'talking-point', text: point.text, at: day(point.createdAt) });
  }
  for (const item of [...meeting.openActionItems, ...meeting.actionItems]) {
    if (item.doneAt !== null) continue;
    entries.push({
      id: item.id,
      kind: 'action-item',
      text: `${item.text} (${item.ownerName})`,
      ...(item.due ? { at: item.due } : {}),
    });
  }
  for (const suggestion of meeting.suggestions) {
    entries.push({
      id: suggestion.keyResultId ?? suggestion.objectiveId,
      kind: `goal-${suggestion.kind}`,
      text: suggestion.text,
    });
  }
  return { participants: meeting.participants.map((p) => ({ id: p.id, name: p.name })), entries };
}

/**
 * The assistance routes' handlers. Without a provider, `GET /assist` offers nothing and every task is
 * 404, as if the routes were not there. With one, each handler builds the task's input from what the
 * caller may see (the store's own access checks), passes those ids as `visibleIds`, and answers core's
 * result. Nothing of a prompt or an answer is logged.
 */
export function assistHandlers(provider: AiProvider | undefined): Record<AssistRoute, Handler> {
  const run = async <TTask extends AssistTask>(
    task: TTask,
    input: unknown,
    context: { visibleIds?: Iterable<string>; lint?: LintObjectiveOptions },
  ) => {
    if (!provider) throw notFound(`POST /assist/${task}`);
    return reply(await assist(provider, task, input as never, context));
  };
  const offered = () => {
    if (!provider) throw notFound('AI assistance (this server was started without a provider)');
  };
  return {
    getAssist: async () => ({ status: 200, body: { tasks: provider ? [...ASSIST_TASKS] : [] } }),
    assistDraftObjective: async ({ person, body }, store) => {
      offered();
      const { sentence, owner, cycle, parent } = body as {
        sentence: string;
        owner?: string;
        cycle?: string;
        parent?: string;
      };
      if (parent !== undefined) await store.getObjective(person, parent);
      const input = { sentence, owner: owner ?? person.id, ...(cycle ? { cycle } : {}), ...(parent ? { parent } : {}) };
      return run('draft-objective', input, { lint: await lintContext(store) });
    },
    assistRewriteSmart: async ({ person, body }, store) => {
      offered();
      const { objective } = body as { objective: DraftObjective };
      const lint = await lintContext(store, { person, objectiveId: objective.id });
      return run('rewrite-smart', { objective }, { lint });
    },
    assistSummariseCheckIns: async ({ person, body }, store) => {
      offered();
      const { keyResultId } = body as { keyResultId: string };
      const objective = await store.objectiveOfKeyResult(person, keyResultId);
      const keyResult = objective.keyResults.find((kr) => kr.id === keyResultId);
      if (!keyResult) throw notFound(`Key result ${JSON.stringify(keyResultId)}`);
      const checkIns = newest(
        (await store.checkIns(person, keyResultId)).map((c) => ({
          id: c.id,
          at: day(c.at),
          ...(c.value === null ? {} : { value: c.value }),
          ...(c.confidence === null ? {} : { confidence: c.confidence }),
          ...(c.note ? { note: c.note } : {}),
        })),
      );
      const kr = keyResult as { start?: number | null; target?: number | null; unit?: string | null };
      const input = {
        keyResult: {
          id: keyResult.id,
          title: keyResult.title,
          type: keyResult.type,
          ...(kr.unit ? { unit: kr.unit } : {}),
          ...(typeof kr.start === 'number' ? { start: kr.start } : {}),
          ...(typeof kr.target === 'number' ? { target: kr.target } : {}),
        },
        checkIns,
      };
      return run('summarise-check-ins', input, { visibleIds: checkIns.map((c) => c.id) });
    },
    assistSummariseFeedback: async ({ person, body }, store) => {
      offered();
      const { subject } = body as { subject: { kind: 'person' | 'objective'; id: string } };
      const input = await feedbackInput(store, person, subject);
      return run('summarise-feedback', input, { visibleIds: input.entries.map((e) => e.id) });
    },
    assistSuggestDevelopmentGoals: async ({ person, body }, store) => {
      offered();
      const { gaps, cycle } = body as { gaps: unknown[]; cycle?: string };
      const input = { gaps, owner: person.id, ...(cycle ? { cycle } : {}) };
      return run('suggest-development-goals', input, { lint: await lintContext(store) });
    },
    assistPrepareAgenda: async ({ person, body }, store) => {
      offered();
      const { meetingId } = body as { meetingId: string };
      const input = await agendaInput(store, person, meetingId);
      return run('prepare-agenda', input, { visibleIds: input.entries.map((e) => e.id) });
    },
  };
}
