import {
  createClient,
  editorSaveRequest,
  goalkitMutations,
  type KeyResultCreate,
  type Objective,
} from '@goalkit/client';
import type { KeyResultKind } from '@goalkit/core';
import { connectGoalEditor, type GoalEditorEvent, goalEditorReducer, initGoalEditor } from '@goalkit/core/connect';
import { MutationObserver, QueryClient } from '@tanstack/query-core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Server, startServer, tokens } from './harness.js';

// The editor as people use it, end to end: an objective saved on the server, opened in the core
// editor, one field changed, saved through the client's saveObjective mutation, read back.
let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const number = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0.1, 1.234, 27.5, 1e-7, 123456.789),
);
const title = fc.constantFrom('Ship the thing', 'Cut cost', 'Grow usage by a lot', 'Hire two engineers');
const keyResultOf = (type: KeyResultKind): fc.Arbitrary<KeyResultCreate> => {
  const unit = fc.option(fc.constantFrom('%', 'days', 'EUR', 'users'), { nil: undefined });
  const withUnit = <T extends object>(kr: T, u: string | undefined) => (u === undefined ? kr : { ...kr, unit: u });
  switch (type) {
    case 'increase':
    case 'decrease':
      return fc
        .tuple(title, number, fc.double({ min: 0.5, max: 1e6, noNaN: true }), unit)
        .map(([t, s, d, u]) => withUnit({ title: t, type, start: s, target: type === 'increase' ? s + d : s - d }, u));
    case 'at-least':
    case 'at-most':
      return fc.tuple(title, number, unit).map(([t, target, u]) => withUnit({ title: t, type, target }, u));
    case 'range':
      return fc
        .tuple(title, number, fc.double({ min: 0, max: 1e6, noNaN: true }), unit)
        .map(([t, min, d, u]) => withUnit({ title: t, type, min, max: min + d }, u));
    case 'boolean':
      return title.map((t) => ({ title: t, type }));
    case 'milestones':
      return fc
        .tuple(
          title,
          fc.array(
            fc.record(
              {
                title: fc.constantFrom('Draft', 'Review', 'Launch', 'Retro'),
                done: fc.boolean(),
                weight: fc.integer({ min: 1, max: 5 }),
                due: fc.constantFrom('2026-11-20', '2026-12-15', null),
              },
              { requiredKeys: ['title', 'done'] },
            ),
            { minLength: 1, maxLength: 4 },
          ),
        )
        .map(([t, milestones]) => ({ title: t, type, milestones }));
  }
};
const types: KeyResultKind[] = ['increase', 'decrease', 'at-least', 'at-most', 'range', 'boolean', 'milestones'];
const keyResults = fc.subarray(types, { minLength: 1 }).chain((kinds) => fc.tuple(...kinds.map(keyResultOf)));

/** What a save may change about an objective besides the edited field: its version and timestamps, and scores. */
const VOLATILE = new Set(['version', 'updatedAt', 'score', 'allowedTransitions', 'grade']);
const stable = (o: Objective, except: { objective?: string; keyResult?: [string, string] } = {}) =>
  JSON.stringify({
    ...Object.fromEntries(Object.entries(o).filter(([k]) => !VOLATILE.has(k) && k !== except.objective)),
    keyResults: o.keyResults.map((kr) =>
      Object.fromEntries(
        Object.entries(kr).filter(
          ([k]) => !VOLATILE.has(k) && !(except.keyResult?.[0] === kr.id && except.keyResult[1] === k),
        ),
      ),
    ),
  });

describe('the goal editor against the reference server', () => {
  // 60 saves, each scored again over the whole demo organisation (four quarters of goals): room for a busy machine.
  it('changes exactly the one field the person edited, for objectives of every key-result type', async () => {
    const client = createClient({ baseUrl: server.baseUrl, getToken: () => tokens.member });
    const queryClient = new QueryClient();
    const mutations = goalkitMutations(client, queryClient);
    const save = new MutationObserver(queryClient, mutations.saveObjective());
    const teamGoal = (await client.objectives.list({ cycle: '2026-Q4', owner: 'platform' })).items[0];
    if (!teamGoal) throw new Error('the seed has no platform team goal');
    await fc.assert(
      fc.asyncProperty(
        keyResults,
        fc.constantFrom('en', 'de'),
        fc.nat(),
        fc.option(fc.constantFrom('Why it matters', 'Two\nlines '), { nil: undefined }),
        async (krs, locale, pick, description) => {
          const created = await client.objectives.create({
            title: 'Make the platform boringly reliable',
            ...(description === undefined ? {} : { description }),
            ownerId: 'platform-1',
            cycleId: '2026-Q4',
            parentId: teamGoal.id,
            keyResults: krs,
          });
          const before = await client.objectives.get(created.id);
          const edits: [GoalEditorEvent, { objective?: string; keyResult?: [string, string] }][] = [
            [{ type: 'field', field: 'title', value: 'Make the platform calm and reliable' }, { objective: 'title' }],
            [{ type: 'field', field: 'description', value: 'Because pages hurt' }, { objective: 'description' }],
            ...before.keyResults.map((kr, index): [GoalEditorEvent, { keyResult: [string, string] }] => [
              { type: 'key-result-field', index, field: 'title', value: 'A renamed key result' },
              { keyResult: [kr.id, 'title'] },
            ]),
          ];
          const [edit, changed] = edits[pick % edits.length] as (typeof edits)[number];
          const state = goalEditorReducer(initGoalEditor({ objective: before, locale }), edit);
          const detail = connectGoalEditor({ state }).saveDetail;
          if (!detail) throw new Error('the untouched objective did not validate');
          const request = editorSaveRequest(detail, state.original);
          if (!('save' in request)) throw new Error('an edit must save, not create');
          await save.mutate(request.save);
          const after = await client.objectives.get(created.id);
          expect(stable(after, changed)).toBe(stable(before, changed));
          expect(stable(after)).not.toBe(stable(before));
        },
      ),
      { numRuns: 60 },
    );
  }, 40_000);

  it('does not overwrite a key result someone else changed while the person was editing', async () => {
    const client = createClient({ baseUrl: server.baseUrl, getToken: () => tokens.member });
    const lead = createClient({ baseUrl: server.baseUrl, getToken: () => tokens.lead });
    const queryClient = new QueryClient();
    const created = await client.objectives.create({
      title: 'Make the platform boringly reliable',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      keyResults: [{ title: 'Cut pages per week', type: 'decrease', start: 30, target: 10 }],
    });
    const opened = await client.objectives.get(created.id);
    // Cached by a widget elsewhere on the page, then the manager raises the bar.
    queryClient.setQueryData(['goalkit', 'objectives', 'detail', created.id], opened);
    const kr = opened.keyResults[0];
    if (!kr) throw new Error('no key result');
    await lead.keyResults.update(kr.id, { target: 5 }, { version: kr.version });
    queryClient.setQueryData(['goalkit', 'objectives', 'detail', created.id], await client.objectives.get(created.id));
    const state = goalEditorReducer(initGoalEditor({ objective: opened }), {
      type: 'key-result-field',
      index: 0,
      field: 'title',
      value: 'Cut pages per week to a calm level',
    });
    const detail = connectGoalEditor({ state }).saveDetail;
    if (!detail) throw new Error('invalid');
    const request = editorSaveRequest(detail, state.original);
    if (!('save' in request)) throw new Error('must save');
    const save = new MutationObserver(queryClient, goalkitMutations(client, queryClient).saveObjective());
    await expect(save.mutate(request.save)).rejects.toMatchObject({ name: 'ConflictError' });
    expect((await client.objectives.get(created.id)).keyResults[0]?.target).toBe(5);
  });
});
