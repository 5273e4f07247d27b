import { describe, expect, it, vi } from 'vitest';
import { lintObjective } from '../lint/lintObjective.js';
import { objective as objectiveFixture } from './__tests__/widgetFixtures.js';
import type { GoalEditorSaveDetail, GoalLinter } from './connectGoalEditor.js';
import { createGoalEditorController, type GoalEditorControllerOptions } from './goalEditorController.js';
import { lazyPart } from './lazyPart.js';
import type { ObjectiveData } from './widgetData.js';

const objective = objectiveFixture();

/** A linter that loads when the test says so (or fails to). */
function pendingLinter() {
  let answer: { resolve: (linter: GoalLinter) => void; reject: (error: Error) => void } | undefined;
  const load = vi.fn(
    () =>
      new Promise<GoalLinter>((resolve, reject) => {
        answer = { resolve, reject };
      }),
  );
  return {
    linter: lazyPart(load),
    load,
    arrive: () => answer?.resolve(lintObjective),
    fail: () => answer?.reject(new Error('Failed to fetch dynamically imported module')),
  };
}

function setup(options: Partial<GoalEditorControllerOptions> = {}) {
  const focus = vi.fn();
  const save = vi.fn<GoalEditorControllerOptions['save']>(() => undefined);
  const controller = createGoalEditorController({
    linter: lazyPart(async () => lintObjective),
    save,
    focus,
    ...options,
  });
  const editor = () => controller.getSnapshot().editor;
  return { controller, focus, save: options.save ?? save, editor };
}

const conflictError = (status: number) => Object.assign(new Error(`${status}`), { status });

describe('the goal editor controller', () => {
  it('saves a valid draft once at a time, with the detail and the version it was opened from', async () => {
    let resolve: (saved: ObjectiveData) => void = () => {};
    const save = vi.fn(() => new Promise<ObjectiveData | undefined>((r) => (resolve = r)));
    const { controller, editor } = setup({ objective, save });
    controller.send({ type: 'field', field: 'title', value: 'Make onboarding delightful' });
    controller.send({ type: 'save' });
    controller.send({ type: 'save' });
    expect(save).toHaveBeenCalledTimes(1);
    const [detail, base] = save.mock.calls[0] as unknown as [GoalEditorSaveDetail, ObjectiveData];
    expect(detail).toMatchObject({
      objectiveId: 'o1',
      version: 7,
      objective: { title: 'Make onboarding delightful' },
    });
    expect(base).toBe(objective);
    expect(controller.view().statusText).toBe('Saving…');
    resolve({ ...objective, title: 'Make onboarding delightful', version: 8 });
    await vi.waitFor(() => expect(editor().status).toBe('saved'));
    expect(editor()).toMatchObject({ version: 8, draft: { title: 'Make onboarding delightful' } });
  });

  it('refuses an invalid draft without saving and takes the person to the first field in error', () => {
    const { controller, focus, save } = setup();
    controller.send({ type: 'save' });
    expect(save).not.toHaveBeenCalled();
    expect(focus).toHaveBeenCalledWith('[aria-invalid="true"]');
    expect(controller.view().fields.title.errorText).toBe('Give the objective a title.');
  });

  it('shows a presentational save as the saved fields over the objective edited', () => {
    const { controller, editor } = setup({ objective });
    controller.send({ type: 'field', field: 'title', value: 'Grow' });
    controller.send({ type: 'save' });
    expect(editor()).toMatchObject({ status: 'saved', original: { id: 'o1', title: 'Grow' } });
  });

  it.each([412, 409])('on a %i fetches the server’s version once and shows theirs beside mine', async (status) => {
    const latest = vi.fn(async () => ({ ...objective, title: 'Their title', version: 9 }));
    const save = vi.fn(() => Promise.reject(conflictError(status)));
    const { controller, editor } = setup({ objective, save, latest });
    controller.send({ type: 'field', field: 'title', value: 'My title' });
    controller.send({ type: 'save' });
    await vi.waitFor(() => expect(editor().status).toBe('conflict'));
    expect(latest).toHaveBeenCalledTimes(1);
    const view = controller.view();
    expect(view.statusText).toBe('Someone else saved this objective while you were editing (now version 9).');
    expect(view.conflictChanges).toEqual(['Objective: theirs “Their title”, yours “My title”']);
    // Keeping mine saves it over their version.
    controller.send({ type: 'keep-mine' });
    controller.send({ type: 'save' });
    expect(save).toHaveBeenLastCalledWith(
      expect.objectContaining({ version: 9, objective: expect.objectContaining({ title: 'My title' }) }),
      expect.objectContaining({ version: 9 }),
    );
  });

  it('shows any other refusal as a failure, without fetching', async () => {
    const latest = vi.fn(async () => objective);
    const { controller, editor } = setup({ objective, save: () => Promise.reject(conflictError(503)), latest });
    controller.send({ type: 'save' });
    await vi.waitFor(() => expect(editor().status).toBe('failed'));
    expect(latest).not.toHaveBeenCalled();
  });

  it('shows a person the server refused (422) at that key result’s "Check-ins by", and takes focus there', async () => {
    // As the client's ValidationError of a `PATCH /key-results/{id}`: the path names no row.
    const refused = Object.assign(new Error('422'), {
      status: 422,
      problems: [{ path: 'checkInResponsibleId', message: 'Raj Patel may not see this goal' }],
    });
    const save = vi.fn(() => Promise.reject(refused));
    const { controller, editor, focus } = setup({ objective, save });
    controller.send({ type: 'key-result-field', index: 1, field: 'checkInResponsibleId', value: 'raj' });
    controller.send({ type: 'save' });
    const [detail] = save.mock.calls[0] as unknown as [GoalEditorSaveDetail];
    expect(detail.objective.keyResults).toMatchObject([{ id: 'kr1' }, { id: 'kr2', checkInResponsibleId: 'raj' }]);
    expect(detail.objective.keyResults[0]).not.toHaveProperty('checkInResponsibleId');
    await vi.waitFor(() => expect(editor().status).toBe('failed'));
    expect(editor().serverErrors).toEqual({ 'keyResults.1.checkInResponsibleId': 'Raj Patel may not see this goal' });
    expect(focus).toHaveBeenLastCalledWith('[aria-invalid="true"]');
    const view = controller.view();
    expect(view.keyResults[1]?.fields.checkInResponsibleId.input['aria-invalid']).toBe('true');
    expect(view.statusText).toBe('The objective could not be saved. Your changes are kept.');
  });

  it('loads the linter when asked (on mount), checking until it arrives, then lints the draft', async () => {
    const lint = pendingLinter();
    const { controller } = setup({ objective, linter: lint.linter });
    expect(lint.load).not.toHaveBeenCalled();
    expect(controller.view().smartOverallText).toBe('Checking the goal…');
    controller.send({ type: 'load-linter' });
    expect(lint.load).toHaveBeenCalledTimes(1);
    lint.arrive();
    await vi.waitFor(() => expect(controller.getSnapshot().linter).toBe('ready'));
    expect(controller.view().lintPending).toBe(false);
    expect(controller.view().smartOverallText).toMatch(/^Overall \d+ of 100$/);
    // A loaded linter is not loaded again.
    controller.send({ type: 'load-linter' });
    expect(lint.load).toHaveBeenCalledTimes(1);
  });

  it('says suggestions are unavailable when the linter fails to load, and tries again when asked', async () => {
    const lint = pendingLinter();
    const { controller } = setup({ linter: lint.linter });
    controller.send({ type: 'load-linter' });
    lint.fail();
    await vi.waitFor(() => expect(controller.getSnapshot().linter).toBe('failed'));
    expect(controller.view().smartOverallText).toBe('Suggestions are unavailable right now; you can still save.');
    controller.send({ type: 'load-linter' });
    expect(lint.load).toHaveBeenCalledTimes(2);
    // Still unavailable while it tries, rather than checking forever.
    expect(controller.view().lintUnavailable).toBe(true);
    lint.arrive();
    await vi.waitFor(() => expect(controller.getSnapshot().linter).toBe('ready'));
  });

  it('lints once per draft, not on every view', () => {
    const linter = vi.fn(lintObjective);
    const ready = lazyPart<GoalLinter>(async () => linter);
    return ready.load().then(() => {
      const { controller } = setup({ objective, linter: ready });
      controller.view();
      controller.view();
      expect(linter).toHaveBeenCalledTimes(1);
      controller.send({ type: 'field', field: 'title', value: 'Grow' });
      controller.view();
      expect(linter).toHaveBeenCalledTimes(2);
    });
  });

  it('moves focus to a key result added, and to "Add key result" after one is removed', () => {
    const { controller, focus } = setup({ objective });
    controller.send({ type: 'add-key-result' });
    expect(focus).toHaveBeenLastCalledWith('[name="keyResults.2.title"]');
    controller.send({ type: 'remove-key-result', index: 0 });
    expect(focus).toHaveBeenLastCalledWith('[data-scope="goal-editor"][data-part="add"][data-add="key-result"]');
    expect(controller.getSnapshot().editor.draft.keyResults.map((kr) => kr.title)).toEqual([
      'Cut time to first value to 2 days',
      '',
    ]);
  });

  it('takes a lifecycle action through the host once at a time, and carries over to another cycle', async () => {
    const transition = vi.fn(async () => ({ ...objective, state: 'closed' as const }));
    const carryOver = vi.fn(async () => ({ ...objective, id: 'o9' }));
    const { controller, editor } = setup({ objective, transition, carryOver });
    controller.send({ type: 'transition', action: 'close' });
    controller.send({ type: 'transition', action: 'close' });
    expect(transition).toHaveBeenCalledTimes(1);
    expect(transition).toHaveBeenCalledWith({ objectiveId: 'o1', action: 'close' });
    await vi.waitFor(() => expect(editor().original?.state).toBe('closed'));
    controller.send({ type: 'carry-over', cycleId: '2026-Q2' });
    expect(carryOver).toHaveBeenCalledWith({ objectiveId: 'o1', cycleId: '2026-Q2' });
    await vi.waitFor(() => expect(editor().carry).toMatchObject({ status: 'carried', copy: { id: 'o9' } }));
  });

  it('starts again on another objective with `open`', () => {
    const { controller, editor } = setup({ objective });
    controller.send({ type: 'field', field: 'title', value: 'Grow' });
    controller.send({ type: 'open', objective: { ...objective, id: 'o2', title: 'Another' } });
    expect(editor()).toMatchObject({ original: { id: 'o2' }, draft: { title: 'Another' }, status: 'idle' });
  });
});
