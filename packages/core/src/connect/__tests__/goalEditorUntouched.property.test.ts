import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KeyResultKind } from '../../i18n/messages.js';
import {
  connectGoalEditor,
  type GoalEditorEvent,
  type GoalEditorState,
  goalEditorReducer,
  initGoalEditor,
} from '../connectGoalEditor.js';
import type { KeyResultData, ObjectiveData } from '../widgetData.js';
import { objective, score } from './widgetFixtures.js';

const run = (state: GoalEditorState, ...events: GoalEditorEvent[]) => events.reduce(goalEditorReducer, state);

/** Numbers as the API holds them: integers, decimals, tiny and large values within |x| ≤ 1e15. */
const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0.1, 1.234, 27.5, 1e-7, 123456.789, 999_999_999_999_999),
);
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0);
const day = fc.constantFrom('2026-02-01', '2026-03-15', null);
const milestone = fc.record(
  { title: text, done: fc.boolean(), weight: fc.double({ min: 0, max: 1000, noNaN: true }), due: day },
  { requiredKeys: ['title', 'done'] },
);

const keyResultOf = (type: KeyResultKind, i: number) =>
  fc
    .record({
      title: text,
      start: number,
      target: number,
      min: number,
      max: number,
      unit: fc.option(fc.constantFrom('%', 'days', ' EUR ', 'users'), { nil: undefined }),
      milestones: fc.array(milestone, { minLength: 1, maxLength: 4 }),
      version: fc.integer({ min: 1, max: 50 }),
    })
    .map((r): KeyResultData => {
      const base = { id: `kr${i}`, title: r.title, type, version: r.version, current: null, score: score() };
      const unit = r.unit === undefined ? {} : { unit: r.unit };
      switch (type) {
        case 'increase':
        case 'decrease':
          return { ...base, ...unit, start: r.start, target: r.target };
        case 'at-least':
        case 'at-most':
          return { ...base, ...unit, target: r.target };
        case 'range':
          return { ...base, ...unit, min: r.min, max: r.max };
        case 'boolean':
          return base;
        default:
          return { ...base, milestones: r.milestones };
      }
    });

const types: KeyResultKind[] = ['increase', 'decrease', 'at-least', 'at-most', 'range', 'boolean', 'milestones'];
const savedObjective = fc
  .tuple(
    fc.subarray(types, { minLength: 1 }),
    text,
    fc.option(fc.constantFrom('Why it matters ', 'Two\nlines'), { nil: undefined }),
  )
  .chain(([kinds, title, description]) =>
    fc
      .tuple(...kinds.map((k, i) => keyResultOf(k, i)))
      .map(
        (keyResults): ObjectiveData =>
          objective({ title, ...(description === undefined ? {} : { description }), keyResults }),
      ),
  );

/** One edit a person makes, to one field. */
const editOf = (o: ObjectiveData) =>
  fc.oneof(
    fc.constant<GoalEditorEvent>({ type: 'field', field: 'title', value: 'A new title for the goal' }),
    fc.constant<GoalEditorEvent>({ type: 'field', field: 'description', value: 'New description' }),
    fc.constant<GoalEditorEvent>({ type: 'field', field: 'parentId', value: '' }),
    fc
      .integer({ min: 0, max: o.keyResults.length - 1 })
      .map((index): GoalEditorEvent => ({ type: 'key-result-field', index, field: 'title', value: 'Renamed result' })),
  );

const json = (value: unknown) => JSON.stringify(value ?? null);

describe('the goal editor saves only what the person changed', () => {
  it.each(['en', 'de'])('keeps every untouched field exactly as saved (%s)', (locale) => {
    fc.assert(
      fc.property(
        savedObjective.chain((o) => fc.tuple(fc.constant(o), editOf(o))),
        ([saved, edit]) => {
          const state = run(initGoalEditor({ objective: saved, locale }), edit);
          const detail = connectGoalEditor({ state }).saveDetail;
          expect(detail, 'an untouched objective always saves').toBeDefined();
          if (!detail) return;
          const o = detail.objective;
          if (!(edit.type === 'field' && edit.field === 'title')) expect(o.title).toBe(saved.title);
          if (!(edit.type === 'field' && edit.field === 'description'))
            expect(o.description ?? undefined).toBe(saved.description);
          if (!(edit.type === 'field' && edit.field === 'parentId')) expect(o.parentId).toBe(saved.parentId ?? null);
          expect(o.keyResults).toHaveLength(saved.keyResults.length);
          saved.keyResults.forEach((kr, i) => {
            const out = o.keyResults[i] as Record<string, unknown>;
            const edited = edit.type === 'key-result-field' && edit.index === i;
            expect(out.id).toBe(kr.id);
            expect(out.title).toBe(edited ? 'Renamed result' : kr.title);
            for (const field of ['type', 'start', 'target', 'min', 'max', 'unit', 'milestones'] as const) {
              if (field in out) expect(json(out[field]), `${kr.type} ${field}`).toBe(json(kr[field]));
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps milestones done, weighted and due when only the objective title changes', () => {
    const saved = objective({
      keyResults: [
        {
          id: 'kr1',
          title: 'Launch the guide',
          type: 'milestones',
          version: 3,
          current: null,
          score: score(),
          milestones: [
            { title: 'Draft written', done: true, weight: 2, due: '2026-02-01' },
            { title: 'Reviewed', done: false, weight: 1, due: null },
          ],
        },
      ],
    });
    const state = run(initGoalEditor({ objective: saved }), { type: 'field', field: 'title', value: 'New title' });
    expect(connectGoalEditor({ state }).saveDetail?.objective.keyResults[0]).toEqual({
      id: 'kr1',
      title: 'Launch the guide',
      type: 'milestones',
      milestones: [
        { title: 'Draft written', done: true, weight: 2, due: '2026-02-01' },
        { title: 'Reviewed', done: false, weight: 1, due: null },
      ],
    });
    // Renaming one milestone keeps its state; a milestone added next to it starts not done.
    const renamed = run(
      state,
      { type: 'milestone', index: 0, milestone: 1, value: 'Reviewed by legal' },
      { type: 'add-milestone', index: 0 },
      { type: 'milestone', index: 0, milestone: 2, value: 'Published' },
      { type: 'remove-milestone', index: 0, milestone: 0 },
    );
    expect(connectGoalEditor({ state: renamed }).saveDetail?.objective.keyResults[0]?.milestones).toEqual([
      { title: 'Reviewed by legal', done: false, weight: 1, due: null },
      { title: 'Published', done: false },
    ]);
  });

  it('shows German numbers in German and saves them back unchanged', () => {
    const saved = objective({
      keyResults: [{ ...objective().keyResults[0], start: 1.234, target: 27.5 } as KeyResultData],
    });
    const state = initGoalEditor({ objective: saved, locale: 'de' });
    expect(state.draft.keyResults[0]?.start).toBe('1,234');
    expect(state.draft.keyResults[0]?.target).toBe('27,5');
    const detail = connectGoalEditor({ state: run(state, { type: 'field', field: 'title', value: 'Neuer Titel' }) });
    expect(detail.keyResults[0]?.fields.target.errorText).toBeUndefined();
    expect(detail.saveDetail?.objective.keyResults[0]).toMatchObject({ start: 1.234, target: 27.5 });
    // A number the person does change is read in their language.
    const changed = run(state, { type: 'key-result-field', index: 0, field: 'target', value: '30,25' });
    expect(connectGoalEditor({ state: changed }).saveDetail?.objective.keyResults[0]).toMatchObject({
      start: 1.234,
      target: 30.25,
    });
  });

  it('clears a unit or a number the person empties, and a description they delete', () => {
    const saved = objective({ description: 'Why' });
    const state = run(
      initGoalEditor({ objective: saved }),
      { type: 'key-result-field', index: 0, field: 'unit', value: '' },
      { type: 'key-result-field', index: 0, field: 'start', value: '' },
      { type: 'field', field: 'description', value: '' },
    );
    const detail = connectGoalEditor({ state }).saveDetail;
    expect(detail?.objective.description).toBe('');
    expect(detail?.objective.keyResults[0]).toMatchObject({ unit: null, start: null, target: 35 });
  });

  it('after "keep mine", keeps the person’s changes and takes the other version’s untouched fields', () => {
    const mine = run(initGoalEditor({ objective: objective() }), { type: 'field', field: 'title', value: 'Mine' });
    const theirs = objective({ description: 'Added by them', version: 8 });
    const kept = run(mine, { type: 'save' }, { type: 'conflict', theirs }, { type: 'keep-mine' });
    const detail = connectGoalEditor({ state: kept }).saveDetail;
    expect(detail).toMatchObject({ version: 8, objective: { title: 'Mine', description: 'Added by them' } });
  });
});
