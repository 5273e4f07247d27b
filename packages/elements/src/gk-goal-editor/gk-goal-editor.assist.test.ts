import { assist, createFakeProvider } from '@goalkit/core/assist';
import type { GoalEditorAssistAnswer } from '@goalkit/core/connect';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-goal-editor.js';
import { axeViolations } from '../../test/axe.js';
import { expectFocus, json, mount, mountConnected, objectiveFixture, routedFetch } from '../../test/connected.js';
import type { GkGoalEditor } from './gk-goal-editor.js';

const cycles = [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }];
const owners = [{ id: 'growth', name: 'Growth', kind: 'team' }];
const vague = objectiveFixture({ title: 'Improve onboarding', keyResults: [], state: 'draft', allowedTransitions: [] });

async function editor(setup: (element: GkGoalEditor) => void) {
  const element = mount<GkGoalEditor>('<gk-goal-editor></gk-goal-editor>', 'gk-goal-editor');
  element.objective = vague;
  element.cycles = cycles;
  element.owners = owners;
  setup(element);
  await element.updateComplete;
  return element;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('<gk-goal-editor> SMART rewrite', () => {
  it('is not offered without the assist property', async () => {
    await editor(() => {});
    await expect.element(page.getByRole('textbox', { name: 'Objective' })).toBeVisible();
    expect(page.getByRole('button', { name: 'Suggest a SMART rewrite' }).elements()).toHaveLength(0);
  });

  it('shows the fake provider\u2019s rewrite with the SMART score before and after; Accept puts it in the form, keeping other edits', async () => {
    const fake = createFakeProvider();
    await editor((element) => {
      element.assist = (objective) => assist(fake, 'rewrite-smart', { objective }) as Promise<GoalEditorAssistAnswer>;
    });
    await page.getByRole('combobox', { name: 'Visibility' }).selectOptions('private');
    await page.getByRole('button', { name: 'Suggest a SMART rewrite' }).click();
    const proposal = page.getByRole('region', { name: 'Suggested rewrite' });
    await expect.element(proposal).toBeVisible();
    await expect.element(proposal.getByText(/^SMART score \d+ → \d+$/)).toBeVisible();
    const accept = proposal.getByRole('button', { name: 'Accept' });
    await expectFocus(accept);
    expect(await axeViolations()).toEqual([]);
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('The suggestion is in the form. Review it, then save.')).toBeVisible();
    const title = page.getByRole('textbox', { name: 'Objective' });
    await expectFocus(title);
    expect((title.element() as HTMLInputElement).value).not.toBe('Improve onboarding');
    expect((page.getByRole('combobox', { name: 'Visibility' }).element() as HTMLSelectElement).value).toBe('private');
    expect(fake.requests).toHaveLength(1);
  });

  it('says a refusal in words; Keep mine leaves the draft with focus back on the action', async () => {
    let answer: GoalEditorAssistAnswer = { ok: false, reason: 'adds-error' };
    await editor((element) => {
      element.assist = async () => answer;
    });
    const ask = page.getByRole('button', { name: 'Suggest a SMART rewrite' });
    await ask.click();
    await expect
      .element(page.getByText('The suggestion would add a problem to the goal, so yours is kept.'))
      .toBeVisible();
    answer = { ok: true, value: { id: 'o1', title: 'Another goal', keyResults: [] }, smart: { before: 30, after: 70 } };
    await ask.click();
    await page.getByRole('region', { name: 'Suggested rewrite' }).getByRole('button', { name: 'Keep mine' }).click();
    expect((page.getByRole('textbox', { name: 'Objective' }).element() as HTMLInputElement).value).toBe(
      'Improve onboarding',
    );
    await expectFocus(ask);
  });

  it('connected: offered when GET /assist lists it, hidden when not', async () => {
    const { fetch, calls } = routedFetch({
      'GET /objectives/o1': () => json(vague),
      'GET /alignment-candidates': () => json({ items: [] }),
      'GET /assist': () => json({ tasks: ['rewrite-smart'] }),
      'POST /assist/rewrite-smart': () =>
        json({
          ok: false,
          task: 'rewrite-smart',
          reason: 'no-improvement',
          message: 'The score did not rise.',
          original: { id: 'o1', title: 'Improve onboarding', keyResults: [] },
        }),
    });
    const { element } = mountConnected<GkGoalEditor>(
      '<gk-goal-editor objective-id="o1"></gk-goal-editor>',
      'gk-goal-editor',
      fetch,
      { assist: true },
    );
    element.cycles = cycles;
    element.owners = owners;
    await page.getByRole('button', { name: 'Suggest a SMART rewrite' }).click();
    await expect
      .element(page.getByText('The suggestion would not make the goal more SMART, so yours is kept.'))
      .toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ objective: { id: 'o1' } });
    document.body.replaceChildren();

    const none = routedFetch({
      'GET /objectives/o1': () => json(vague),
      'GET /alignment-candidates': () => json({ items: [] }),
    });
    mountConnected('<gk-goal-editor objective-id="o1"></gk-goal-editor>', 'gk-goal-editor', none.fetch, {
      assist: true,
    });
    await expect.element(page.getByRole('textbox', { name: 'Objective' })).toBeVisible();
    await vi.waitFor(() => expect(none.calls.some((c) => c.path === '/assist')).toBe(true));
    expect(page.getByRole('button', { name: 'Suggest a SMART rewrite' }).elements()).toHaveLength(0);
  });
});
