import { describe, expect, it, vi } from 'vitest';
import { assist as runAssist } from '../assist/assist.js';
import { createFakeProvider } from '../assist/fakeProvider.js';
import { de } from '../i18n/de/assist.js';
import { registerMessages } from '../i18n/registry.js';
import { lintObjective } from '../lint/lintObjective.js';
import type { DraftObjective } from '../model/documentSchema.js';
import { objective as objectiveFixture } from './__tests__/widgetFixtures.js';
import type { GoalEditorAssistAnswer } from './connectGoalEditor.js';
import { createGoalEditorController, type GoalEditorControllerOptions } from './goalEditorController.js';
import { lazyPart } from './lazyPart.js';

function setup(options: Partial<GoalEditorControllerOptions> = {}) {
  const focus = vi.fn();
  const controller = createGoalEditorController({
    linter: lazyPart(async () => lintObjective),
    save: () => undefined,
    focus,
    ...options,
  });
  const editor = () => controller.getSnapshot().editor;
  return { controller, focus, editor };
}

/** An answer the test gives when it says so. */
function later() {
  let settle: { resolve: (a: GoalEditorAssistAnswer) => void; reject: (e: Error) => void } | undefined;
  const assist = vi.fn(
    (_objective: DraftObjective) =>
      new Promise<GoalEditorAssistAnswer>((resolve, reject) => {
        settle = { resolve, reject };
      }),
  );
  return {
    assist,
    resolve: (answer: GoalEditorAssistAnswer) => settle?.resolve(answer),
    reject: () => settle?.reject(new Error('offline')),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the goal editor\u2019s SMART rewrite', () => {
  it('is not in the view unless offered, and leaves the rest of the view as it was', () => {
    const { controller } = setup({ objective: objectiveFixture() });
    const without = controller.view();
    expect(without.assist).toBeUndefined();
    const offered = controller.view({ assist: true });
    expect(offered.assist?.buttonText).toBe('Suggest a SMART rewrite');
    expect({ ...offered, assist: undefined }).toEqual(without);
  });

  it('asks with the draft as it is, once at a time, then shows the proposal with its SMART score and focuses Accept', async () => {
    const pending = later();
    const { controller, focus } = setup({ objective: objectiveFixture(), assist: pending.assist });
    controller.send({ type: 'field', field: 'title', value: 'Improve onboarding' });
    controller.send({ type: 'assist' });
    controller.send({ type: 'assist' });
    expect(pending.assist).toHaveBeenCalledTimes(1);
    expect(pending.assist.mock.calls[0]?.[0]).toMatchObject({ id: 'o1', title: 'Improve onboarding' });
    const asking = controller.view({ assist: true }).assist;
    expect(asking?.statusText).toBe('Asking for a SMART rewrite…');
    expect(asking?.button).toMatchObject({ 'aria-busy': 'true', 'aria-disabled': 'true' });
    pending.resolve({
      ok: true,
      value: { id: 'o1', title: 'Cut onboarding time', keyResults: [] },
      smart: { before: 52.4, after: 88 },
    });
    await flush();
    const shown = controller.view({ assist: true }).assist;
    expect(shown?.proposal).toMatchObject({ scoreText: 'SMART score 52 → 88', titleText: 'Cut onboarding time' });
    expect(shown?.proposal?.panel).toMatchObject({ role: 'region' });
    expect(focus).toHaveBeenLastCalledWith('[data-scope="goal-editor"][data-part="assist-accept"]');
  });

  it('accepts into the draft: title, description and key results, keeping every other unsaved edit and each kept key result\u2019s settings', async () => {
    const objective = objectiveFixture();
    const { controller, editor, focus } = setup({ objective, assist: () => new Promise(() => {}) });
    controller.send({ type: 'field', field: 'visibility', value: 'private' });
    controller.send({ type: 'field', field: 'manualStatus', value: 'at-risk' });
    controller.send({ type: 'field', field: 'manualNote', value: 'Vendor late' });
    controller.send({ type: 'key-result-field', index: 0, field: 'checkInResponsibleId', value: 'p-9' });
    const kept = editor().draft.keyResults[0];
    const keptId = kept?.id as string;
    controller.send({ type: 'assist' });
    controller.send({
      type: 'assist-answered',
      answer: {
        ok: true,
        value: {
          id: 'o1',
          title: 'Cut onboarding time for new engineers',
          description: 'By the end of the quarter.',
          keyResults: [
            {
              id: keptId,
              title: 'Cut days to first merge from 10 to 3',
              type: 'decrease',
              start: 10,
              target: 3,
              unit: 'days',
              checkIns: [],
            },
            {
              id: 'kr-new',
              title: 'Ship 5 onboarding guides',
              type: 'at-least',
              target: 5,
              unit: 'guides',
              checkIns: [],
            },
          ],
        },
        smart: { before: 40, after: 90 },
      },
    });
    controller.send({ type: 'assist-accept' });
    const d = editor().draft;
    expect(d.title).toBe('Cut onboarding time for new engineers');
    expect(d.description).toBe('By the end of the quarter.');
    expect(d.visibility).toBe('private');
    expect(d.manualStatus).toBe('at-risk');
    expect(d.manualNote).toBe('Vendor late');
    expect(d.keyResults[0]).toMatchObject({
      key: kept?.key,
      id: keptId,
      type: 'decrease',
      start: '10',
      target: '3',
      unit: 'days',
      checkInResponsibleId: 'p-9',
    });
    expect(d.keyResults[1]).toMatchObject({ id: undefined, title: 'Ship 5 onboarding guides', target: '5' });
    expect(new Set(d.keyResults.map((kr) => kr.key)).size).toBe(2);
    expect(controller.view({ assist: true }).assist?.statusText).toBe(
      'The suggestion is in the form. Review it, then save.',
    );
    expect(focus).toHaveBeenLastCalledWith('[name="title"]');
    expect(controller.view().saveDetail?.objective.title).toBe('Cut onboarding time for new engineers');
  });

  it('keeps mine: the draft is untouched and focus returns to the action', () => {
    const { controller, editor, focus } = setup({ objective: objectiveFixture(), assist: () => new Promise(() => {}) });
    const before = editor().draft;
    controller.send({ type: 'assist' });
    controller.send({
      type: 'assist-answered',
      answer: { ok: true, value: { id: 'o1', title: 'Other', keyResults: [] }, smart: { before: 1, after: 2 } },
    });
    expect(editor().assist?.status).toBe('proposal');
    controller.send({ type: 'assist-dismiss' });
    expect(editor().draft).toBe(before);
    expect(editor().assist).toBeUndefined();
    expect(focus).toHaveBeenLastCalledWith('[data-scope="goal-editor"][data-part="assist-button"]');
  });

  it('says a refusal in words (German too) and a failed request, and ignores an answer for a form opened anew', async () => {
    registerMessages('de', { assist: de });
    const pending = later();
    const { controller } = setup({ objective: objectiveFixture(), assist: pending.assist });
    controller.send({ type: 'assist' });
    pending.resolve({ ok: false, reason: 'no-improvement', message: 'The score did not rise.' });
    await flush();
    const view = controller.view({ assist: true }).assist;
    expect(view?.statusText).toBe('The suggestion would not make the goal more SMART, so yours is kept.');
    expect(view?.status).toMatchObject({ role: 'status', 'data-state': 'error' });
    controller.send({ type: 'assist' });
    pending.reject();
    await flush();
    expect(controller.view({ assist: true }).assist?.statusText).toBe(
      'The suggestion could not be fetched. Try again.',
    );
    controller.send({ type: 'open', objective: objectiveFixture(), locale: 'de' });
    controller.send({ type: 'assist' });
    controller.send({ type: 'open', objective: objectiveFixture(), locale: 'de' });
    controller.send({
      type: 'assist-answered',
      answer: { ok: true, value: { id: 'o1', title: 'Late', keyResults: [] }, smart: { before: 1, after: 2 } },
    });
    expect(controller.getSnapshot().editor.assist).toBeUndefined();
    controller.send({ type: 'assist' });
    controller.send({ type: 'assist-answered', answer: { ok: false, reason: 'too-few-entries' } });
    expect(controller.view({ assist: true }).assist?.statusText).toBe(
      'Eine Zusammenfassung braucht mindestens 2 Einträge.',
    );
  });

  it('sends only the numbers each key result\u2019s type has, so the draft fits the schema', () => {
    const pending = later();
    const { controller } = setup({ objective: objectiveFixture(), assist: pending.assist });
    controller.send({ type: 'add-key-result' });
    controller.send({ type: 'key-result-field', index: 1, field: 'start', value: '20' });
    controller.send({ type: 'key-result-field', index: 1, field: 'type', value: 'at-most' });
    controller.send({ type: 'key-result-field', index: 1, field: 'target', value: '2' });
    controller.send({ type: 'assist' });
    expect(pending.assist.mock.calls[0]?.[0].keyResults[1]).not.toHaveProperty('start');
    expect(pending.assist.mock.calls[0]?.[0].keyResults[1]).toMatchObject({ type: 'at-most', target: 2 });
  });

  it('takes core\u2019s assist() result as it is, with the fake provider', async () => {
    const fake = createFakeProvider();
    const { controller, editor } = setup({
      defaults: { ownerId: 'p1', cycleId: 'q4' },
      assist: (objective) => runAssist(fake, 'rewrite-smart', { objective }),
    });
    controller.send({ type: 'field', field: 'title', value: 'Improve onboarding' });
    controller.send({ type: 'key-result-field', index: 0, field: 'title', value: 'Better onboarding' });
    controller.send({ type: 'assist' });
    await flush();
    const proposal = controller.view({ assist: true }).assist?.proposal;
    expect(proposal?.keyResults.length).toBeGreaterThan(0);
    controller.send({ type: 'assist-accept' });
    expect(editor().draft.ownerId).toBe('p1');
    expect(editor().draft.keyResults.every((kr) => kr.title !== '')).toBe(true);
  });
});
