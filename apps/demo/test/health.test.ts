import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, type Demo, runAxe, startDemo } from './harness.ts';

// Program health and confidence calibration on both pages, over the seeded organisation: three closed quarters
// whose confidence was stated by each person's persona (apps/server/src/seed/seedDemo.ts, PERSONAS).
let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
}, 120_000);
afterAll(() => demo?.stop());

const HIDDEN = /Hidden: counts/;

/** The two widgets of a page, in the light DOM (React) or a shadow root (elements). */
const widgets = (page: Page) => ({
  health: page.locator('[data-scope="program-health"][data-part="root"]'),
  calibration: page.locator('[data-scope="calibration"][data-part="root"]'),
});

/** What a reader takes away from the calibration chart: its Brier score, its verdict and its bins. */
async function calibrationFigures(calibration: Locator) {
  const brier = calibration.getByText(/^Brier score \d(\.\d+)?/).first();
  await brier.waitFor({ timeout: 20_000 });
  const verdict = await calibration
    .getByText(/^Stated \d+\s?%, achieved \d+\s?%/)
    .first()
    .textContent();
  const rows = await calibration.getByRole('table').locator('tbody tr').count();
  return { brier: await brier.textContent(), verdict, rows, hidden: await calibration.getByText(HIDDEN).count() };
}

/** The check-in rate program health shows ("72%"), once it shows. */
async function checkInRate(health: Locator) {
  const rate = health
    .locator('[data-part="metric"]')
    .filter({ hasText: 'Check-in rate' })
    .locator('[data-part="value"]');
  await rate.first().waitFor({ timeout: 20_000 });
  return rate.first().textContent();
}

/** axe over a page in a context that bypasses its CSP, once `ready` says the widgets show their figures. */
async function axeViolations(path: string, ready: (page: Page) => Promise<void>) {
  const context = await demo.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${demo.base}${path}`);
  await ready(page);
  const violations = await runAxe(page);
  await context.close();
  return violations;
}

describe('program health and calibration on the demo pages', () => {
  it('the intranet page shows the whole organisation’s figures, over-confident, with no violations', async () => {
    // From the goals to program health by the topbar's link, signed in as the same person.
    const page = await demo.open('/intranet/?as=platform-lead');
    await page.getByRole('navigation', { name: 'Intranet' }).getByRole('link', { name: 'Program health' }).click();
    await page.waitForURL(/[?&]view=health/);
    expect(new URL(page.url()).searchParams.get('as')).toBe('platform-lead');
    const { health, calibration } = widgets(page);
    expect(await checkInRate(health)).toMatch(/^\d+\s?%$/);
    const figures = await calibrationFigures(calibration);
    expect(figures.brier).toMatch(/^Brier score 0(\.\d+)? /);
    expect(figures.verdict).toMatch(/over-confident by \d+ points/);
    expect(figures.rows).toBeGreaterThanOrEqual(6);
    expect(figures.hidden).toBe(0);
    expect(await health.getByText(HIDDEN).count()).toBe(0);
    // The trend: the three closed quarters and this one.
    expect(await health.getByRole('table').locator('tbody tr').count()).toBe(4);
    await page.locator('#program-health').screenshot({ path: join(artifacts, 'intranet-program-health.png') });
    const violations = await axeViolations('/intranet/?view=health', async (p) => {
      await calibrationFigures(widgets(p).calibration);
      await checkInRate(widgets(p).health);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('the HR page shows them to a lead, and per department: Sales over-confident, People & Operations calibrated', async () => {
    const page = await demo.open('/hr/?as=platform-lead');
    await page.getByRole('link', { name: 'Program health' }).click();
    const { health, calibration } = widgets(page);
    expect(await checkInRate(health)).toMatch(/^\d+\s?%$/);
    const organisation = await calibrationFigures(calibration);
    expect(organisation.verdict).toMatch(/over-confident by \d+ points/);
    expect(organisation.rows).toBeGreaterThanOrEqual(6);
    expect(organisation.hidden).toBe(0);
    await page.screenshot({ path: join(artifacts, 'hr-program-health.png'), fullPage: true });

    const scope = page.getByRole('combobox', { name: 'Whose goals' });
    await scope.selectOption({ label: 'Sales' });
    await calibration
      .getByText(/over-confident by \d+ points/)
      .first()
      .waitFor({ timeout: 20_000 });
    const sales = await calibrationFigures(calibration);
    expect(Number(/by (\d+) points/.exec(sales.verdict ?? '')?.[1])).toBeGreaterThan(10);
    await scope.selectOption({ label: 'People & Operations' });
    await calibration
      .getByText(/well calibrated/)
      .first()
      .waitFor({ timeout: 20_000 });
    expect((await calibrationFigures(calibration)).hidden).toBe(0);
    await page.screenshot({ path: join(artifacts, 'hr-program-health-people-ops.png'), fullPage: true });

    // A team of three people (its lead and two members): every figure hidden, with the reason.
    await scope.selectOption({ label: 'Platform' });
    await calibration.getByText(HIDDEN).first().waitFor({ timeout: 20_000 });
    expect(await calibration.getByText(/^Brier score/).count()).toBe(0);

    const violations = await axeViolations('/hr/?as=platform-lead#/health', async (p) => {
      await calibrationFigures(widgets(p).calibration);
      await checkInRate(widgets(p).health);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('members have no program health page on the HR platform', async () => {
    const page = await demo.open('/hr/?as=platform-1');
    await page.getByRole('heading', { name: 'Objectives' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('link', { name: 'Program health' }).count()).toBe(0);
    await page.context().close();
  });

  it('at 320 px wide both pages keep the widgets to the screen', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 320, height: 640 } });
    for (const path of ['/intranet/?view=health', '/hr/?as=ceo#/health']) {
      const page = await demo.open(path, context);
      await calibrationFigures(widgets(page).calibration);
      await checkInRate(widgets(page).health);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await context.close();
  }, 90_000);

  it('the pages logged no console errors', () => {
    expect(demo.consoleErrors).toEqual([]);
  });
});
