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
  scriptedFetch,
  XSS,
} from '../../test/connected.js';
import type { GkErrorEvent } from '../events.js';
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
    const { fetch, calls } = scriptedFetch(problem(403), json(objectiveFixture()));
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
});
