import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-skill-radar.js';
import { anaProfile, emptyProfile } from '../../../../.storybook/competencyFixtures.js';
import { axeViolations } from '../../test/axe.js';
import { mount } from '../../test/connected.js';
import type { GkSkillRadar } from './gk-skill-radar.js';

async function radar(profile = anaProfile(), locale?: string) {
  const element = mount<GkSkillRadar>('<gk-skill-radar></gk-skill-radar>', 'gk-skill-radar');
  if (locale) element.locale = locale;
  element.profile = profile;
  await element.updateComplete;
  return element;
}

afterEach(() => document.body.replaceChildren());

describe('<gk-skill-radar>', () => {
  it('labels the chart, and gives every value in a table behind “Show values”, opened from the keyboard', async () => {
    const element = await radar();
    await expect
      .element(
        page.getByRole('img', {
          name: 'Radar of 4 competencies: expected at Senior engineer against assessed. Every value is under “Show values”.',
        }),
      )
      .toBeVisible();
    expect(element.shadowRoot?.querySelectorAll('circle')).toHaveLength(3);
    expect(element.shadowRoot?.querySelectorAll('[data-part="axis-label"]')).toHaveLength(4);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    const table = page.getByRole('table', { name: 'Expected at Senior engineer and assessed' });
    await expect.element(table).toBeVisible();
    expect(
      [...table.element().querySelectorAll('tr')].map((r) =>
        [...r.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()),
      ),
    ).toEqual([
      ['Competency', 'Expected', 'Assessed', 'Gap'],
      ['Code quality', '4 (Proficient)', '3 (Competent)', '1 level short'],
      ['System design', '4 (Proficient)', '3 (Competent) Self-assessed', '1 level short'],
      ['Mentoring', '3 (Competent)', '3 (Competent)', 'Met'],
      ['Presenting', '3 (Competent)', 'Not assessed yet', '2 levels short'],
    ]);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('stays inside 320 px, has no chart for a level that expects nothing, and speaks German', async () => {
    document.body.style.inlineSize = '320px';
    try {
      const element = await radar();
      const chart = element.shadowRoot?.querySelector('svg');
      expect(chart?.getBoundingClientRect().right).toBeLessThanOrEqual(element.getBoundingClientRect().right);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    } finally {
      document.body.style.inlineSize = '';
    }
    document.body.replaceChildren();
    const empty = await radar(emptyProfile());
    await expect.element(page.getByText('This level expects no competencies yet.')).toBeVisible();
    expect(empty.shadowRoot?.querySelector('svg')).toBeNull();
    expect(await axeViolations(empty)).toEqual([]);
    document.body.replaceChildren();
    await radar(anaProfile(), 'de');
    await expect.element(page.getByRole('img', { name: /^Radar von 4 Kompetenzen/ })).toBeVisible();
    await expect.element(page.getByText('Werte zeigen')).toBeVisible();
  });
});
