import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../define/gk-goal-editor.js';
import { axeViolations } from '../../test/axe.js';
import {
  expectFocus,
  json,
  keyResultFixture,
  mount,
  mountConnected,
  objectiveFixture,
  problem,
  record,
  routedFetch,
} from '../../test/connected.js';
import type { GkSaveEvent } from '../events.js';
import type { GkGoalEditor } from './gk-goal-editor.js';

const cycles = [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }];
const owners = [{ id: 'growth', name: 'Growth', kind: 'team' }];

async function editor(setup: (element: GkGoalEditor) => void) {
  const element = mount<GkGoalEditor>('<gk-goal-editor></gk-goal-editor>', 'gk-goal-editor');
  setup(element);
  await element.updateComplete;
  return element;
}

/** The text of the elements an input's `aria-describedby` names (ids resolve inside the shadow root). */
function description(input: Element): string {
  const root = input.getRootNode() as ShadowRoot;
  return (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('<gk-goal-editor>: where a key result’s value comes from', () => {
  it('sets up a pull: connector, its settings, schedule and transform, every field labelled', async () => {
    const element = await editor((e) => {
      e.cycles = cycles;
      e.owners = owners;
      e.defaults = { ownerId: 'growth', cycleId: '2026-Q1' };
    });
    const saves = record<GkSaveEvent>(document, 'gk-save');
    element.addEventListener('gk-save', (event) => event.waitUntil(Promise.resolve()));
    await page.getByRole('textbox', { name: 'Objective' }).fill('Make onboarding effortless for new customers');
    await page.getByRole('textbox', { name: 'Key result 1' }).fill('Reach 500 weekly signups');
    const mode = page.getByRole('combobox', { name: 'Value comes from (key result 1)' });
    await expect.element(mode).toHaveValue('manual');
    await mode.selectOptions('Pulled from a connector');
    await page.getByRole('combobox', { name: 'Connector' }).selectOptions('CSV file or URL');
    const url = page.getByRole('textbox', { name: 'URL' });
    expect(description(url.element())).toMatch(/A URL or a file, not both/);
    await url.fill('https://metrics.test/signups.csv');
    await page.getByRole('textbox', { name: 'Value column' }).fill('signups');
    await page.getByRole('textbox', { name: 'Date column' }).fill('day');
    await page.getByRole('combobox', { name: 'Schedule' }).selectOptions('Every week');
    await page.getByRole('textbox', { name: 'Then add' }).fill('5');
    await page.getByRole('checkbox', { name: 'Accept values for days outside the cycle' }).click();
    expect(await axeViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    expect(saves.map((e) => e.detail.objective.keyResults)).toEqual([
      [
        {
          title: 'Reach 500 weekly signups',
          type: 'increase',
          source: {
            mode: 'pull',
            connector: 'csv',
            config: { url: 'https://metrics.test/signups.csv', column: 'signups', dateColumn: 'day' },
            schedule: 'weekly',
            transform: { offset: 5 },
          },
          allowValuesOutsideCycle: true,
        },
      ],
    ]);
  });

  it('shows a push key result’s address, described on its choice', async () => {
    const element = await editor((e) => {
      e.objective = objectiveFixture();
      e.cycles = cycles;
      e.owners = owners;
    });
    const mode = page.getByRole('combobox', { name: 'Value comes from (key result 1)' });
    await mode.selectOptions('push');
    await expect.element(page.getByText('PUT /key-results/kr1/values/{YYYY-MM-DD}')).toBeVisible();
    expect(element.shadowRoot?.querySelector('code')?.textContent).toBe('PUT /key-results/kr1/values/{YYYY-MM-DD}');
    expect(description(mode.element())).toMatch(/Send one value a day as JSON/);
    expect(await axeViolations()).toEqual([]);
  });

  it('connected: writes only the source, and shows a 422 at that key result’s URL', async () => {
    const saved = objectiveFixture({
      keyResults: [
        keyResultFixture({
          source: {
            mode: 'pull',
            connector: 'http-json',
            config: { url: 'https://metrics.test/a' },
            schedule: 'daily',
            lastSync: { at: '2026-02-14T08:00:00Z', ok: false, error: 'timeout' },
          },
        }),
      ],
    });
    const { fetch, calls } = routedFetch({
      'GET /objectives/o1': () => json(saved),
      'GET /cycles': () => json({ items: [{ ...cycles[0], closed: false }] }),
      'GET /owners': () => json({ items: [{ id: 'growth', kind: 'team', name: 'Growth', parentId: null }] }),
      'PATCH /key-results/kr1': () =>
        problem(422, { errors: [{ path: 'source.config.url', message: 'the host evil.test is not allowed' }] }),
    });
    mountConnected('<gk-goal-editor objective-id="o1"></gk-goal-editor>', 'gk-goal-editor', fetch);
    const url = page.getByRole('textbox', { name: 'URL' });
    await expect.element(url).toHaveValue('https://metrics.test/a');
    await url.fill('https://evil.test/a');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.element(url).toHaveAttribute('aria-invalid', 'true');
    expect(description(url.element())).toContain('the host evil.test is not allowed');
    await expectFocus(url);
    const writes = calls.filter((c) => c.method !== 'GET');
    expect(writes.map((c) => [c.method, c.path, c.body])).toEqual([
      [
        'PATCH',
        '/key-results/kr1',
        {
          source: {
            mode: 'pull',
            connector: 'http-json',
            config: { url: 'https://evil.test/a' },
            schedule: 'daily',
            transform: null,
          },
        },
      ],
    ]);
    expect(await axeViolations()).toEqual([]);
  });
});
