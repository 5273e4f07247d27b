import type { LintReport, Person } from '@goalkit/client';
import { toLintReport } from '@goalkit/client/contract';
import { lintDocument } from '@goalkit/core/lint';
import type { DraftKeyResult, GoalkitDraft } from '@goalkit/core/model';
import { notFound } from '../problems.js';
import type { StoreContext } from './context.js';
import { coreCheckIn, jsonOrNull, type KeyResultData } from './rows.js';
import { groupBy } from './scores.js';

/**
 * The linter's report for one objective, in the context of the goals the person may see (alignment,
 * load per owner, duplicates), read in draft mode so incomplete goals are findings. Goals hidden from
 * the person are not in that context: no count or duplicate title gives them away.
 */
export async function lintReport(
  ctx: StoreContext,
  person: Person,
  objectiveId: string,
  locale: string | undefined,
): Promise<LintReport> {
  await ctx.guards.visibleObjective(person, objectiveId);
  const result = lintDocument(await draftDocument(ctx, person), {
    asOf: ctx.today(),
    audience: 'form',
    activeSince: await activeSince(ctx),
    ...(locale === 'de' ? { locale: 'de' as const } : {}),
  });
  const report = result.objectives.find((o) => o.objectiveId === objectiveId);
  if (!report) throw notFound(`Objective ${JSON.stringify(objectiveId)}`);
  return toLintReport(report);
}

/**
 * When each objective started counting, for the linter's staleness: the day it was last approved (or
 * created, when it never went through approval); `null` for drafts and proposals.
 */
async function activeSince(ctx: StoreContext): Promise<Record<string, string | null>> {
  const approved = await ctx.repository.approvedAt();
  const since: Record<string, string | null> = {};
  for (const row of await ctx.repository.objectives()) {
    since[row.id] =
      row.state === 'draft' || row.state === 'proposed' ? null : (approved.get(row.id) ?? row.created_at).slice(0, 10);
  }
  return since;
}

const DRAFT_FIELDS = [
  'description',
  'start',
  'target',
  'min',
  'max',
  'unit',
  'weight',
  'due',
  'targets',
  'scoring',
] as const;

/** The goals `person` may see as a draft document, with links to hidden parents cut. */
async function draftDocument(ctx: StoreContext, person: Person): Promise<GoalkitDraft> {
  const visible = new Set(
    (await ctx.views.listIndex()).filter((row) => ctx.access.canSee(person, row)).map((row) => row.id),
  );
  const all = await ctx.scores.document(ctx.repository, false);
  const checkInsByKr = groupBy(await ctx.repository.checkIns(), (c) => c.key_result_id);
  const byObjective = new Map<string, DraftKeyResult[]>();
  for (const row of await ctx.repository.keyResults()) {
    const data = JSON.parse(row.data) as KeyResultData;
    const current = jsonOrNull(row.current);
    const draft: Record<string, unknown> = { id: row.id, title: data.title, type: data.type, checkIns: [] };
    for (const field of DRAFT_FIELDS) {
      if (data[field] !== undefined && data[field] !== null) draft[field] = data[field];
    }
    if (data.unitKind) draft['unit-kind'] = data.unitKind;
    if (data.type === 'milestones') {
      draft.milestones = (data.milestones ?? []).map((m) => ({
        title: m.title,
        done: m.done,
        ...(m.weight === undefined ? {} : { weight: m.weight }),
        ...(m.due ? { due: m.due } : {}),
      }));
    }
    if (data.type === 'boolean') draft.done = current === true || current === 1;
    else if (typeof current === 'number' && data.type !== 'milestones') draft.current = current;
    draft.checkIns = (checkInsByKr.get(row.id) ?? [])
      .map(coreCheckIn)
      .filter((c) => data.type === 'milestones' || c.value !== null)
      .map((c) => ({
        at: c.at,
        ...(data.type === 'milestones' ? {} : { value: c.value }),
        ...(c.confidence === null ? {} : { confidence: c.confidence }),
      }));
    const list = byObjective.get(row.objective_id);
    if (list) list.push(draft as DraftKeyResult);
    else byObjective.set(row.objective_id, [draft as DraftKeyResult]);
  }
  return {
    ...all,
    objectives: all.objectives
      .filter((o) => visible.has(o.id))
      .map(({ parent, ...o }) => ({
        ...o,
        ...(parent !== undefined && visible.has(parent) ? { parent } : {}),
        keyResults: byObjective.get(o.id) ?? [],
      })),
  };
}
