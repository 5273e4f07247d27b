import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, type Demo, runAxe, startDemo } from './harness.ts';

let demo: Demo;
let browser: Demo['browser'];
let base = '';
/** An objective card's title, in the light DOM (React) or a shadow root (elements). */
const cardTitle = '[data-scope="objective-card"][data-part="title"]';

beforeAll(async () => {
  // The conflict test provokes a 412 on purpose; the browser logs every refused request.
  demo = await startDemo({ ignoreConsole: /status of 412/ });
  browser = demo.browser;
  base = demo.base;
}, 120_000);

afterAll(() => demo?.stop());

const open = (path: string, context?: BrowserContext): Promise<Page> => demo.open(path, context);

/** Run axe in the page (a context that bypasses the page's CSP, so the audit script may load). */
async function axeViolations(path: string, ready: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await ready(page);
  const violations = await runAxe(page);
  await context.close();
  return violations;
}

describe('the demo, end to end', () => {
  it('the intranet page renders the seeded goals from one script tag, with no violations', async () => {
    const page = await open('/intranet/?as=platform-lead');
    await expect.poll(() => page.locator('gk-objective-card').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // The card's heading: a report's proposal of a goal with the same title may be in the approvals too.
    await page
      .locator('gk-objective-card')
      .getByRole('heading', { name: 'Make my part of the platform faster and safer to change' })
      .first()
      .waitFor({ timeout: 20_000 });
    await page.getByRole('tree').waitFor();
    await page.getByRole('tree').getByText('Become the easiest analytics tool to adopt').first().waitFor();
    await page.screenshot({ path: join(artifacts, 'intranet.png'), fullPage: true });
    const violations = await axeViolations('/intranet/?as=platform-lead', async (p) => {
      await p
        .locator('gk-objective-card')
        .getByRole('heading', { name: 'Make my part of the platform faster and safer to change' })
        .first()
        .waitFor({ timeout: 20_000 });
      await p.getByRole('tree').waitFor();
    });
    expect(violations).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('a check-in on the HR page shows up live on the intranet page in another tab', async () => {
    const intranet = await open('/intranet/?as=platform-lead');
    const card = intranet
      .locator('gk-objective-card')
      .filter({ hasText: 'Make my part of the platform faster and safer to change' });
    await card.getByRole('meter').first().waitFor({ timeout: 20_000 });
    const before = await card.getByRole('meter').first().getAttribute('aria-valuenow');

    const hr = await open('/hr/?as=platform-lead#/people/platform-lead');
    await hr
      .getByRole('button', { name: /Check in and feedback.*Make my part of the platform faster and safer to change/ })
      .click();
    const form = hr
      .getByRole('form')
      .filter({ has: hr.getByRole('textbox', { name: /New value \(h\)/ }) })
      .first();
    await form.getByRole('textbox', { name: /New value \(h\)/ }).fill('14');
    await form.getByRole('button', { name: 'Check in' }).click();
    await form.getByRole('status').filter({ hasText: 'Check-in saved.' }).waitFor({ timeout: 20_000 });
    await hr.screenshot({ path: join(artifacts, 'hr-check-in.png'), fullPage: true });

    await expect
      .poll(() => card.getByRole('meter').first().getAttribute('aria-valuenow'), { timeout: 20_000 })
      .not.toBe(before);
    await intranet.screenshot({ path: join(artifacts, 'intranet-after-live-update.png'), fullPage: true });
    await intranet.context().close();
    await hr.context().close();
  }, 120_000);

  it('an edit conflict between two sessions is shown and resolved without losing either text', async () => {
    const path = '/hr/?as=platform-lead#/people/platform-lead';
    const first = await open(path);
    const second = await open(path);
    for (const page of [first, second]) {
      await page.getByRole('button', { name: /Edit.*Make my part of the platform faster and safer to change/ }).click();
      await page.getByRole('textbox', { name: 'Objective' }).waitFor();
    }
    await first.getByRole('textbox', { name: 'Objective' }).fill('Make our customers measurably happier every week');
    await first.getByRole('button', { name: 'Save' }).click();
    await first.getByText(/Saved/).first().waitFor({ timeout: 20_000 });

    await second.getByRole('textbox', { name: 'Objective' }).fill('Delight our customers in measurable ways');
    await second.getByRole('button', { name: 'Save' }).click();
    await second.getByText(/Someone else saved this objective/).waitFor({ timeout: 20_000 });
    await expect
      .poll(() => second.getByText(/theirs “Make our customers measurably happier every week”/).count())
      .toBeGreaterThan(0);
    await second.screenshot({ path: join(artifacts, 'hr-conflict.png'), fullPage: true });
    await second.getByRole('button', { name: 'Keep mine' }).click();
    await second.getByRole('button', { name: 'Save' }).click();
    await second.getByText(/Saved/).first().waitFor({ timeout: 20_000 });
    await expect
      .poll(() => second.getByRole('textbox', { name: 'Objective' }).inputValue())
      .toBe('Delight our customers in measurable ways');
    await first.context().close();
    await second.context().close();
  }, 120_000);

  it("a member cannot see another member's private goal; their manager can", async () => {
    const peer = await open('/hr/?as=platform-2#/people/platform-1');
    await peer.getByRole('heading', { name: 'Objectives' }).waitFor();
    await peer
      .getByRole('button', { name: /Check in and feedback/ })
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await peer.getByRole('heading', { name: 'Grow as a professional' }).count()).toBe(0);
    const manager = await open('/hr/?as=platform-lead#/people/platform-1');
    await manager.getByRole('heading', { name: 'Grow as a professional' }).waitFor({ timeout: 20_000 });
    await peer.screenshot({ path: join(artifacts, 'hr-member-view.png'), fullPage: true });
    const violations = await axeViolations('/hr/?as=platform-lead#/people/platform-1', async (p) => {
      await p.getByRole('heading', { name: 'Grow as a professional' }).waitFor({ timeout: 20_000 });
    });
    expect(violations).toEqual([]);
    await peer.context().close();
    await manager.context().close();
  }, 90_000);

  it('at 320 px wide (WCAG reflow) nothing scrolls sideways, and the tree is as tall as its rows', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const intranet = await open('/intranet/?as=platform-lead', context);
    const tree = intranet.getByRole('tree');
    await tree.getByText('Become the easiest analytics tool to adopt').first().waitFor({ timeout: 20_000 });
    // Any card will do: an earlier test renames the lead's goal.
    await intranet.locator(cardTitle).first().waitFor({ timeout: 20_000 });
    await intranet.getByRole('heading', { name: /^Cycle/ }).waitFor({ timeout: 20_000 });
    expect(await intranet.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const rows = await tree.getByRole('treeitem').count();
    const sizes = await tree.evaluate((el) => ({
      tree: el.clientHeight,
      row: (el.querySelector('[role="treeitem"]') as HTMLElement).offsetHeight,
      titles: [...el.querySelectorAll<HTMLElement>('[data-part="title"]')].map((t) => t.clientWidth),
    }));
    // Six rows, no empty box under them (the maximum is 480 px).
    expect(rows).toBeLessThan(10);
    expect(sizes.tree).toBeLessThanOrEqual(rows * sizes.row + 1);
    // Titles keep room for a few words next to the meter, not one.
    expect(Math.min(...sizes.titles)).toBeGreaterThanOrEqual(120);
    await intranet.screenshot({ path: join(artifacts, 'intranet-320.png'), fullPage: true });

    const hr = await open('/hr/?as=platform-lead#/people/platform-lead', context);
    await hr.locator(cardTitle).first().waitFor({ timeout: 20_000 });
    expect(await hr.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await hr.screenshot({ path: join(artifacts, 'hr-320.png'), fullPage: true });
    await context.close();
  }, 90_000);

  it('in a dark operating system the light host pages keep light widgets, and axe finds nothing', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', bypassCSP: true });
    for (const path of ['/intranet/?as=platform-lead', '/hr/?as=platform-lead#/people/platform-1']) {
      const page = await open(path, context);
      await page.locator(cardTitle).first().waitFor({ timeout: 20_000 });
      const surface = await page
        .locator(cardTitle)
        .first()
        .evaluate((el) => getComputedStyle(el.closest('[data-part="root"]') as Element).backgroundColor);
      expect(surface, path).toBe('rgb(255, 255, 255)');
      await page.screenshot({ path: join(artifacts, `${path.includes('hr') ? 'hr' : 'intranet'}-dark-os.png`) });
      const violations = await runAxe(page);
      expect(violations, path).toEqual([]);
    }
    await context.close();
  }, 90_000);

  it('the pages logged no console errors', () => {
    expect(demo.consoleErrors).toEqual([]);
  });
});
