import { describe, expect, it } from 'vitest';
import { lintObjective } from '../lint/lintObjective.js';
import { objective } from './__tests__/widgetFixtures.js';
import { goalEditorReducer, goalEditorSaveDetail, initGoalEditor, toDraftObjective } from './connectGoalEditor.js';

// A growth plan's "Draft a goal" hands the editor a development goal's defaults: the editor keeps its kind and
// competencies, makes it private, lints it as one and sends both when it is created.
const RULE = 'relevant/development-goal-has-competency';
const drafted = (extra = {}) =>
  initGoalEditor({
    defaults: {
      title: 'Grow presenting to 3 (Competent) by giving two team demos',
      ownerId: 'ana',
      cycleId: 'q1',
      kind: 'development',
      competencyIds: ['presenting'],
      ...extra,
    },
  });

describe('the goal editor and development goals', () => {
  it('opens a drafted development goal private, and creates it with its kind and competencies', () => {
    const state = drafted();
    expect(state.draft.visibility).toBe('private');
    const detail = goalEditorSaveDetail(state);
    expect(detail?.objectiveId).toBeUndefined();
    expect(detail?.objective).toMatchObject({
      kind: 'development',
      competencyIds: ['presenting'],
      visibility: 'private',
    });
    // A visibility the host gives wins, and the person may still make it public.
    expect(drafted({ visibility: 'public' }).draft.visibility).toBe('public');
    const shared = goalEditorReducer(state, { type: 'field', field: 'visibility', value: 'public' });
    expect(goalEditorSaveDetail(shared)?.objective.visibility).toBe('public');
  });

  it('lints the draft as a development goal: without competencies the linter says so', () => {
    const rules = (state: ReturnType<typeof drafted>) =>
      lintObjective(toDraftObjective(state)).messages.map((m) => m.ruleId);
    expect(rules(drafted())).not.toContain(RULE);
    expect(rules(drafted({ competencyIds: [] }))).toContain(RULE);
  });

  it('leaves a standard goal, and a saved goal it edits, without kind or competencies in what it saves', () => {
    const plain = initGoalEditor({ defaults: { title: 'Win the SMB market', ownerId: 'ana', cycleId: 'q1' } });
    expect(plain.draft.visibility).toBe('public');
    expect(goalEditorSaveDetail(plain)?.objective).not.toHaveProperty('kind');
    const saved = initGoalEditor({ objective: objective({ kind: 'development', competencyIds: ['presenting'] }) });
    expect(saved.draft.kind).toBe('development');
    const patch = goalEditorSaveDetail(
      goalEditorReducer(saved, { type: 'field', field: 'title', value: 'Renamed goal' }),
    );
    expect(patch?.objective).not.toHaveProperty('kind');
    expect(patch?.objective).not.toHaveProperty('competencyIds');
  });
});
