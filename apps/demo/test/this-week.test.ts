import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, type Demo, runAxe, startDemo } from './harness.ts';

/**
 * "This week" near the top of both pages, for the person signed in by default: the check-ins they owe by the
 * seeded Monday 09:00 Europe/Berlin cadence (`GET /check-ins/due`) and the last seven days in their team's goals
 * (`GET /digest`). The demo server runs on the real clock and seeds its quarter around today, so what is owed
 * changes from day to day: each check compares the page with what the reference server answers the same person.
 */

let demo: Demo;

beforeAll(async () => {
  demo = await startDemo();
}, 120_000);

afterAll(() => demo?.stop());

interface DueCheckIn {
  keyResultId: string;
  objectiveId: string;
  state: 'due' | 'overdue' | 'escalated';
}
interface DigestEntry {
  objectiveId: string;
  keyResultId?: string;
}
interface Digest {
  checkIns: DigestEntry[];
  statusChanges: DigestEntry[];
  newRisks: DigestEntry[];
  kudos: DigestEntry[];
  quiet: DigestEntry[];
}
interface Objective {
  title: string;
  keyResults: {
    id: string;
    title: string;
    type: string;
    current?: unknown;
    start?: number;
    min?: number;
    target?: number;
  }[];
}

/** What the reference server answers `person` (the seeded demo token), behind the page. */
async function api<T>(person: string, path: string): Promise<T> {
  const response = await fetch(`${demo.apiUrl}${path}`, { headers: { authorization: `Bearer gk_demo_${person}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** The title of an objective, or of one of its key results, as `person` sees it. */
async function titleOf(person: string, entry: DigestEntry): Promise<string> {
  const objective = await api<Objective>(person, `/objectives/${encodeURIComponent(entry.objectiveId)}`);
  if (!entry.keyResultId) return objective.title;
  const keyResult = objective.keyResults.find((kr) => kr.id === entry.keyResultId);
  expect(keyResult, `${entry.keyResultId} in ${entry.objectiveId}`).toBeDefined();
  return keyResult?.title ?? '';
}

/** The widgets' roots: in the light DOM (React) or a shadow root (elements), which Playwright's CSS pierces. */
const inboxOf = (page: Page) => page.locator('[data-scope="check-in-inbox"][data-part="root"]');
const digestOf = (page: Page) => page.locator('[data-scope="digest"][data-part="root"]');

const pages = [
  {
    name: 'the intranet page (elements)',
    slug: 'intranet',
    // The intranet signs in Emre Mendes, a member of Platform, when `?as=` is not given.
    path: '/intranet/',
    person: 'platform-1',
    region: (page: Page) => page.locator('#this-week'),
  },
  {
    name: 'the HR page (React)',
    slug: 'hr',
    // The HR platform opens Dev Novak's own profile, Platform's lead, when `?as=` is not given.
    path: '/hr/',
    person: 'platform-lead',
    region: (page: Page) => page.getByRole('region', { name: 'This week' }),
  },
] as const;

/** The page's "This week" once both widgets show what the server has (not their loading state). */
async function thisWeek(page: Page, region: Locator): Promise<void> {
  await region.getByRole('heading', { name: 'This week', level: 2 }).waitFor({ timeout: 20_000 });
  await region.getByRole('heading', { name: /^Check-ins you owe/, level: 3 }).waitFor({ timeout: 20_000 });
  await region.getByRole('heading', { name: /^The week in /, level: 3 }).waitFor({ timeout: 20_000 });
  await digestOf(page).getByRole('list', { name: 'This week in numbers' }).waitFor();
}

describe.each(pages)('This week on $name', ({ slug, path, person, region }) => {
  it('lists the check-ins the signed-in person owes, escalated and overdue first, with their titles', async () => {
    const page = await demo.open(path);
    const week = region(page);
    await thisWeek(page, week);
    const due = await api<{ items: DueCheckIn[] }>(person, '/check-ins/due');
    const inbox = inboxOf(page);
    const heading = inbox.getByRole('heading', { level: 3 });
    if (due.items.length === 0) {
      // Only in a quarter's first days (nothing is owed before the first Monday after the seeded check-ins).
      await inbox.getByText('You are up to date: no check-ins are due.').waitFor();
    } else {
      const count = due.items.length === 1 ? '1 check-in' : `${due.items.length} check-ins`;
      expect((await heading.textContent())?.replace(/\s+/g, ' ').trim()).toMatch(
        new RegExp(`^Check-ins you owe \\(${count}`),
      );
      // Every row is a key result the server says is owed, by its seeded title, with a button to check in.
      const titles = await Promise.all(due.items.map((item) => titleOf(person, item)));
      const rows = await inbox.getByRole('heading', { level: 4 }).allTextContents();
      expect(rows.map((r) => r.trim()).sort()).toEqual([...titles].sort());
      for (const title of titles)
        await expect(inbox.getByRole('button', { name: `Check in on “${title}”` }).count()).resolves.toBeGreaterThan(0);
      // Escalated before overdue before due.
      const order = { escalated: 0, overdue: 1, due: 2 } as const;
      const badges = await inbox.locator('[data-part="badge"]').allTextContents();
      const ranks = badges.map((b) => order[b.trim().toLowerCase() as keyof typeof order]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    await page.context().close();
  }, 90_000);

  it("sums up the last seven days in the person's team's goals, naming what changed", async () => {
    const page = await demo.open(path);
    const week = region(page);
    await thisWeek(page, week);
    const digest = await api<Digest>(person, '/digest?owner=platform');
    const widget = digestOf(page);
    await expect
      .poll(() => widget.getByRole('heading', { level: 3 }).textContent())
      .toMatch(/^The week in Platform’s goals, /);
    const figures = (
      await widget.getByRole('list', { name: 'This week in numbers' }).getByRole('listitem').allTextContents()
    ).map((f) => f.replace(/\s+/g, ' ').trim());
    const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    expect(figures).toEqual(
      expect.arrayContaining([
        counted(digest.statusChanges.length, 'status change', 'status changes'),
        counted(digest.newRisks.length, 'new risk', 'new risks'),
        counted(digest.checkIns.length, 'check-in', 'check-ins'),
      ]),
    );
    // Each check-in, status change and new risk of the week is listed by its seeded title.
    const changed = [...digest.checkIns, ...digest.statusChanges, ...digest.newRisks];
    expect(changed.length, 'the seed gives Platform a week with changes').toBeGreaterThan(0);
    const entries = (await widget.getByRole('heading', { level: 5 }).allTextContents()).map((t) => t.trim());
    for (const entry of changed) expect(entries).toContain(await titleOf(person, entry));
    if (digest.checkIns.length > 0)
      await widget.getByRole('heading', { name: 'Check-ins', level: 4, exact: true }).waitFor();
    await page.screenshot({ path: join(artifacts, `${slug}-this-week.png`), fullPage: true });
    await page.context().close();
  }, 90_000);

  it('keeps the outline, passes axe, and reflows at 320 px', async () => {
    const context = await demo.browser.newContext({ bypassCSP: true });
    const page = await demo.open(path, context);
    await thisWeek(page, region(page));
    // "This week" sits right after the page's title (and the approvals, for a manager), before the goals.
    const outline = await page
      .getByRole('heading', { level: 2 })
      .evaluateAll((hs) => hs.map((h) => h.textContent?.trim() ?? ''));
    const week = outline.indexOf('This week');
    expect(week).toBeGreaterThanOrEqual(0);
    expect(outline.findIndex((h) => h === 'My goals' || h === 'Objectives')).toBeGreaterThan(week);
    expect(await runAxe(page)).toEqual([]);
    await context.close();

    const narrow = await demo.browser.newContext({ viewport: { width: 320, height: 640 } });
    const phone = await demo.open(path, narrow);
    await thisWeek(phone, region(phone));
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The two widgets stack at full width rather than squeeze side by side.
    const inbox = await inboxOf(phone).boundingBox();
    const digest = await digestOf(phone).boundingBox();
    expect(inbox && digest && digest.y >= inbox.y + inbox.height).toBe(true);
    await phone.screenshot({ path: join(artifacts, `${slug}-this-week-320.png`), fullPage: true });
    await narrow.close();
  }, 90_000);

  it('a check-in from the inbox is announced, leaves the list, and is no longer owed', async (ctx) => {
    const due = await api<{ items: DueCheckIn[] }>(person, '/check-ins/due');
    // A key result that takes a number (the form's other kinds are a checkbox or a list of milestones).
    let owed: { item: DueCheckIn; title: string; value: number } | undefined;
    for (const item of due.items) {
      const objective = await api<Objective>(person, `/objectives/${encodeURIComponent(item.objectiveId)}`);
      const kr = objective.keyResults.find((k) => k.id === item.keyResultId);
      if (kr && ['increase', 'decrease', 'at-least', 'at-most', 'range'].includes(kr.type)) {
        owed = { item, title: kr.title, value: Number(kr.current ?? kr.start ?? kr.min ?? kr.target ?? 1) };
        break;
      }
    }
    // Nothing owed that takes a number: only on a quarter's first days.
    if (!owed) return ctx.skip();
    const page = await demo.open(path);
    await thisWeek(page, region(page));
    const inbox = inboxOf(page);
    await inbox.getByRole('button', { name: `Check in on “${owed.title}”` }).click();
    await inbox.getByRole('textbox', { name: /^New value/ }).fill(String(owed.value));
    await inbox.getByRole('button', { name: 'Check in', exact: true }).click();
    await inbox.getByText(`Checked in on “${owed.title}”.`).waitFor({ timeout: 20_000 });
    await expect
      .poll(async () => (await inbox.getByRole('heading', { level: 4 }).allTextContents()).map((t) => t.trim()))
      .not.toContain(owed.title);
    await page.screenshot({ path: join(artifacts, `${slug}-this-week-checked-in.png`), fullPage: true });
    const after = await api<{ items: DueCheckIn[] }>(person, '/check-ins/due');
    expect(after.items.map((i) => i.keyResultId)).not.toContain(owed.item.keyResultId);
    await page.context().close();
  }, 90_000);
});

it('the pages logged no console errors', () => {
  expect(demo.consoleErrors).toEqual([]);
});
