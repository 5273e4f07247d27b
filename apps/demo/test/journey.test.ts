import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, type Demo, startDemo, tabTo } from './harness.ts';

/**
 * Setting a goal together, by keyboard alone, in both flavours: a member drafts a goal aligned to their team's
 * and proposes it; their manager finds it in the approval list and returns it with a comment; the member reads
 * the comment, edits and proposes again; the manager approves; the member carries it into the next cycle.
 * Two people, two browser contexts, one server; every action is a Tab, typed text, Enter or an arrow key.
 */

let demo: Demo;

beforeAll(async () => {
  demo = await startDemo();
}, 120_000);

afterAll(() => demo?.stop());

const MEMBER = 'platform-1';
const MANAGER = 'platform-lead';
const TEAM_GOAL = 'Make onboarding effortless for new customers';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Choose an option of a native select with the arrow keys only. */
async function chooseByKeyboard(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.press('Home');
  for (let i = 0; i < 80; i++) {
    const label = await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
    if (typeof option === 'string' ? label === option : option.test(label)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${select} has no option ${option}`);
}

/** Type into a field reached by Tab, replacing what it held. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

async function press(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

/** What differs between the flavours: where each person finds the editor and the approval list. */
interface Flavour {
  readonly name: string;
  readonly home: (person: string) => string;
  /** Open an empty editor for a new goal; answers the editor's region. */
  readonly newGoal: (page: Page) => Promise<Locator>;
  /** Open the editor on one of the person's goals, from a freshly loaded page. */
  readonly editGoal: (page: Page, title: string) => Promise<Locator>;
  /** After the first save, the editor on the new goal. */
  readonly afterCreate: (page: Page) => Locator;
  readonly approvals: (page: Page) => Locator;
}

const elements: Flavour = {
  name: 'custom elements on the intranet page',
  home: (person) => `/intranet/?as=${person}`,
  async newGoal(page) {
    return page.locator('#set-goal');
  },
  async editGoal(page, title) {
    const region = page.locator('#set-goal');
    await chooseByKeyboard(page, region.getByRole('combobox', { name: 'Goal to work on' }), title);
    await region.getByRole('textbox', { name: 'Objective', exact: true }).and(region.locator(':enabled')).waitFor();
    await expect
      .poll(() => region.getByRole('textbox', { name: 'Objective', exact: true }).inputValue(), { timeout: 20_000 })
      .toBe(title);
    return region;
  },
  afterCreate: (page) => page.locator('#set-goal'),
  approvals: (page) => page.locator('gk-approval-list'),
};

const react: Flavour = {
  name: 'React widgets on the HR platform',
  home: (person) => `/hr/?as=${person}`,
  async newGoal(page) {
    await press(page, page.getByRole('button', { name: 'New objective' }));
    return page.getByRole('region', { name: 'Details' });
  },
  async editGoal(page, title) {
    await press(page, page.getByRole('button', { name: new RegExp(`^Edit\\s*:\\s*${escapeRegExp(title)}$`) }));
    const region = page.getByRole('region', { name: 'Details' });
    await expect
      .poll(() => region.getByRole('textbox', { name: 'Objective', exact: true }).inputValue(), { timeout: 20_000 })
      .toBe(title);
    return region;
  },
  afterCreate: (page) => page.getByRole('region', { name: 'Details' }),
  approvals: (page) => page.getByRole('region', { name: 'Waiting for your approval' }),
};

type Listed = { id: string; title: string; state: string; parentId?: string; carriedFrom?: string };

/** The member's view of an owner's goals in a cycle, straight from the API. */
async function objectivesOf(owner: string, cycle: string): Promise<Listed[]> {
  const response = await fetch(`${demo.apiUrl}/objectives?owner=${owner}&cycle=${cycle}&limit=100`, {
    headers: { authorization: `Bearer gk_demo_${MEMBER}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: Listed[] }).items;
}

describe.each([elements, react])('setting a goal together, by keyboard only: $name', (flavour) => {
  it('draft, propose, return with a comment, edit, propose, approve, carry over', async () => {
    const slug = flavour === elements ? 'elements' : 'react';
    const member = await demo.open(flavour.home(MEMBER));
    const manager = await demo.open(flavour.home(MANAGER));
    try {
      await journey(flavour, slug, member, manager);
    } catch (error) {
      // What each person saw when it went wrong, kept with the other screenshots.
      await member.screenshot({ path: join(artifacts, `journey-${slug}-failed-member.png`), fullPage: true });
      await manager.screenshot({ path: join(artifacts, `journey-${slug}-failed-manager.png`), fullPage: true });
      throw error;
    }
    expect(demo.consoleErrors).toEqual([]);
    await member.context().close();
    await manager.context().close();
  }, 240_000);
});

async function journey(flavour: Flavour, slug: string, member: Page, manager: Page): Promise<void> {
  const title = `Halve the time a new team needs to set up (${slug})`;
  const edited = `Halve the time a new customer team needs to set up (${slug})`;
  const comment = `Say which customers: new teams or new accounts? (${slug})`;

  // 1. The member drafts a goal aligned to their team's and saves it.
  const draft = await flavour.newGoal(member);
  await typeInto(member, draft.getByRole('textbox', { name: 'Objective', exact: true }), title);
  await typeInto(member, draft.getByRole('searchbox', { name: 'Search goals to align to' }), 'onboarding');
  await chooseByKeyboard(member, draft.getByRole('combobox', { name: 'Aligns to' }), new RegExp(`^${TEAM_GOAL}`));
  await typeInto(
    member,
    draft.getByRole('textbox', { name: 'Key result 1', exact: true }),
    'Cut median setup time from 40 to 20 minutes',
  );
  await chooseByKeyboard(member, draft.getByRole('combobox', { name: 'Type' }), 'Decrease');
  await typeInto(member, draft.getByRole('textbox', { name: 'Start', exact: true }), '40');
  await typeInto(member, draft.getByRole('textbox', { name: 'Target', exact: true }), '20');
  await typeInto(member, draft.getByRole('textbox', { name: 'Unit', exact: true }), 'min');
  await press(member, draft.getByRole('button', { name: 'Save' }));
  const editor = flavour.afterCreate(member);
  await editor.getByText('Saved.').first().waitFor({ timeout: 20_000 });

  // 2. … and proposes it; the editor says whom it waits for.
  await press(member, editor.getByRole('button', { name: 'Propose' }));
  await editor.getByText('Waiting for approval by Dev Novak.').waitFor({ timeout: 20_000 });
  await member.screenshot({ path: join(artifacts, `journey-${slug}-proposed.png`), fullPage: true });

  // 3. The manager finds it in the approval list and returns it with a comment.
  await manager.reload();
  const list = flavour.approvals(manager);
  await list.getByText(title).waitFor({ timeout: 20_000 });
  await press(manager, list.getByRole('button', { name: `Return “${title}” with a comment` }));
  await typeInto(manager, list.getByRole('textbox'), comment);
  await press(manager, list.getByRole('button', { name: 'Return with comment' }));
  await list.getByText(`“${title}” went back to its owner with your comment.`).waitFor({ timeout: 20_000 });

  // 4. The member sees the comment, edits the title and proposes again.
  await member.reload();
  const returned = await flavour.editGoal(member, title);
  await returned.getByText(comment).waitFor({ timeout: 20_000 });
  await returned.getByText(/Returned by Dev Novak/).waitFor();
  await member.screenshot({ path: join(artifacts, `journey-${slug}-returned.png`), fullPage: true });
  await typeInto(member, returned.getByRole('textbox', { name: 'Objective', exact: true }), edited);
  await press(member, returned.getByRole('button', { name: 'Save' }));
  await returned.getByText('Saved.').first().waitFor({ timeout: 20_000 });
  await press(member, returned.getByRole('button', { name: 'Propose' }));
  await returned.getByText('Waiting for approval by Dev Novak.').waitFor({ timeout: 20_000 });

  // 5. The manager approves it, the primary action on the list.
  await manager.reload();
  const again = flavour.approvals(manager);
  await again.getByText(edited).waitFor({ timeout: 20_000 });
  await press(manager, again.getByRole('button', { name: `Approve “${edited}”` }));
  await again.getByText(`“${edited}” is approved.`).waitFor({ timeout: 20_000 });

  // 6. The member carries it into the next cycle as a draft.
  await member.reload();
  const approved = await flavour.editGoal(member, edited);
  await press(member, approved.getByRole('button', { name: 'Carry over to Q1 2027' }));
  await approved.getByText('Carried over to Q1 2027 as a draft.').waitFor({ timeout: 20_000 });
  await member.screenshot({ path: join(artifacts, `journey-${slug}-carried.png`), fullPage: true });

  // Behind the pages: one approved goal aligned to the team's, and its draft copy in the next cycle.
  const now = (await objectivesOf(MEMBER, '2026-Q4')).filter((o) => o.title === edited);
  const teamGoal = (await objectivesOf('platform', '2026-Q4')).find((o) => o.title === TEAM_GOAL);
  expect(now.map((o) => [o.state, o.parentId])).toEqual([['active', teamGoal?.id]]);
  const next = (await objectivesOf(MEMBER, '2027-Q1')).filter((o) => o.title === edited);
  expect(next.map((o) => [o.state, o.carriedFrom])).toEqual([['draft', now[0]?.id]]);
}
