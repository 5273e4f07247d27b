import type { Analytics, AnalyticsMetric, Person } from '@goalkit/client';
import { calibratedForecast, confidenceCalibration, programHealth, trendRow } from '@goalkit/core/analytics';
import { createScorer } from '@goalkit/core/scoring';
import { badRequest } from '../problems.js';
import type { StoreContext } from './context.js';
import { cadencePolicies } from './rhythm.js';

const ALL: readonly AnalyticsMetric[] = ['checkIns', 'alignment', 'quality', 'outcomes', 'calibration', 'forecast'];

/**
 * `GET /analytics`: core's analytics over the organisation's document, counting only the goals the caller
 * may see, for a cycle and optionally an owner's scope (the owner and everyone below), as of today.
 * Every aggregate over people is hidden below `k` people (core's `kAnonymous`).
 */
export async function analyticsFor(
  ctx: StoreContext,
  actor: Person,
  query: { cycle: string; owner?: string; metrics?: string },
  k: number,
): Promise<Analytics> {
  await ctx.ready();
  const repository = ctx.repository;
  // Every link to a parent (alignment counts them all); scores from the document the server scores with,
  // where a child counts in its parent only as it does on the cards.
  const [document, scored, rows, policies] = await Promise.all([
    ctx.scores.document(repository, false),
    ctx.scores.document(repository),
    repository.objectives(),
    cadencePolicies(ctx),
  ]);
  const cycle = document.cycles.find((c) => c.id === query.cycle);
  if (!cycle)
    throw badRequest([{ path: 'cycle', message: `is not a cycle here (${JSON.stringify(query.cycle)})` }], 400);
  if (query.owner !== undefined && !document.owners.some((o) => o.id === query.owner))
    throw badRequest([{ path: 'owner', message: `is not an owner here (${JSON.stringify(query.owner)})` }], 400);
  const seen = new Set(rows.filter((row) => ctx.access.canSee(actor, row)).map((row) => row.id));
  const approvedIds = new Set(rows.filter((row) => row.state === 'active' || row.state === 'closed').map((r) => r.id));
  const metrics = new Set<AnalyticsMetric>(
    query.metrics
      ? (query.metrics.split(',') as AnalyticsMetric[])
      : ALL.filter((m) => m !== 'forecast' || query.owner),
  );
  const today = ctx.today();
  // Check-in figures stand at the cycle's last day once it is over; outcomes and calibration as of today
  // (a closing check-in may come after the last day).
  const asOf = cycle.end < today ? cycle.end : today;
  // One scorer as of today, shared by every function that scores.
  const scorer = createScorer(scored, { asOf: today });
  const scoring = { scorer: () => scorer };
  const scope = {
    visible: (objective: { id: string }) => seen.has(objective.id),
    k,
    ...(query.owner === undefined ? {} : { ownerId: query.owner }),
  };
  // The cycles up to this one (by start), for the trends; closed ones for the calibration.
  const upTo = document.cycles.filter((c) => c.start <= cycle.start).sort((a, b) => (a.start < b.start ? -1 : 1));
  const closedIds = new Set((await repository.cycles()).filter((c) => c.closed).map((c) => c.id));
  const result: Analytics = { cycleId: cycle.id, ownerId: query.owner ?? null, asOf, k };
  // The cycle's figures, and each earlier cycle's for the trend (core's programHealth: the same figures
  // `goalkit analyze` prints).
  const healthOf = (id: string) =>
    programHealth(document, {
      ...scope,
      ...scoring,
      cycle: id,
      asOf: today,
      policies,
      approved: (objective) => approvedIds.has(objective.id),
    });
  if (['checkIns', 'alignment', 'outcomes', 'quality'].some((m) => metrics.has(m as AnalyticsMetric))) {
    const health = healthOf(cycle.id);
    if (metrics.has('checkIns')) result.checkIns = health.checkIns as Analytics['checkIns'];
    if (metrics.has('alignment')) result.alignment = health.alignment as Analytics['alignment'];
    if (metrics.has('outcomes')) result.outcomes = health.outcomes as Analytics['outcomes'];
    if (metrics.has('quality')) {
      const earlier = upTo.map((c) => (c.id === cycle.id ? health : healthOf(c.id)));
      result.quality = earlier.map((h) => ({
        cycleId: h.cycleId,
        cycleName: h.cycleName,
        quality: h.quality,
      })) as Analytics['quality'];
      result.trend = earlier.map(trendRow);
    }
  }
  if (metrics.has('calibration')) {
    const cycles = upTo.filter((c) => closedIds.has(c.id)).map((c) => c.id);
    result.calibration = confidenceCalibration(document, {
      ...scope,
      ...scoring,
      asOf: today,
      cycles,
    }) as Analytics['calibration'];
  }
  if (metrics.has('forecast') && query.owner !== undefined)
    result.forecast = calibratedForecast(document, {
      ...scope,
      ownerId: query.owner,
      asOf: today,
    }) as Analytics['forecast'];
  return result;
}
