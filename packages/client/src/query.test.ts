import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/query-core';
import { describe, expect, it, vi } from 'vitest';
import { json, keyResultFixture, objectiveFixture, problem, scriptedFetch } from '../test/fixtures.js';
import {
  applyLiveEvent,
  createClient,
  goalkitKeys,
  goalkitMutations,
  goalkitQueries,
  type KeyResult,
  type Objective,
  ValidationError,
} from './index.js';

const cycles = { items: [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', closed: false }] };

function setup(...replies: Parameters<typeof scriptedFetch>) {
  const { fetch, calls } = scriptedFetch(...replies);
  const client = createClient({ baseUrl: 'https://x.test/api', fetch, random: () => 0 });
  const queryClient = new QueryClient();
  queryClient.setQueryData(goalkitKeys.cycles(), cycles);
  return { client, queryClient, calls };
}

describe('goalkitQueries', () => {
  it('keys are hierarchical, so one invalidation reaches every list', () => {
    const { client } = setup(json({}));
    const q = goalkitQueries(client);
    expect(q.objectives.list({ cycle: '2026-Q1' }).queryKey).toEqual([
      'goalkit',
      'objectives',
      'list',
      { cycle: '2026-Q1' },
    ]);
    expect(q.objectives.detail('o1').queryKey).toEqual(['goalkit', 'objectives', 'detail', 'o1']);
    expect(q.objectives.tree('2026-Q1').queryKey).toEqual(['goalkit', 'tree', { cycle: '2026-Q1' }]);
    expect(q.objectives.checkIns('kr1').queryKey).toEqual(['goalkit', 'check-ins', 'kr1']);
  });

  it('retries in the query layer only: a query against a failing server makes 3 requests, not 9', async () => {
    const { client, queryClient, calls } = setup(problem(503));
    const observer = new QueryObserver(queryClient, {
      ...goalkitQueries(client).objectives.detail('o1'),
      retryDelay: 0,
    });
    const unsubscribe = observer.subscribe(() => {});
    await vi.waitFor(() => expect(observer.getCurrentResult().status).toBe('error'));
    unsubscribe();
    expect(calls).toHaveLength(3);
  });

  it('reads what a person owes from GET /check-ins/due, under a key every check-in invalidates', async () => {
    const due = { asOf: '2026-03-11T12:00:00Z', items: [] };
    const { client, queryClient, calls } = setup(json(due));
    const options = goalkitQueries(client).dueCheckIns({ person: 'ana' });
    expect(options.queryKey).toEqual(['goalkit', 'check-ins-due', { person: 'ana' }]);
    expect(await queryClient.fetchQuery(options)).toEqual(due);
    expect(calls[0]?.url).toMatch(/\/check-ins\/due\?person=ana$/);
    applyLiveEvent(queryClient, { type: 'check-in.created', objectiveId: 'o1', keyResultId: 'kr1' });
    expect(queryClient.getQueryState(options.queryKey)?.isInvalidated).toBe(true);
  });

  it('reads a digest from GET /digest, under a key check-ins, kudos and others’ changes invalidate', async () => {
    const week = {
      ownerId: 'team',
      ownerIds: ['team'],
      from: '2026-03-02',
      to: '2026-03-08',
      objectives: 0,
      checkIns: [],
      statusChanges: [],
      newRisks: [],
      kudos: [],
      quiet: [],
    };
    const { client, queryClient, calls } = setup(json(week));
    const options = goalkitQueries(client).digest({ owner: 'team', from: '2026-03-02', to: '2026-03-08' });
    expect(options.queryKey).toEqual(['goalkit', 'digest', { owner: 'team', from: '2026-03-02', to: '2026-03-08' }]);
    await queryClient.fetchQuery(options);
    expect(calls[0]?.url).toMatch(/\/digest\?owner=team&from=2026-03-02&to=2026-03-08$/);
    const invalidated = () => queryClient.getQueryState(options.queryKey)?.isInvalidated;
    for (const event of [
      { type: 'check-in.created', objectiveId: 'o1', keyResultId: 'kr1' },
      { type: 'comment.created', objectiveId: 'o1', commentId: 'c1' },
      { type: 'objective.updated', objectiveId: 'o1', version: 3 },
    ] as const) {
      await queryClient.fetchQuery({ ...options, staleTime: 0 });
      expect(invalidated()).toBe(false);
      applyLiveEvent(queryClient, event);
      expect(invalidated(), event.type).toBe(true);
    }
  });

  it('does not retry a 404', async () => {
    const { client, queryClient, calls } = setup(problem(404));
    await expect(queryClient.fetchQuery(goalkitQueries(client).objectives.detail('o1'))).rejects.toThrow(/404/);
    expect(calls).toHaveLength(1);
  });
});

describe('goalkitMutations.saveObjective', () => {
  it('names a refused key result field by its row, as creating the objective would', async () => {
    const objective = objectiveFixture({
      keyResults: [keyResultFixture(), keyResultFixture({ id: 'kr2', title: 'Second' })],
    });
    const { client, queryClient, calls } = setup(
      problem(422, { errors: [{ path: 'checkInResponsibleId', message: 'may not see this goal' }] }),
    );
    const observer = new MutationObserver(queryClient, goalkitMutations(client, queryClient).saveObjective());
    const [first, second] = objective.keyResults as [KeyResult, KeyResult];
    const error = await observer
      .mutate({
        id: 'o1',
        version: objective.version,
        patch: {},
        base: objective,
        keyResults: [first, { ...second, checkInResponsibleId: 'raj' }],
      })
      .catch((e: unknown) => e);
    expect(calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual(['PATCH /api/key-results/kr2']);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      { path: 'keyResults[1].checkInResponsibleId', message: 'may not see this goal' },
    ]);
  });
});

describe('goalkitMutations.checkIn', () => {
  const objective = objectiveFixture({
    keyResults: [
      keyResultFixture(),
      keyResultFixture({
        id: 'kr2',
        type: 'boolean',
        start: null,
        target: null,
        current: false,
        weight: 1,
        unit: null,
      }),
    ],
  });

  it('shows the new value and recomputed score at once, then rolls back when the server refuses', async () => {
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { client, queryClient } = setup(async () => {
      await gate;
      return problem(403);
    });
    queryClient.setQueryData(goalkitKeys.objective('o1'), objective);
    const observer = new MutationObserver(queryClient, goalkitMutations(client, queryClient).checkIn());
    const done = observer
      .mutate({ objectiveId: 'o1', keyResultId: 'kr1', body: { value: 35, confidence: 0.9 } })
      .catch((e: unknown) => e);

    await vi.waitFor(() => {
      const optimistic = queryClient.getQueryData<Objective>(goalkitKeys.objective('o1'));
      expect(optimistic?.keyResults[0]?.current).toBe(35);
    });
    const optimistic = queryClient.getQueryData<Objective>(goalkitKeys.objective('o1'));
    expect(optimistic?.keyResults[0]?.score.progress).toBe(1);
    expect(optimistic?.keyResults[0]?.score.status).toBe('achieved');
    expect(optimistic?.keyResults[0]?.score.confidence).toBe(0.9);
    // kr1 (weight 2) done, kr2 (weight 1) not: 2/3.
    expect(optimistic?.score.progress).toBeCloseTo(2 / 3, 9);

    release?.();
    expect(await done).toBeInstanceOf(Error);
    expect(queryClient.getQueryData(goalkitKeys.objective('o1'))).toEqual(objective);
  });

  it("takes the server's reply as the truth on success", async () => {
    const serverObjective = objectiveFixture({ version: 8, score: { ...objective.score, progress: 0.5 } });
    const { client, queryClient, calls } = setup(
      json(
        {
          checkIn: {
            id: 'ci1',
            keyResultId: 'kr1',
            at: '2026-02-15T10:00:00Z',
            value: 28,
            confidence: 0.7,
            note: null,
            authorId: 'ana',
          },
          keyResult: serverObjective.keyResults[0],
          objective: serverObjective,
        },
        201,
      ),
    );
    queryClient.setQueryData(goalkitKeys.objective('o1'), objective);
    const observer = new MutationObserver(queryClient, goalkitMutations(client, queryClient).checkIn());
    await observer.mutate({ objectiveId: 'o1', keyResultId: 'kr1', body: { value: 28 } });
    expect(queryClient.getQueryData<Objective>(goalkitKeys.objective('o1'))?.version).toBe(8);
    expect(calls).toHaveLength(1);
  });
});

describe('applyLiveEvent', () => {
  it('refetches an objective only when the event is newer than the cache', async () => {
    const { client, queryClient, calls } = setup(json(objectiveFixture({ version: 9 })));
    const q = goalkitQueries(client);
    const observer = new QueryObserver(queryClient, {
      ...q.objectives.detail('o1'),
      staleTime: Number.POSITIVE_INFINITY,
    });
    queryClient.setQueryData(goalkitKeys.objective('o1'), objectiveFixture({ version: 7 }));
    const unsubscribe = observer.subscribe(() => {});
    applyLiveEvent(queryClient, { type: 'objective.updated', objectiveId: 'o1', version: 7 });
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toHaveLength(0);
    applyLiveEvent(queryClient, { type: 'objective.updated', objectiveId: 'o1', version: 9 });
    await vi.waitFor(() => expect(queryClient.getQueryData<Objective>(goalkitKeys.objective('o1'))?.version).toBe(9));
    expect(calls).toHaveLength(1);
    unsubscribe();
  });

  it('refreshes only the comments for a new comment', () => {
    const { queryClient } = setup(json({}));
    queryClient.setQueryData(goalkitKeys.objective('o1'), objectiveFixture());
    queryClient.setQueryData(goalkitKeys.comments('o1'), { items: [] });
    applyLiveEvent(queryClient, { type: 'comment.created', objectiveId: 'o1', commentId: 'c1' });
    expect(queryClient.getQueryState(goalkitKeys.comments('o1'))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(goalkitKeys.objective('o1'))?.isInvalidated).toBe(false);
  });
});
