import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-objective-card.js';
import { axeViolations } from '../../test/axe.js';
import {
  cyclesReply,
  json,
  keyResultFixture,
  mount,
  mountConnected,
  objectiveFixture,
  ownersReply,
  partText,
  problem,
  routedFetch,
  XSS,
} from '../../test/connected.js';
import type { GkObjectiveCard } from './gk-objective-card.js';

afterEach(() => {
  document.body.replaceChildren();
});

const twoKeyResults = () =>
  objectiveFixture({
    keyResults: [
      keyResultFixture(),
      keyResultFixture({
        id: 'kr2',
        title: 'Cut time to first value to 2 days',
        weight: 1,
        score: { progress: 0.25, expected: 0.5, status: 'at-risk', confidence: null, hasData: true },
      }),
    ],
  });

describe('<gk-objective-card>', () => {
  it('looks like a card, not a placeholder, in every lifecycle state; its title is the strongest text', async () => {
    for (const state of ['draft', 'proposed', 'active', 'closed'] as const) {
      const element = mount<GkObjectiveCard>('<gk-objective-card expanded></gk-objective-card>', 'gk-objective-card');
      element.objective = objectiveFixture({ state });
      await element.updateComplete;
      const root = element.shadowRoot?.querySelector('[data-part="root"]') as HTMLElement;
      expect(root.getAttribute('data-lifecycle')).toBe(state);
      expect(root.hasAttribute('data-state')).toBe(false);
      expect(getComputedStyle(root).borderTopStyle, state).toBe('solid');
      const title = element.shadowRoot?.querySelector('[data-part="title"]') as HTMLElement;
      const keyResult = element.shadowRoot?.querySelector('gk-key-result') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await keyResult.updateComplete;
      const krTitle = keyResult.shadowRoot?.querySelector('[data-part="title"]') as HTMLElement;
      expect(Number(getComputedStyle(title).fontWeight)).toBeGreaterThan(Number(getComputedStyle(krTitle).fontWeight));
      expect(getComputedStyle(title).color).toBe(getComputedStyle(root).color);
      element.remove();
    }
  });

  it('shows the objective, its facts and its progress', async () => {
    const element = mount<GkObjectiveCard>(
      '<gk-objective-card owner-name="Growth team" cycle-name="Q1 2026" parent-title="Grow revenue" smart-score="82"></gk-objective-card>',
      'gk-objective-card',
    );
    element.objective = twoKeyResults();
    await element.updateComplete;
    await expect
      .element(page.getByRole('article', { name: 'Make onboarding effortless for new customers' }))
      .toBeVisible();
    expect(partText(element, 'status')).toBe('on track · Active');
    expect(partText(element, 'facts')).toBe(
      'Owner Growth team Cycle Q1 2026 Aligns to Grow revenue SMART SMART score 82 of 100',
    );
    await expect
      .element(page.getByRole('meter', { name: 'Make onboarding effortless for new customers progress' }))
      .toHaveAttribute('aria-valuenow', '47');
    expect(await axeViolations()).toEqual([]);
  });

  it('expands its key results and explains its number, by keyboard', async () => {
    const element = mount<GkObjectiveCard>('<gk-objective-card></gk-objective-card>', 'gk-objective-card');
    element.objective = twoKeyResults();
    await element.updateComplete;
    const list = page.getByRole('list', { name: 'Key results' });
    await expect.element(list).not.toBeInTheDocument();
    const toggle = page.getByRole('button', {
      name: 'Show 2 key results of Make onboarding effortless for new customers',
    });
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    (toggle.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect
      .element(page.getByRole('button', { name: 'Hide key results of Make onboarding effortless for new customers' }))
      .toHaveAttribute('aria-expanded', 'true');
    expect(element.expanded).toBe(true);
    expect(element.hasAttribute('expanded')).toBe(true);
    await expect
      .element(page.getByRole('heading', { name: 'Cut time to first value to 2 days', level: 4 }))
      .toBeVisible();
    await userEvent.keyboard('{Tab}{Enter}');
    const explanation = page.getByRole('group', { name: /^Why the progress is 47%/ });
    await expect.element(explanation).toBeVisible();
    expect(element.shadowRoot?.querySelectorAll('[part="explanation-item"]')).toHaveLength(2);
    expect(await axeViolations()).toEqual([]);
  });

  it('starts expanded from its attribute and can be styled through its parts', async () => {
    const element = mount<GkObjectiveCard>('<gk-objective-card expanded></gk-objective-card>', 'gk-objective-card');
    element.objective = objectiveFixture();
    await element.updateComplete;
    const style = document.createElement('style');
    style.textContent = 'gk-objective-card::part(title) { color: rgb(1, 2, 3); }';
    document.body.append(style);
    const title = element.shadowRoot?.querySelector('[part="title"]') as HTMLElement;
    expect(getComputedStyle(title).color).toBe('rgb(1, 2, 3)');
    await expect.element(page.getByRole('list', { name: 'Key results' })).toBeVisible();
  });

  it('renders hostile titles as text', async () => {
    const element = mount<GkObjectiveCard>('<gk-objective-card expanded></gk-objective-card>', 'gk-objective-card');
    element.objective = objectiveFixture({ title: XSS, keyResults: [keyResultFixture({ title: XSS })] });
    element.ownerName = XSS;
    await element.updateComplete;
    expect(partText(element, 'title')).toBe(XSS);
    expect(element.shadowRoot?.querySelector('img, script')).toBeNull();
    expect((globalThis as { __gkPwned?: number }).__gkPwned).toBeUndefined();
  });

  it('loads the objective, its owner, cycle, parent and SMART score in connected mode', async () => {
    const { fetch } = routedFetch({
      'GET /objectives/o1': () => json(objectiveFixture()),
      'GET /objectives/o0': () => json(objectiveFixture({ id: 'o0', title: 'Grow revenue 30%', parentId: null })),
      'GET /cycles': () => json(cyclesReply()),
      'GET /owners': () => json(ownersReply()),
    });
    const { element } = mountConnected<GkObjectiveCard>(
      '<gk-objective-card objective-id="o1"></gk-objective-card>',
      'gk-objective-card',
      fetch,
    );
    await expect.element(page.getByRole('status')).toHaveTextContent('Loading…');
    await vi.waitFor(() => expect(partText(element, 'facts')).toContain('Cycle Q1 2026'));
    await vi.waitFor(() => expect(partText(element, 'facts')).toContain('Aligns to Grow revenue 30%'));
    expect(partText(element, 'facts')).toContain('Owner Growth');
  });

  it('offers a retry when the objective cannot be loaded', async () => {
    let fail = true;
    const { fetch } = routedFetch({
      'GET /objectives/o1': () => (fail ? problem(503) : json(objectiveFixture())),
    });
    const { element } = mountConnected<GkObjectiveCard>(
      '<gk-objective-card objective-id="o1"></gk-objective-card>',
      'gk-objective-card',
      fetch,
    );
    await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await vi.waitFor(() => expect(partText(element, 'title')).toBe('Make onboarding effortless for new customers'));
  });

  it('tries the owner lookup again with the objective: a failed lookup never stays as the owner id', async () => {
    let fail = true;
    const unavailable = () => problem(503, {}, { 'retry-after': '0' });
    const { fetch } = routedFetch({
      'GET /objectives/o1': () => (fail ? unavailable() : json(objectiveFixture({ parentId: null }))),
      'GET /cycles': () => json(cyclesReply()),
      'GET /owners': () => (fail ? unavailable() : json(ownersReply())),
    });
    const { element } = mountConnected<GkObjectiveCard>(
      '<gk-objective-card objective-id="o1"></gk-objective-card>',
      'gk-objective-card',
      fetch,
    );
    await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await vi.waitFor(() => expect(partText(element, 'facts')).toContain('Owner Growth Cycle Q1 2026'));
  });

  it('says a goal it may not see (404) is not there or not visible, with no retry', async () => {
    const { fetch } = routedFetch({});
    mountConnected<GkObjectiveCard>(
      '<gk-objective-card objective-id="private-1"></gk-objective-card>',
      'gk-objective-card',
      fetch,
    );
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('This goal does not exist or is not visible to you.');
    await expect.element(page.getByRole('button')).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('names its buttons and meter by its objective, so cards on one page are told apart, in German too', async () => {
    const english = mount<GkObjectiveCard>('<gk-objective-card></gk-objective-card>', 'gk-objective-card');
    english.objective = twoKeyResults();
    const german = mount<GkObjectiveCard>(
      '<gk-objective-card locale="de" explaining></gk-objective-card>',
      'gk-objective-card',
    );
    german.objective = objectiveFixture({ id: 'o2', title: 'Win the SMB market' });
    await english.updateComplete;
    await german.updateComplete;
    await expect
      .element(page.getByRole('button', { name: 'Explain progress of Make onboarding effortless for new customers' }))
      .toBeVisible();
    await expect
      .element(page.getByRole('button', { name: '1 Schlüsselergebnis anzeigen: Win the SMB market' }))
      .toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Erklärung ausblenden: Win the SMB market' })).toBeVisible();
    await expect.element(page.getByRole('meter', { name: 'Fortschritt von Win the SMB market' })).toBeVisible();
    // The open explanation is a group: a page of cards adds no landmarks.
    expect(page.getByRole('region').elements()).toEqual([]);
    expect(await axeViolations()).toEqual([]);
  });

  it('connected: shows each key result’s source and syncs a pulled one through the client for people who may edit', async () => {
    const pull = (lastSync: { at: string; ok: boolean; recorded?: number } | null) =>
      keyResultFixture({ source: { mode: 'pull', connector: 'csv', config: { file: 'a.csv' }, lastSync } });
    const withSource = (kr = pull(null)) =>
      objectiveFixture({ parentId: null, keyResults: [kr, keyResultFixture({ id: 'kr2', source: { mode: 'push' } })] });
    const lastSync = { at: new Date().toISOString(), ok: true, recorded: 2 };
    const { fetch, calls } = routedFetch({
      'GET /objectives/o1': () => json(withSource()),
      'GET /cycles': () => json(cyclesReply()),
      'GET /owners': () => json(ownersReply()),
      'GET /objectives/o1/lint': () => problem(404),
      'POST /key-results/kr1/sync': () => {
        const keyResult = pull(lastSync);
        return json({ keyResult, objective: withSource(keyResult), lastSync });
      },
      'GET /key-results/kr1/check-ins': () => json({ items: [] }),
    });
    const { element } = mountConnected<GkObjectiveCard>(
      '<gk-objective-card objective-id="o1" expanded></gk-objective-card>',
      'gk-objective-card',
      fetch,
    );
    const keyResults = () => [...(element.shadowRoot?.querySelectorAll('gk-key-result') ?? [])];
    await vi.waitFor(() => expect(keyResults()).toHaveLength(2));
    const [first, second] = keyResults();
    await vi.waitFor(() => expect(partText(first as Element, 'source')).toBe('From CSV file or URL · not synced yet'));
    expect(partText(second as Element, 'source')).toBe('Values from a system');
    expect(second?.shadowRoot?.querySelector('[part="sync"]')).toBeNull();
    await page.getByRole('button', { name: /^Sync now/ }).click();
    await vi.waitFor(() => expect(partText(first as Element, 'source')).toMatch(/^From CSV file or URL · synced /));
    await expect.element(page.getByRole('status')).toHaveTextContent('Synced: 2 values recorded.');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/key-results/kr1/sync']);
    expect(await axeViolations()).toEqual([]);
  });
});
