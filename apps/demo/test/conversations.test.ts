import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, type Demo, runAxe, startDemo } from './harness.ts';

// The conversations on both pages, over the seeded 1:1s and review cycle (apps/server/src/seed/seedConversations.ts):
// weekly 1:1s between every manager and each report with the next meeting upcoming, and "H<half> <year>
// performance review" collecting for Product & Engineering (platform-1's self review submitted).
let demo: Demo;
beforeAll(async () => {
  // A member asks for the calibration grid and is refused (403): the browser logs the refused request.
  demo = await startDemo({ ignoreConsole: /status of 403 \(Forbidden\)/ });
}, 120_000);
afterAll(() => demo?.stop());

interface Series {
  id: string;
  participants: { id: string; name: string }[];
  nextMeetingId: string | null;
}
interface Meeting {
  talkingPoints: { text: string; visibility: string }[];
}
interface ReviewCycle {
  id: string;
  name: string;
  stage: string;
}
interface Review {
  id: string;
  kind: string;
  status: string;
  revieweeName: string;
}

/** What the reference server answers `person` (the seeded demo token), behind the page. */
async function api<T>(person: string, path: string): Promise<T> {
  const response = await fetch(`${demo.apiUrl}${path}`, { headers: { authorization: `Bearer gk_demo_${person}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** The next meeting of `person`'s 1:1 series with `other`, as the server has it for `person`. */
async function nextMeeting(person: string, other: string): Promise<Meeting> {
  const series = await api<{ items: Series[] }>(person, '/meeting-series');
  const withOther = series.items.find((s) => s.participants.some((p) => p.id === other));
  expect(withOther?.nextMeetingId, `${person}'s 1:1 with ${other}`).toBeTruthy();
  return api<Meeting>(person, `/meetings/${encodeURIComponent(withOther?.nextMeetingId ?? '')}`);
}

/** The review cycle collecting reviews, as `person` sees it. */
async function openCycle(person: string): Promise<ReviewCycle> {
  const cycles = await api<{ items: ReviewCycle[] }>(person, '/review-cycles');
  const cycle = cycles.items.find((c) => c.stage === 'collecting');
  expect(cycle, 'the seeded review cycle').toBeDefined();
  return cycle as ReviewCycle;
}

const oneOnOne = (scope: Page | Locator) => scope.locator('[data-scope="one-on-one"][data-part="root"]');
const reviewForm = (scope: Page | Locator) => scope.locator('[data-scope="review-form"][data-part="root"]');
const grid = (page: Page) => page.locator('[data-scope="calibration-grid"][data-part="root"]');

/** The 1:1 widget's heading ("1:1 with Dev Novak") once the meeting has loaded. */
async function meetingHeading(scope: Page | Locator, name: string) {
  const heading = oneOnOne(scope).getByRole('heading', { name: `1:1 with ${name}`, exact: true });
  await heading.waitFor({ timeout: 20_000 });
  return heading;
}

/** Every talking point of the meeting the server sends this person is on the widget's agenda, by its seeded text. */
async function expectAgenda(scope: Page | Locator, meeting: Meeting) {
  expect(meeting.talkingPoints.length, 'the seed gives every upcoming meeting an agenda').toBeGreaterThan(0);
  const labels = oneOnOne(scope).locator('[data-part="point-label"]');
  await labels.first().waitFor({ timeout: 20_000 });
  const shown = (await labels.allTextContents()).map((t) => t.trim());
  expect(shown.sort()).toEqual(meeting.talkingPoints.map((p) => p.text).sort());
}

/** The calibration grid's people, once it shows them. */
async function gridPeople(page: Page) {
  const names = grid(page).locator('[data-part="person"] [data-part="name"]');
  await names.first().waitFor({ timeout: 20_000 });
  return (await names.allTextContents()).map((n) => n.trim()).sort();
}

describe('1:1s and reviews on the demo pages', () => {
  it('the intranet shows platform-1 their next 1:1 with their manager, and that their self review is in', async () => {
    const page = await demo.open('/intranet/?as=platform-1');
    const section = page.getByRole('region', { name: 'My 1:1s' });
    await meetingHeading(section, 'Dev Novak');
    await expectAgenda(section, await nextMeeting('platform-1', 'platform-lead'));
    // One series: no picker. The seed submitted platform-1's self review: nothing to write, and the page says so.
    expect(await section.getByRole('combobox', { name: '1:1 with' }).isVisible()).toBe(false);
    const cycle = await openCycle('platform-1');
    await section.getByText(`${cycle.name}: your self review is submitted.`).waitFor({ timeout: 20_000 });
    expect(await reviewForm(section).count()).toBe(0);
    await section.screenshot({ path: join(artifacts, 'intranet-one-on-ones.png') });
    await page.context().close();
  }, 90_000);

  it('the intranet gives a manager a picker of their 1:1s and of the reviews they have to write', async () => {
    const context = await demo.browser.newContext({ bypassCSP: true });
    const page = await demo.open('/intranet/?as=platform-lead', context);
    const section = page.getByRole('region', { name: 'My 1:1s' });
    // Their reports first, then their own manager.
    const series = section.getByRole('combobox', { name: '1:1 with' });
    await series.waitFor({ timeout: 20_000 });
    const names = (await series.locator('option').allTextContents()).map((n) => n.trim());
    expect(names).toEqual(expect.arrayContaining(['Emre Mendes', 'Fatima Kim']));
    expect(names.at(-1)).toBe('Chloé Khan');
    await series.selectOption({ label: 'Emre Mendes' });
    await meetingHeading(section, 'Emre Mendes');
    await expectAgenda(section, await nextMeeting('platform-lead', 'platform-1'));

    // The reviews the server says platform-lead still writes: their self review first, then their reports'.
    const cycle = await openCycle('platform-lead');
    const mine = await api<{ items: Review[] }>(
      'platform-lead',
      `/review-cycles/${encodeURIComponent(cycle.id)}/reviews?reviewer=platform-lead`,
    );
    const toWrite = mine.items.filter((r) => r.status === 'draft');
    const reviews = section.getByRole('combobox', { name: 'Review to write' });
    await reviews.waitFor({ timeout: 20_000 });
    const options = (await reviews.locator('option').allTextContents()).map((o) => o.trim());
    expect(options).toHaveLength(toWrite.length);
    expect(options).toContain('Manager review of Emre Mendes');
    expect(options).toContain('Manager review of Fatima Kim');
    await reviews.selectOption({ label: 'Manager review of Emre Mendes' });
    const form = reviewForm(section);
    await form.getByRole('heading', { name: 'Manager review of Emre Mendes' }).waitFor({ timeout: 20_000 });
    // The manager's own questions, from the cycle (potential is asked of managers only).
    await form.getByRole('radiogroup', { name: /How ready is this person for a bigger role\?/ }).waitFor();
    await section.screenshot({ path: join(artifacts, 'intranet-one-on-ones-manager.png') });

    // The outline: "My 1:1s" is a section of the page; the widgets' headings sit below it.
    const outline = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(outline.map((h) => h.trim())).toContain('My 1:1s');
    const below = await section.getByRole('heading', { level: 3 }).allTextContents();
    expect(below.map((h) => h.trim())).toEqual(
      expect.arrayContaining(['1:1 with Emre Mendes', 'Manager review of Emre Mendes']),
    );
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('the HR platform shows a manager the next 1:1 with a report and the calibration grid of their reports', async () => {
    const context = await demo.browser.newContext({ bypassCSP: true });
    const page = await demo.open('/hr/?as=platform-lead', context);
    await page.getByRole('navigation', { name: 'HR platform' }).getByRole('link', { name: '1:1s and reviews' }).click();
    await page.getByRole('heading', { level: 1, name: '1:1s and reviews' }).waitFor({ timeout: 20_000 });
    const picker = page.getByRole('combobox', { name: '1:1 with' });
    await picker.selectOption({ label: 'Emre Mendes (reports to you)' });
    await meetingHeading(page, 'Emre Mendes');
    await expectAgenda(page, await nextMeeting('platform-lead', 'platform-1'));

    const cycle = await openCycle('platform-lead');
    await page.getByRole('heading', { level: 2, name: cycle.name }).waitFor();
    // The reviewees platform-lead manages, by name, as the server places them.
    const calibration = await api<{ people: { name: string }[] }>(
      'platform-lead',
      `/review-cycles/${encodeURIComponent(cycle.id)}/calibration`,
    );
    expect(await gridPeople(page)).toEqual(calibration.people.map((p) => p.name).sort());
    expect(await gridPeople(page)).toEqual(['Emre Mendes', 'Fatima Kim']);
    await page.screenshot({ path: join(artifacts, 'hr-one-on-ones.png'), fullPage: true });
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('the HR platform shows an admin every reviewee of the cycle on the grid', async () => {
    const page = await demo.open('/hr/?as=hr-admin#/conversations');
    const cycle = await openCycle('hr-admin');
    const calibration = await api<{ people: { name: string }[] }>(
      'hr-admin',
      `/review-cycles/${encodeURIComponent(cycle.id)}/calibration`,
    );
    expect(calibration.people.length, 'Product & Engineering').toBeGreaterThanOrEqual(10);
    expect(await gridPeople(page)).toEqual(calibration.people.map((p) => p.name).sort());
    // Admins lead no 1:1 in the seed: the section says so rather than stay empty.
    await page.getByText('No 1:1 is planned for you.').waitFor();
    await page.screenshot({ path: join(artifacts, 'hr-calibration-admin.png'), fullPage: true });
    await page.context().close();
  }, 90_000);

  it('a member refused the calibration sees the grid’s own error, not a blank area, and axe finds nothing', async () => {
    const context = await demo.browser.newContext({ bypassCSP: true });
    const page = await demo.open('/hr/?as=platform-1#/conversations', context);
    const refused = page.locator('[data-scope="calibration-grid"][data-state="error"]');
    await refused.getByRole('alert').waitFor({ timeout: 20_000 });
    // Said in words, without a "Try again" that could not help.
    expect((await refused.getByRole('alert').textContent())?.trim()).toBe('You are not allowed to see this.');
    expect(await refused.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await grid(page).locator('[data-part="person"]').count()).toBe(0);
    // Their own 1:1 with their manager still shows.
    await meetingHeading(page, 'Dev Novak');
    await page.screenshot({ path: join(artifacts, 'hr-calibration-refused.png'), fullPage: true });
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  }, 90_000);

  it('at 320 px wide both pages keep the 1:1, the review and the grid to the screen', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 320, height: 640 } });
    const intranet = await demo.open('/intranet/?as=platform-lead', context);
    const section = intranet.getByRole('region', { name: 'My 1:1s' });
    await oneOnOne(section).locator('[data-part="heading"]').waitFor({ timeout: 20_000 });
    await reviewForm(section).locator('[data-part="heading"]').waitFor({ timeout: 20_000 });
    expect(await intranet.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await section.screenshot({ path: join(artifacts, 'intranet-one-on-ones-320.png') });

    const hr = await demo.open('/hr/?as=platform-lead#/conversations', context);
    await gridPeople(hr);
    await oneOnOne(hr).locator('[data-part="heading"]').waitFor({ timeout: 20_000 });
    expect(await hr.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await hr.screenshot({ path: join(artifacts, 'hr-one-on-ones-320.png'), fullPage: true });
    await context.close();
  }, 90_000);

  it('the pages logged no console errors', () => {
    expect(demo.consoleErrors).toEqual([]);
  });
});
