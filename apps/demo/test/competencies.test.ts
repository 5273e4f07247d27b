import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, type Demo, runAxe, startDemo } from './harness.ts';

// The competency widgets on both pages, over the seeded Engineering framework (apps/server/src/seed/seedCompetencies.ts):
// every Product & Engineering person placed on its track with self and manager ratings; platform-1 (Emre Mendes)
// is Engineer II working towards Senior Engineer, with development goals covering some of the gaps.
let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
}, 120_000);
afterAll(() => demo?.stop());

interface Gaps {
  target: { name: string };
  gaps: { competencyId: string; gap: number; goals: { title: string }[] }[];
  readiness: number | null;
  coverage: { gaps: string[]; covered: string[] };
}

/** What the reference server answers `person` (the seeded demo token), behind the page. */
async function api<T>(person: string, path: string): Promise<T> {
  const response = await fetch(`${demo.apiUrl}${path}`, { headers: { authorization: `Bearer gk_demo_${person}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

const part = (scope: Page | Locator, scopeName: string, partName: string) =>
  scope.locator(`[data-scope="${scopeName}"][data-part="${partName}"]`);

/** Expect the three widgets in `scope` to show what the server has for platform-1. */
async function expectGrowth(scope: Page | Locator, viewer: string) {
  const gaps = await api<Gaps>(viewer, '/people/platform-1/gaps');
  const readiness = `${Math.round((gaps.readiness ?? 0) * 100)}%`;
  const matrix = part(scope, 'competency-matrix', 'root');
  await matrix
    .getByRole('table', { name: `Expected at ${gaps.target.name} and assessed` })
    .waitFor({ timeout: 20_000 });
  expect(await matrix.getByRole('rowheader').count()).toBe(gaps.gaps.length);
  await matrix.getByText(`Readiness for ${gaps.target.name}: ${readiness}`).waitFor();

  const plan = part(scope, 'growth-plan', 'root');
  const { covered, gaps: all } = gaps.coverage;
  await plan
    .getByText(new RegExp(`^${covered.length} of ${all.length} gaps have a development goal`))
    .waitFor({ timeout: 20_000 });
  const goal = gaps.gaps.flatMap((g) => g.goals)[0];
  if (goal) await plan.getByText(goal.title).first().waitFor();
  expect(await plan.getByRole('button', { name: /^Draft a goal for / }).count()).toBe(all.length - covered.length);

  const radar = part(scope, 'skill-radar', 'root');
  await radar
    .getByRole('img', {
      name: new RegExp(`^Radar of ${gaps.gaps.length} competencies: expected at ${gaps.target.name}`),
    })
    .waitFor({ timeout: 20_000 });
}

describe('competencies on the demo pages', () => {
  it('the intranet shows platform-1 their competencies, growth plan and radar under “My growth”', async () => {
    // axe is injected as a script: the page's Content-Security-Policy would refuse it.
    const page = await demo.open('/intranet/?as=platform-1', await demo.browser.newContext({ bypassCSP: true }));
    const section = page.getByRole('region', { name: 'My growth' });
    await expectGrowth(section, 'platform-1');
    await section.screenshot({ path: join(artifacts, 'intranet-my-growth.png') });
    expect(await runAxe(page)).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('the HR platform shows a manager their report’s competencies on the report’s profile', async () => {
    const page = await demo.open(
      '/hr/?as=platform-lead#/people/platform-1',
      await demo.browser.newContext({ bypassCSP: true }),
    );
    const section = page.getByRole('region', { name: 'Competencies and growth' });
    await expectGrowth(section, 'platform-lead');
    await page.screenshot({ path: join(artifacts, 'hr-report-competencies.png'), fullPage: true });
    expect(await runAxe(page)).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('at 320 px wide both pages keep the competency widgets to the screen', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 320, height: 640 } });
    const intranet = await demo.open('/intranet/?as=platform-1', context);
    await expectGrowth(intranet.getByRole('region', { name: 'My growth' }), 'platform-1');
    expect(await intranet.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const hr = await demo.open('/hr/?as=platform-lead#/people/platform-1', context);
    await expectGrowth(hr.getByRole('region', { name: 'Competencies and growth' }), 'platform-lead');
    expect(await hr.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await hr.screenshot({ path: join(artifacts, 'hr-report-competencies-320.png'), fullPage: true });
    await context.close();
  }, 90_000);

  it('“Draft a goal” on a report’s gap creates a private development goal for it, which then covers the gap', async () => {
    const page = await demo.open(
      '/hr/?as=platform-lead#/people/platform-1',
      await demo.browser.newContext({ bypassCSP: true }),
    );
    const before = await api<Gaps>('platform-lead', '/people/platform-1/gaps');
    const open = before.gaps.find((g) => g.gap > 0 && g.goals.length === 0);
    if (!open) throw new Error('the seed left platform-1 no gap without a development goal');
    const plan = part(page.getByRole('region', { name: 'Competencies and growth' }), 'growth-plan', 'root');
    const draft = plan.getByRole('button', { name: /^Draft a goal for / }).first();
    await draft.waitFor({ timeout: 20_000 });
    await draft.click();
    const title = page.getByRole('textbox', { name: 'Objective' });
    await title.waitFor({ timeout: 20_000 });
    const suggested = await title.inputValue();
    expect(suggested).toMatch(/^Grow /);
    expect(await page.getByRole('combobox', { name: 'Visibility' }).inputValue()).toBe('private');
    // The person says how they will know: one key result.
    await page.getByRole('textbox', { name: 'Key result 1' }).fill('Mentoring sessions held with new joiners');
    await page.getByRole('textbox', { name: 'Start' }).fill('0');
    await page.getByRole('textbox', { name: 'Target' }).fill('6');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit objective' }).waitFor({ timeout: 20_000 });

    const mine = await api<{ items: { title: string; kind: string; competencyIds: string[]; visibility: string }[] }>(
      'platform-lead',
      '/objectives?owner=platform-1&limit=200',
    );
    const created = mine.items.find((o) => o.title === suggested);
    expect(created).toMatchObject({ kind: 'development', visibility: 'private' });
    expect(created?.competencyIds).toHaveLength(1);
    const after = await api<Gaps>('platform-lead', '/people/platform-1/gaps');
    const covering = after.gaps.find((g) => g.competencyId === created?.competencyIds[0]);
    expect(covering?.goals.map((g) => g.title)).toContain(suggested);
    expect(after.coverage.covered.length).toBe(before.coverage.covered.length + 1);
    // The plan on the page follows without a reload: the new goal under its gap, the count one up.
    await plan.getByText(suggested).waitFor({ timeout: 20_000 });
    await plan
      .getByText(
        new RegExp(`^${after.coverage.covered.length} of ${after.coverage.gaps.length} gaps have a development goal`),
      )
      .waitFor({ timeout: 20_000 });
    await page.context().close();
  }, 90_000);

  it('the pages logged no console errors', () => {
    expect(demo.consoleErrors).toEqual([]);
  });
});
