import type { DevelopmentGoalDraft } from '@goalkit/core/connect';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-growth-plan.js';
import { anaGoals, anaProfile, noTargetProfile } from '../../../../.storybook/competencyFixtures.js';
import { axeViolations } from '../../test/axe.js';
import { mount } from '../../test/connected.js';
import type { GkGrowthPlan } from './gk-growth-plan.js';

async function plan(profile = anaProfile(), goals = anaGoals(), locale?: string) {
  const element = mount<GkGrowthPlan>('<gk-growth-plan></gk-growth-plan>', 'gk-growth-plan');
  if (locale) element.locale = locale;
  element.profile = profile;
  element.goals = goals;
  await element.updateComplete;
  return element;
}

afterEach(() => document.body.replaceChildren());

describe('<gk-growth-plan>', () => {
  it('says plan coverage, lists gaps with their goals, and sends a development goal to draft from the keyboard', async () => {
    const element = await plan();
    await expect.element(page.getByText('2 of 3 gaps have a development goal (67%)')).toBeVisible();
    await expect.element(page.getByText('Give a talk at the spring engineering all-hands')).toBeVisible();
    await expect.element(page.getByText('Already met: Mentoring')).toBeVisible();
    const drafts: DevelopmentGoalDraft[] = [];
    document.addEventListener('gk-draft-goal', (event) => drafts.push(event.detail), { once: true });
    const button = page.getByRole('button', { name: 'Draft a goal for Code quality' });
    await userEvent.keyboard('{Tab}');
    expect(element.shadowRoot?.activeElement).toBe(button.element());
    await userEvent.keyboard('{Enter}');
    expect(drafts).toEqual([
      {
        kind: 'development',
        competencyIds: ['code-quality'],
        title: 'Grow Code quality to 4 (Proficient)',
        owner: 'ana',
      },
    ]);
    expect(await axeViolations(element)).toEqual([]);
    // The host saves the drafted goal: the button goes, and the focus goes to the gap's name.
    element.goals = [
      ...anaGoals(),
      { id: 'o-new', title: 'Pair on reviews', kind: 'development', competencyIds: ['code-quality'] },
    ];
    await element.updateComplete;
    await expect.element(page.getByText('3 of 3 gaps have a development goal (100%)')).toBeVisible();
    expect(element.shadowRoot?.querySelector('button')).toBeNull();
    expect(element.shadowRoot?.activeElement?.textContent).toBe('Code quality');
  });

  it('says when there is no gap, fits 320 px, and speaks German', async () => {
    const none = await plan(noTargetProfile(), []);
    await expect.element(page.getByText('No gaps to close: every expectation is met.')).toBeVisible();
    expect(await axeViolations(none)).toEqual([]);
    document.body.replaceChildren();
    document.body.style.inlineSize = '320px';
    try {
      const element = await plan(anaProfile(), anaGoals(), 'de');
      await expect.element(page.getByText('2 von 3 Lücken haben ein Entwicklungsziel (67 %)')).toBeVisible();
      await expect.element(page.getByRole('button', { name: 'Ziel entwerfen für Code quality' })).toBeVisible();
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
      expect(await axeViolations(element)).toEqual([]);
    } finally {
      document.body.style.inlineSize = '';
    }
  });
});
