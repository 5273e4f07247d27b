import type { DigestData } from '@goalkit/core/connect';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../define/gk-digest.js';
import { axeViolations } from '../../test/axe.js';
import {
  json,
  keyResultFixture,
  mount,
  mountConnected,
  objectiveFixture,
  problem,
  routedFetch,
  XSS,
} from '../../test/connected.js';
import type { GkDigest } from './gk-digest.js';

const week = (overrides: Partial<DigestData> = {}): DigestData => ({
  ownerId: 'growth',
  ownerIds: ['growth', 'u1'],
  from: '2026-02-09',
  to: '2026-02-15',
  objectives: 1,
  checkIns: [{ objectiveId: 'o1', keyResultId: 'kr2', at: '2026-02-10T09:00:00Z', value: 3, confidence: 0.8 }],
  statusChanges: [{ objectiveId: 'o1', from: 'on-track', to: 'at-risk' }],
  newRisks: [{ objectiveId: 'o1', keyResultId: 'kr2', from: 'on-track', to: 'off-track' }],
  kudos: [{ objectiveId: 'o1', kind: 'kudos', authorId: 'u1', at: '2026-02-12T10:00:00Z', body: XSS }],
  quiet: [{ objectiveId: 'o1', keyResultId: 'kr1' }],
  ...overrides,
});
const objectives = [
  objectiveFixture({
    keyResults: [
      keyResultFixture(),
      keyResultFixture({ id: 'kr2', title: 'Cut time to first value to 2 days', unit: 'days', type: 'at-most' }),
    ],
  }),
];
const owners = [
  { id: 'growth', name: 'Growth team' },
  { id: 'u1', name: 'Ana Lopez' },
];

async function digest(value: DigestData, withObjectives = objectives, withOwners: typeof owners = owners) {
  const element = mount<GkDigest>('<gk-digest></gk-digest>', 'gk-digest');
  element.digest = value;
  element.objectives = withObjectives;
  element.owners = withOwners;
  await element.updateComplete;
  return element;
}

afterEach(() => document.body.replaceChildren());

describe('<gk-digest>', () => {
  it('shows whose week, the figures and a headed list per change, statuses in words', async () => {
    const element = await digest(week());
    await expect
      .element(page.getByRole('heading', { level: 2 }))
      .toHaveTextContent(/^The week in Growth team’s goals, Feb 9\s–\s15, 2026$/);
    await expect.element(page.getByText('1 objective, including 1 team or person below')).toBeVisible();
    const figures = page.getByRole('list', { name: 'This week in numbers' }).getByRole('listitem');
    expect(figures.elements().map((f) => f.textContent)).toEqual([
      '1 status change',
      '1 new risk',
      '1 check-in',
      '1 kudos',
      '1 key result without a check-in',
    ]);
    expect(
      page
        .getByRole('heading', { level: 3 })
        .elements()
        .map((h) => h.textContent?.trim()),
    ).toEqual(['Status changes', 'New risks', 'Check-ins', 'Kudos', 'No check-in yet']);
    const changes = page.getByRole('region', { name: 'Status changes' });
    await expect
      .element(changes.getByRole('heading', { level: 4 }))
      .toHaveTextContent('Make onboarding effortless for new customers');
    await expect.element(changes.getByRole('listitem')).toHaveTextContent(/was\s+on track\s+now\s+at risk/);
    await expect
      .element(page.getByRole('region', { name: 'Check-ins' }).getByText('3 days, high confidence'))
      .toBeVisible();
    const kudos = page.getByRole('region', { name: 'Kudos' });
    await expect.element(kudos.getByRole('heading', { level: 4 })).toHaveTextContent('Kudos from Ana Lopez');
    await expect.element(kudos.getByText(XSS, { exact: true })).toBeVisible();
    expect((globalThis as { __gkPwned?: number }).__gkPwned).toBeUndefined();
    expect(await axeViolations(element)).toEqual([]);
  });

  it('names what it does not know neutrally, and says a quiet week is quiet in German', async () => {
    await digest(week(), [], []);
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent(/^The week in goals, Feb 9/);
    await expect
      .element(page.getByRole('region', { name: 'Status changes' }).getByRole('heading', { level: 4 }))
      .toHaveTextContent('An objective');
    await expect
      .element(page.getByRole('region', { name: 'Kudos' }).getByRole('heading', { level: 4 }))
      .toHaveTextContent('Kudos from Someone');
    document.body.replaceChildren();
    const element = await digest(week({ checkIns: [], statusChanges: [], newRisks: [], kudos: [], quiet: [] }));
    await expect.element(page.getByText('A quiet week: nothing changed.')).toBeVisible();
    element.locale = 'de';
    await expect.element(page.getByText('Eine ruhige Woche: Nichts hat sich geändert.')).toBeVisible();
  });

  describe('connected', () => {
    it('shows GET /digest for its owner and days, with titles and names', async () => {
      const { fetch, calls } = routedFetch({
        'GET /digest': () => json(week()),
        'GET /objectives/o1': () => json(objectives[0]),
        'GET /owners': () =>
          json({ items: owners.map((o) => ({ ...o, kind: o.id === 'u1' ? 'person' : 'team', parentId: null })) }),
      });
      mountConnected('<gk-digest owner="growth" from="2026-02-09" to="2026-02-15"></gk-digest>', 'gk-digest', fetch);
      await expect
        .element(page.getByRole('heading', { level: 2 }))
        .toHaveTextContent(/^The week in Growth team’s goals/);
      await expect
        .element(page.getByRole('region', { name: 'Kudos' }).getByRole('heading', { level: 4 }))
        .toHaveTextContent('Kudos from Ana Lopez');
      const path = calls.find((c) => c.path.startsWith('/digest'))?.path ?? '';
      expect(new URL(path, 'http://x').searchParams.get('owner')).toBe('growth');
      expect(new URL(path, 'http://x').searchParams.get('to')).toBe('2026-02-15');
    });

    it('shows an error with a retry when the digest cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /digest': () => problem(503), 'GET /owners': () => json({ items: [] }) });
      mountConnected('<gk-digest></gk-digest>', 'gk-digest', fetch);
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
      await expect.element(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    });
  });
});
