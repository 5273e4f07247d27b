import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../define/gk-key-result.js';
import { axeViolations } from '../../test/axe.js';
import {
  json,
  keyResultFixture,
  mount,
  mountConnected,
  objectiveFixture,
  partText,
  problem,
  record,
  routedFetch,
  scriptedFetch,
  XSS,
} from '../../test/connected.js';
import type { GkErrorEvent, GkSyncEvent } from '../events.js';
import type { GkKeyResult } from './gk-key-result.js';

const now = '2026-02-15T10:00:00Z';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<gk-key-result>', () => {
  it('shows a key result set as a property, readable by role', async () => {
    const element = mount<GkKeyResult>('<gk-key-result heading-level="4"></gk-key-result>', 'gk-key-result');
    element.keyResult = keyResultFixture();
    element.now = now;
    await element.updateComplete;
    const heading = page.getByRole('heading', { name: 'Raise week-1 activation from 20% to 35%', level: 4 });
    await expect.element(heading).toBeVisible();
    expect(partText(element, 'value')).toBe('27 of 35 % (from 20)');
    expect(partText(element, 'status')).toBe('on track');
    expect(partText(element, 'meta')).toContain('Confidence: high');
    expect(partText(element, 'meta')).toContain('Last check-in 5 days ago');
    await expect
      .element(page.getByRole('meter', { name: 'Raise week-1 activation from 20% to 35%' }))
      .toHaveAttribute('aria-valuetext', '47%, on track, 51% expected by today');
    expect(await axeViolations()).toEqual([]);
  });

  it('lists milestones with their state for people who cannot see the tick', async () => {
    const element = mount<GkKeyResult>('<gk-key-result></gk-key-result>', 'gk-key-result');
    element.keyResult = keyResultFixture({
      type: 'milestones',
      current: null,
      milestones: [
        { title: 'Design', done: true },
        { title: 'Build', done: false },
      ],
    });
    await element.updateComplete;
    expect(partText(element, 'value')).toBe('1 of 2 milestones');
    const list = page.getByRole('list', { name: 'Milestones' });
    await expect.element(list.getByRole('listitem').first()).toHaveTextContent('Design (done)');
    await expect.element(list.getByRole('listitem').last()).toHaveTextContent('Build (open)');
    expect(element.shadowRoot?.querySelectorAll('[part="milestone"]')).toHaveLength(2);
    expect(await axeViolations()).toEqual([]);
  });

  it('renders a hostile title as text', async () => {
    const element = mount<GkKeyResult>('<gk-key-result></gk-key-result>', 'gk-key-result');
    element.keyResult = keyResultFixture({ title: XSS });
    await element.updateComplete;
    expect(partText(element, 'title')).toBe(XSS);
    expect(element.shadowRoot?.querySelector('img, script')).toBeNull();
    expect((globalThis as { __gkPwned?: number }).__gkPwned).toBeUndefined();
  });

  it('loads in connected mode, in the provider locale', async () => {
    const { fetch, calls } = scriptedFetch(json(objectiveFixture()));
    const { element } = mountConnected<GkKeyResult>(
      '<gk-key-result objective-id="o1" key-result-id="kr1"></gk-key-result>',
      'gk-key-result',
      fetch,
      { locale: 'de' },
    );
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[role="status"]')?.textContent).toBe('Wird geladen …');
    await vi.waitFor(() => expect(partText(element, 'value')).toBe('27 von 35 % (Start 20)'));
    expect(calls[0]?.url).toBe('https://api.test/objectives/o1');
    expect(await axeViolations()).toEqual([]);
  });

  it('shows an error with a retry that loads again, and tells the page', async () => {
    const { fetch, calls } = scriptedFetch(problem(400), json(objectiveFixture()));
    const { element } = mountConnected<GkKeyResult>(
      '<gk-key-result objective-id="o1" key-result-id="kr1"></gk-key-result>',
      'gk-key-result',
      fetch,
    );
    const errors = record<GkErrorEvent>(document, 'gk-error');
    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveTextContent('This could not be loaded.');
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]?.detail.action).toBe('load');
    expect(await axeViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Try again' }).click();
    await vi.waitFor(() => expect(partText(element, 'value')).toBe('27 of 35 % (from 20)'));
    expect(calls).toHaveLength(2);
  });

  it('says so when the objective has no such key result', async () => {
    const { fetch } = scriptedFetch(json(objectiveFixture()));
    const { element } = mountConnected<GkKeyResult>(
      '<gk-key-result objective-id="o1" key-result-id="nope"></gk-key-result>',
      'gk-key-result',
      fetch,
    );
    await vi.waitFor(() =>
      expect(element.shadowRoot?.querySelector('[data-state="empty"]')?.textContent).toContain('nope'),
    );
  });

  describe('where the value comes from', () => {
    const pulled = (lastSync: { at: string; ok: boolean; error?: string | null; recorded?: number } | null = null) =>
      keyResultFixture({
        source: {
          mode: 'pull',
          connector: 'csv',
          config: { file: 'signups.csv', column: 'n', dateColumn: 'day' },
          lastSync,
        },
      });
    const editable = (kr = pulled()) => objectiveFixture({ allowedTransitions: ['close'], keyResults: [kr] });

    it('says that a system sends the values, or the connector and its last sync', async () => {
      const element = mount<GkKeyResult>('<gk-key-result></gk-key-result>', 'gk-key-result');
      element.now = now;
      element.keyResult = keyResultFixture();
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[part="source"]')).toBeNull();
      element.keyResult = keyResultFixture({ source: { mode: 'push' } });
      await element.updateComplete;
      expect(partText(element, 'source')).toBe('Values from a system');
      element.keyResult = pulled({ at: '2026-02-15T08:00:00Z', ok: true, recorded: 3 });
      await element.updateComplete;
      expect(partText(element, 'source')).toBe('From CSV file or URL · synced 2 hours ago');
      expect(element.shadowRoot?.querySelector('[part="sync"]')).toBeNull();
      expect(await axeViolations()).toEqual([]);
      element.keyResult = pulled();
      await element.updateComplete;
      expect(partText(element, 'source')).toBe('From CSV file or URL · not synced yet');
    });

    it('shows a failed sync and its error as text', async () => {
      const element = mount<GkKeyResult>('<gk-key-result></gk-key-result>', 'gk-key-result');
      element.now = now;
      element.keyResult = pulled({ at: '2026-02-15T09:55:00Z', ok: false, error: `<b>bad</b> ${XSS}` });
      await element.updateComplete;
      expect(partText(element, 'source')).toBe(`Sync failed 5 minutes ago: <b>bad</b> ${XSS}`);
      expect(element.shadowRoot?.querySelector('[part="source"]')?.getAttribute('data-state')).toBe('failed');
      expect(element.shadowRoot?.querySelector('b, img, script')).toBeNull();
      expect((globalThis as { __gkPwned?: number }).__gkPwned).toBeUndefined();
      expect(await axeViolations()).toEqual([]);
    });

    it('asks the page to sync with gk-sync, showing Syncing… until its promise settles', async () => {
      const element = mount<GkKeyResult>('<gk-key-result can-sync></gk-key-result>', 'gk-key-result');
      element.now = now;
      element.keyResult = pulled();
      let answer: (value: unknown) => void = () => {};
      const requests = record<GkSyncEvent>(document, 'gk-sync');
      element.addEventListener('gk-sync', (event) =>
        event.waitUntil(
          new Promise((resolve) => {
            answer = resolve;
          }),
        ),
      );
      await element.updateComplete;
      const button = page.getByRole('button', { name: 'Sync now: Raise week-1 activation from 20% to 35%' });
      await button.click();
      expect(requests.map((e) => e.detail)).toEqual([{ keyResultId: 'kr1', objectiveId: 'o1' }]);
      await expect.element(button).toHaveAttribute('aria-disabled', 'true');
      await expect.element(page.getByRole('status')).toHaveTextContent('Syncing…');
      answer({ lastSync: { at: now, ok: false, error: 'no column "n"' } });
      await expect.element(page.getByRole('status')).toHaveTextContent('Sync failed: no column "n"');
      expect(await axeViolations()).toEqual([]);
    });

    it('connected: Sync now calls the route and shows the new state', async () => {
      let objective = editable();
      const lastSync = { at: '2026-02-15T09:59:00Z', ok: true, recorded: 4 };
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1': () => json(objective),
        'POST /key-results/kr1/sync': () => {
          const keyResult = pulled(lastSync);
          objective = editable(keyResult);
          return json({ keyResult, objective, lastSync });
        },
        'GET /key-results/kr1/check-ins': () => json({ items: [] }),
      });
      const { element } = mountConnected<GkKeyResult>(
        '<gk-key-result objective-id="o1" key-result-id="kr1"></gk-key-result>',
        'gk-key-result',
        fetch,
      );
      element.now = now;
      const done = record<GkSyncEvent>(document, 'gk-sync');
      await vi.waitFor(() => expect(partText(element, 'source')).toBe('From CSV file or URL · not synced yet'));
      await page.getByRole('button', { name: /^Sync now/ }).click();
      await vi.waitFor(() => expect(partText(element, 'source')).toBe('From CSV file or URL · synced 1 minute ago'));
      await expect.element(page.getByRole('status')).toHaveTextContent('Synced: 4 values recorded.');
      expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/key-results/kr1/sync']);
      expect(done).toHaveLength(1);
      expect(await axeViolations()).toEqual([]);
    });

    it('connected: a failed pull is said in words, and people who may not edit get no button', async () => {
      const lastSync = { at: '2026-02-15T09:59:00Z', ok: false, error: 'the host <i>x</i> is not allowed' };
      const { fetch } = routedFetch({
        'GET /objectives/o1': () => json(editable()),
        'POST /key-results/kr1/sync': () => {
          const keyResult = pulled(lastSync);
          return json({ keyResult, objective: editable(keyResult), lastSync });
        },
        'GET /key-results/kr1/check-ins': () => json({ items: [] }),
      });
      const { element } = mountConnected<GkKeyResult>(
        '<gk-key-result objective-id="o1" key-result-id="kr1"></gk-key-result>',
        'gk-key-result',
        fetch,
      );
      element.now = now;
      await page.getByRole('button', { name: /^Sync now/ }).click();
      await vi.waitFor(() =>
        expect(partText(element, 'source')).toBe('Sync failed 1 minute ago: the host <i>x</i> is not allowed'),
      );
      await expect.element(page.getByRole('status')).toHaveTextContent('Sync failed: the host <i>x</i> is not allowed');
      expect(element.shadowRoot?.querySelector('i')).toBeNull();
      expect(await axeViolations()).toEqual([]);

      document.body.replaceChildren();
      const readOnly = routedFetch({
        'GET /objectives/o1': () => json(objectiveFixture({ allowedTransitions: [], keyResults: [pulled()] })),
      });
      const other = mountConnected<GkKeyResult>(
        '<gk-key-result objective-id="o1" key-result-id="kr1"></gk-key-result>',
        'gk-key-result',
        readOnly.fetch,
      ).element;
      await vi.waitFor(() => expect(partText(other, 'source')).toBe('From CSV file or URL · not synced yet'));
      expect(other.shadowRoot?.querySelector('[part="sync"]')).toBeNull();
    });
  });
});
