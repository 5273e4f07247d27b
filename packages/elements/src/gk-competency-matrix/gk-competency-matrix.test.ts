import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../define/gk-competency-matrix.js';
import {
  anaProfile,
  emptyProfile,
  noTargetProfile,
  selfAssessedProfile,
} from '../../../../.storybook/competencyFixtures.js';
import { axeViolations } from '../../test/axe.js';
import { mount } from '../../test/connected.js';
import type { GkCompetencyMatrix } from './gk-competency-matrix.js';

async function matrix(profile = anaProfile(), locale?: string) {
  const element = mount<GkCompetencyMatrix>('<gk-competency-matrix></gk-competency-matrix>', 'gk-competency-matrix');
  if (locale) element.locale = locale;
  element.profile = profile;
  await element.updateComplete;
  return element;
}
const cells = (table: Element) =>
  [...table.querySelectorAll('tr')].map((r) =>
    [...r.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()),
  );

afterEach(() => document.body.replaceChildren());

describe('<gk-competency-matrix>', () => {
  it('is a table of expected against assessed, with the gap in words and numbers and self-assessed flagged', async () => {
    const element = await matrix();
    await expect.element(page.getByRole('region', { name: 'Competencies' })).toBeVisible();
    await expect.element(page.getByText('Readiness for Senior engineer: 71%')).toBeVisible();
    const table = page.getByRole('table', { name: 'Expected at Senior engineer and assessed' });
    await expect.element(table).toBeVisible();
    await expect.element(page.getByRole('columnheader', { name: 'Expected (Senior engineer)' })).toBeVisible();
    await expect.element(page.getByRole('rowheader', { name: /^Presenting/ })).toBeVisible();
    expect(cells(table.element())).toEqual([
      ['Competency', 'Expected now (Engineer)', 'Expected (Senior engineer)', 'Assessed', 'Gap'],
      ['Code quality Craft', '3 (Competent)', '4 (Proficient)', '3 (Competent)', '1 level short'],
      [
        'System design Craft',
        '2 (Advanced beginner)',
        '4 (Proficient)',
        '3 (Competent) Self-assessed',
        '1 level short',
      ],
      ['Mentoring Leadership', '1 (Novice)', '3 (Competent)', '3 (Competent)', 'Met'],
      ['Presenting Communication', 'Not expected', '3 (Competent)', 'Not assessed yet', '2 levels short'],
    ]);
    await expect
      .element(page.getByRole('region', { name: 'Expected at Senior engineer and assessed' }))
      .toHaveAttribute('tabindex', '0');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('fits 320 px: the table scrolls inside its region, the page does not', async () => {
    document.body.style.inlineSize = '320px';
    try {
      const element = await matrix();
      const wrap = element.shadowRoot?.querySelector<HTMLElement>('[data-part="table-wrap"]');
      expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      expect(wrap?.getBoundingClientRect().right).toBeLessThanOrEqual(element.getBoundingClientRect().right);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    } finally {
      document.body.style.inlineSize = '';
    }
  });

  it('flags self-assessed ratings, compares with the current level without a target, and says when nothing is expected', async () => {
    let element = await matrix(selfAssessedProfile());
    expect(element.shadowRoot?.querySelectorAll('[data-part="self-flag"]')).toHaveLength(2);
    document.body.replaceChildren();
    element = await matrix(noTargetProfile());
    await expect.element(page.getByRole('columnheader', { name: 'Expected (Engineer)' })).toBeVisible();
    expect(element.shadowRoot?.querySelectorAll('thead th')).toHaveLength(4);
    document.body.replaceChildren();
    element = await matrix(emptyProfile());
    await expect.element(page.getByText('This level expects no competencies yet.')).toBeVisible();
    expect(element.shadowRoot?.querySelector('table')).toBeNull();
    expect(await axeViolations(element)).toEqual([]);
  });

  it('speaks German', async () => {
    const element = await matrix(anaProfile(), 'de');
    await expect.element(page.getByRole('table', { name: 'Erwartet für Senior engineer und bewertet' })).toBeVisible();
    await expect.element(page.getByText('2 Stufen darunter')).toBeVisible();
    await expect.element(page.getByText('Selbsteinschätzung', { exact: true })).toBeVisible();
    expect(await axeViolations(element)).toEqual([]);
  });
});
