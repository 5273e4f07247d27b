import type { KeyResult, LastSync, Objective, Person } from '@goalkit/client';
import type { DailyValue } from '@goalkit/core';
import { badRequest, notFound } from '../problems.js';
import type { StoreContext } from './context.js';
import { jsonOrNull, type KeyResultData, type KeyResultRow, randomId, type StoredEvent } from './rows.js';

type Source = NonNullable<KeyResultData['source']> & { lastSync?: LastSync | null; configuredById?: string };

/** What a pull needs to know before it goes out: the connector, its settings, the days that count, in whose name. */
export interface SyncTarget {
  keyResultId: string;
  connector: string;
  config: Record<string, unknown>;
  transform: NonNullable<Source['transform']> | undefined;
  /** Days outside are left out (the cycle, unless the key result takes values outside it; never after today). */
  window: { from?: string; to: string };
  /** Whose check-ins the values become: who set up the pull, else who asked for it. */
  authorId: string;
  /** The settings as they were when the pull went out: a sync recorded after they changed records nothing. */
  fingerprint: string;
}

const fingerprintOf = (source: Source) =>
  JSON.stringify([source.connector ?? null, source.config ?? null, source.transform ?? null]);

/**
 * The pull a key result is set up for. With an actor ("sync now"), they must be allowed to edit it; without
 * (the schedule), it is read as it is.
 */
export async function syncTarget(
  ctx: StoreContext,
  actor: Person | undefined,
  keyResultId: string,
): Promise<SyncTarget> {
  await ctx.ready();
  const { row, objective } = actor
    ? await ctx.guards.editableKeyResult(actor, keyResultId).then((r) => ({ row: r.keyResult, objective: r.objective }))
    : await (async () => {
        const row = await ctx.repository.keyResult(keyResultId);
        const objective = row && (await ctx.repository.objective(row.objective_id));
        if (!row || !objective) throw notFound(`Key result ${JSON.stringify(keyResultId)}`);
        return { row, objective };
      })();
  const data = JSON.parse(row.data) as KeyResultData;
  const source = data.source as Source | null | undefined;
  if (source?.mode !== 'pull' || !source.connector)
    throw badRequest([{ path: 'source.mode', message: 'is not "pull": this key result is not set up to pull values' }]);
  if (objective.state === 'closed')
    throw badRequest([{ path: 'state', message: 'the goal is closed: reopen it to record values' }]);
  const cycle = (await ctx.repository.cycles()).find((c) => c.id === objective.cycle_id);
  const today = ctx.today();
  // ISO days compare as text: the earlier of the cycle's last day and today.
  const [until] = [cycle?.end ?? today, today].sort();
  const window = cycle && !data.allowValuesOutsideCycle ? { from: cycle.start, to: until as string } : { to: today };
  return {
    keyResultId,
    connector: source.connector,
    config: source.config ?? {},
    transform: source.transform ?? undefined,
    window,
    authorId: source.configuredById ?? actor?.id ?? objective.owner_id,
    fingerprint: fingerprintOf(source),
  };
}

/** What a pull brought: the values of its days, or why it failed. */
export type PullOutcome = { ok: true; values: readonly DailyValue[] } | { ok: false; error: string };

/** The reply to "sync now": the key result and its objective after the sync, and the sync's outcome. */
export interface SyncResult {
  keyResult: KeyResult;
  objective: Objective;
  lastSync: LastSync;
}

/**
 * Record a pull's outcome in one transaction. Success: each day's value becomes (or replaces) that day's
 * check-in from the connector, the key result takes its latest day's value, and `lastSync` says how many
 * days changed. Failure: only `lastSync` changes (`ok: false` and the error): the value and the score stay,
 * and a `key-result.sync-failed` event goes out. One new version either way.
 */
export async function recordSync(
  ctx: StoreContext,
  viewer: Person | undefined,
  target: SyncTarget,
  outcome: PullOutcome,
): Promise<{ result: SyncResult | undefined; events: StoredEvent[] }> {
  return ctx.transaction(async (ctx) => {
    const row = await ctx.repository.keyResult(target.keyResultId);
    const objective = row && (await ctx.repository.objective(row.objective_id));
    if (!row || !objective) throw notFound(`Key result ${JSON.stringify(target.keyResultId)}`);
    const data = JSON.parse(row.data) as KeyResultData;
    const source = data.source as Source | null | undefined;
    const stamp = ctx.stamp();
    const reply = async (version: number): Promise<SyncResult | undefined> => {
      if (!viewer) return undefined;
      const fresh = await ctx.repository.objective(row.objective_id);
      const view = await ctx.views.objective(viewer, fresh ?? objective);
      const keyResult = view.keyResults.find((k) => k.id === row.id) as KeyResult;
      const lastSync = (keyResult.source?.lastSync ?? { at: stamp, ok: false, error: 'not recorded' }) as LastSync;
      return { keyResult: { ...keyResult, version }, objective: view, lastSync };
    };
    // The source changed while the pull was out: what it brought belongs to settings no longer there.
    if (source?.mode !== 'pull' || fingerprintOf(source) !== target.fingerprint)
      return { result: await reply(row.version), events: [] };

    if (!outcome.ok) {
      const lastSync: LastSync = { at: stamp, ok: false, error: outcome.error.slice(0, 500) };
      const version = await ctx.repository.setKeyResultData(
        row.id,
        JSON.stringify({ ...data, source: { ...source, lastSync } }),
        stamp,
      );
      const objectiveVersion = await ctx.repository.bumpObjective(row.objective_id, stamp);
      const events = [
        await ctx.event('key-result.sync-failed', row.objective_id, {
          objectiveId: row.objective_id,
          keyResultId: row.id,
          version,
        }),
        await ctx.event('objective.updated', row.objective_id, {
          objectiveId: row.objective_id,
          version: objectiveVersion,
        }),
      ];
      return { result: await reply(version), events };
    }

    const existing = new Map(
      (await ctx.repository.checkInsOf(row.id)).filter((c) => c.source === 'connector').map((c) => [c.at, c]),
    );
    let recorded = 0;
    let lastCheckInId: string | undefined;
    for (const { day, value } of outcome.values) {
      const stored = JSON.stringify(data.type === 'boolean' ? value !== 0 : value);
      const at = `${day}T00:00:00Z`;
      const before = existing.get(at);
      if (before?.value === stored) continue;
      const checkIn = before
        ? await ctx.repository.replaceCheckInValue(before.id, stored, before.note, target.connector, target.authorId)
        : await ctx.repository.insertCheckIn({
            id: randomId('ci-'),
            key_result_id: row.id,
            at,
            value: stored,
            milestones: null,
            confidence: null,
            note: null,
            author_id: target.authorId,
            source: 'connector',
            source_ref: target.connector,
          });
      lastCheckInId = checkIn.id;
      recorded++;
    }
    const latest = (await ctx.repository.checkInsOf(row.id)).filter((c) => c.value !== null).at(-1);
    const lastSync: LastSync = { at: stamp, ok: true, recorded };
    const current = latest?.value ?? row.current;
    const version = await ctx.repository.setKeyResultSync(
      row.id,
      JSON.stringify({ ...data, source: { ...source, lastSync } }),
      current,
      latest?.at ?? row.last_check_in_at,
      stamp,
    );
    if (recorded > 0) {
      const author = (await ctx.repository.person(target.authorId)) ?? undefined;
      await ctx.revision(
        row.objective_id,
        'key-result',
        row.id,
        version,
        'check-in',
        (author
          ? { id: author.id, name: author.name, role: author.role, teamId: author.parent_id }
          : { id: target.authorId, name: target.authorId, role: 'member', teamId: null }) as Person,
        [
          { field: 'current', from: jsonOrNull(row.current), to: jsonOrNull(current) },
          { field: `values from ${target.connector}`, from: null, to: `${recorded} day${recorded === 1 ? '' : 's'}` },
        ],
      );
      ctx.scores.invalidate();
    }
    const objectiveVersion = await ctx.repository.bumpObjective(row.objective_id, stamp);
    const events = [
      recorded > 0
        ? await ctx.event('check-in.created', row.objective_id, {
            objectiveId: row.objective_id,
            keyResultId: row.id,
            checkInId: lastCheckInId,
            version,
          })
        : await ctx.event('key-result.updated', row.objective_id, {
            objectiveId: row.objective_id,
            keyResultId: row.id,
            version,
          }),
      await ctx.event('objective.updated', row.objective_id, {
        objectiveId: row.objective_id,
        version: objectiveVersion,
      }),
    ];
    return { result: await reply(version), events };
  });
}

/** The key results to pull now: set to pull on a schedule, of goals not closed, whose last sync is that old. */
export async function dueSyncs(ctx: StoreContext): Promise<string[]> {
  const rows: KeyResultRow[] = await ctx.repository.pulledKeyResults();
  const now = ctx.now().getTime();
  const every = { hourly: 3_600_000, daily: 86_400_000, weekly: 7 * 86_400_000 } as const;
  return rows
    .filter((row) => {
      const source = (JSON.parse(row.data) as KeyResultData).source as Source | null | undefined;
      if (source?.mode !== 'pull' || !source.schedule) return false;
      const last = source.lastSync ? Date.parse(source.lastSync.at) : Number.NEGATIVE_INFINITY;
      return now - last >= every[source.schedule];
    })
    .map((row) => row.id);
}
