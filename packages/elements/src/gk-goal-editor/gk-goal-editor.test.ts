import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
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
  XSS,
} from '../../test/connected.js';
import type { GkCarryOverEvent, GkErrorEvent, GkSaveEvent, GkTransitionEvent } from '../events.js';
import { linter } from '../internal/linter.js';
import type { GkGoalEditor } from './gk-goal-editor.js';

const cycles = [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }];
const owners = [{ id: 'growth', name: 'Growth', kind: 'team' }];

async function editor(setup: (element: GkGoalEditor) => void = () => {}, markup = '<gk-goal-editor></gk-goal-editor>') {
  const element = mount<GkGoalEditor>(markup, 'gk-goal-editor');
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

const withDefaults = (element: GkGoalEditor) => {
  element.cycles = cycles;
  element.owners = owners;
  element.defaults = { ownerId: 'growth', cycleId: '2026-Q1' };
};

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('<gk-goal-editor>', () => {
  it('lints as the person types, next to the field concerned, and scores each SMART letter', async () => {
    await editor(withDefaults);
    const title = page.getByRole('textbox', { name: 'Objective' });
    await title.fill('Improve things');
    await vi.waitFor(() =>
      expect(description(title.element())).toMatch(/The objective title has 2 words; a goal needs at least 3\./),
    );
    const kr = page.getByRole('group', { name: 'Key result 1' });
    const target = kr.getByRole('textbox', { name: 'Target' });
    expect(description(target.element())).toContain('This key result has no target.');
    const smart = page.getByRole('region', { name: 'SMART check' });
    await expect.element(smart.getByRole('listitem').nth(1)).toHaveTextContent('Measurable0');
    await target.fill('35');
    await vi.waitFor(() => expect(description(target.element())).not.toContain('no target'));
    expect(await axeViolations()).toEqual([]);
  });

  it('says suggestions are unavailable when the linter cannot load, and still saves', async () => {
    // The linter's file did not arrive (goalkit-lint.js beside the embed bundle, or a chunk of an app's).
    vi.spyOn(linter, 'current').mockReturnValue(undefined);
    vi.spyOn(linter, 'failed').mockReturnValue(true);
    const load = vi
      .spyOn(linter, 'load')
      .mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    await editor(withDefaults);
    await expect.element(page.getByText('Suggestions are unavailable right now; you can still save.')).toBeVisible();
    expect(page.getByText('Checking the goal…').query()).toBeNull();
    const saves = record<GkSaveEvent>(document, 'gk-save');
    await page.getByRole('textbox', { name: 'Objective' }).fill('Make onboarding effortless for new customers');
    const kr = page.getByRole('group', { name: 'Key result 1' });
    await kr.getByRole('textbox', { name: 'Key result' }).fill('Raise week-1 activation from 20% to 35%');
    await kr.getByRole('textbox', { name: 'Start' }).fill('20');
    await kr.getByRole('textbox', { name: 'Target' }).fill('35');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(saves).toHaveLength(1);
    // Typing did not retry the load on every render: only connecting did.
    expect(load.mock.calls.length).toBeLessThanOrEqual(1);
    expect(await axeViolations()).toEqual([]);
  });

  it('creates an objective with the keyboard alone', async () => {
    const element = await editor(withDefaults);
    const saves = record<GkSaveEvent>(document, 'gk-save');
    element.addEventListener('gk-save', (event) => event.waitUntil(Promise.resolve()));
    element.focus();
    await expectFocus(page.getByRole('textbox', { name: 'Objective' }));
    await userEvent.keyboard('Make onboarding effortless for new customers');
    await userEvent.tab(); // description
    await userEvent.tab(); // owner
    await userEvent.tab(); // cycle
    await userEvent.tab(); // search the goals to align to
    await userEvent.tab(); // aligns to
    await userEvent.tab(); // alignment kind
    await userEvent.tab(); // visibility
    await userEvent.tab();
    await expectFocus(page.getByRole('textbox', { name: 'Key result 1' }));
    await userEvent.keyboard('Raise week-1 activation');
    await userEvent.tab(); // type
    await userEvent.tab();
    await userEvent.keyboard('20');
    await userEvent.tab();
    await userEvent.keyboard('35');
    await userEvent.tab();
    await userEvent.keyboard('%{Enter}');
    expect(saves.map((e) => e.detail)).toEqual([
      {
        objective: {
          title: 'Make onboarding effortless for new customers',
          ownerId: 'growth',
          cycleId: '2026-Q1',
          parentId: null,
          alignment: 'contributes',
          visibility: 'public',
          keyResults: [{ title: 'Raise week-1 activation', type: 'increase', start: 20, target: 35, unit: '%' }],
        },
      },
    ]);
    await expect.element(page.getByText('Saved.')).toBeVisible();
  });

  it('adds and removes key results, moving focus where the person works next', async () => {
    await editor(withDefaults);
    await page.getByRole('button', { name: 'Add key result' }).click();
    await expectFocus(page.getByRole('textbox', { name: 'Key result 2' }));
    await page.getByRole('button', { name: 'Remove key result 2' }).click();
    await expectFocus(page.getByRole('button', { name: 'Add key result' }));
    await expect.element(page.getByRole('group', { name: 'Key result 2' })).not.toBeInTheDocument();
  });

  it('asks who owes each key result’s check-ins, the owner by default, and saves a person chosen', async () => {
    const element = await editor((e) => {
      withDefaults(e);
      e.owners = [
        ...owners,
        { id: 'raj', name: 'Raj Patel', kind: 'person' },
        { id: 'ana', name: 'Ana Lima', kind: 'person' },
      ];
    });
    const saves = record<GkSaveEvent>(document, 'gk-save');
    element.addEventListener('gk-save', (event) => event.waitUntil(Promise.resolve()));
    await page.getByRole('textbox', { name: 'Objective' }).fill('Make onboarding effortless for new customers');
    await page.getByRole('textbox', { name: 'Key result 1' }).fill('Raise week-1 activation');
    const by = page.getByRole('combobox', { name: 'Check-ins by (key result 1)' });
    await expect.element(by).toHaveValue('');
    expect([...(by.element() as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'The owner',
      'Ana Lima',
      'Raj Patel',
    ]);
    await by.selectOptions('Ana Lima');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(saves.map((e) => e.detail.objective.keyResults)).toEqual([
      [{ title: 'Raise week-1 activation', type: 'increase', checkInResponsibleId: 'ana' }],
    ]);
    await expect.element(page.getByText('Saved.')).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('refuses to save without a title, says why and focuses it', async () => {
    await editor();
    const saves = record<GkSaveEvent>(document, 'gk-save');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(saves).toHaveLength(0);
    const title = page.getByRole('textbox', { name: 'Objective' });
    await expect.element(title).toHaveAttribute('aria-invalid', 'true');
    await expect.element(page.getByText('Give the objective a title.')).toBeVisible();
    await expectFocus(title);
    expect(await axeViolations()).toEqual([]);
  });

  it('offers the lifecycle actions the contract allows; returning needs a comment', async () => {
    await editor((element) => {
      element.objective = objectiveFixture({ state: 'proposed', allowedTransitions: ['approve', 'return'] });
    });
    const transitions = record<GkTransitionEvent>(document, 'gk-transition');
    await expect.element(page.getByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    await page.getByRole('button', { name: 'Return with comment' }).click();
    expect(transitions).toHaveLength(0);
    const comment = page.getByRole('textbox', { name: 'Comment for the owner' });
    expect(description(comment.element())).toBe('Say what should change before returning it.');
    await expectFocus(comment);
    await comment.fill('Add a baseline');
    await page.getByRole('button', { name: 'Return with comment' }).click();
    expect(transitions.map((e) => e.detail)).toEqual([
      { objectiveId: 'o1', action: 'return', comment: 'Add a baseline' },
    ]);
  });

  it('shows user text as text', async () => {
    const element = await editor((e) => {
      e.objective = objectiveFixture({ title: XSS });
    });
    await expect.element(page.getByRole('textbox', { name: 'Objective' })).toHaveValue(XSS);
    expect(element.shadowRoot?.querySelector('img, script')).toBeNull();
  });

  it('takes part in a surrounding form', async () => {
    const outer = mount<HTMLFormElement>('<form><gk-goal-editor name="goal"></gk-goal-editor></form>', 'form');
    const element = outer.querySelector('gk-goal-editor') as GkGoalEditor;
    withDefaults(element);
    await element.updateComplete;
    expect(outer.checkValidity()).toBe(false);
    await page.getByRole('textbox', { name: 'Objective' }).fill('Make onboarding effortless');
    await element.updateComplete;
    expect(outer.checkValidity()).toBe(true);
    expect(JSON.parse(String(new FormData(outer).get('goal')))).toMatchObject({
      title: 'Make onboarding effortless',
      ownerId: 'growth',
      cycleId: '2026-Q1',
    });
    outer.reset();
    await element.updateComplete;
    await expect.element(page.getByRole('textbox', { name: 'Objective' })).toHaveValue('');
  });

  it('shows the author who a proposal waits for, and the comment a returned draft came back with', async () => {
    const element = await editor((e) => {
      e.objective = objectiveFixture({
        state: 'draft',
        returned: { comment: 'Add a quality key result', byName: 'Dana Okafor', at: '2026-02-13T09:00:00Z' },
      });
      e.now = '2026-02-15T09:00:00Z';
    });
    await expect
      .element(page.getByRole('note'))
      .toHaveTextContent('Returned by Dana Okafor 2 days ago: Add a quality key result');
    element.objective = objectiveFixture({
      id: 'o2',
      state: 'proposed',
      waitingFor: [{ id: 'dana', name: 'Dana Okafor' }],
      allowedTransitions: ['withdraw'],
    });
    await expect.element(page.getByRole('note')).toHaveTextContent('Waiting for approval by Dana Okafor.');
    await expect.element(page.getByRole('button', { name: 'Withdraw the proposal' })).toBeVisible();
  });

  describe('connected', () => {
    it('carries a closed goal into the next cycle as a draft', async () => {
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1': () => json(objectiveFixture({ state: 'closed', parentId: null })),
        'GET /alignment-candidates': () => json({ items: [] }),
        'GET /cycles': () =>
          json({
            items: [
              { ...cycles[0], closed: true },
              { id: '2026-Q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30', closed: false },
            ],
          }),
        'GET /owners': () => json({ items: [] }),
        'POST /objectives/o1/duplicate': () => json(objectiveFixture({ id: 'o9', cycleId: '2026-Q2', state: 'draft' })),
      });
      mountConnected('<gk-goal-editor objective-id="o1"></gk-goal-editor>', 'gk-goal-editor', fetch);
      const carried = record<GkCarryOverEvent>(document, 'gk-carry-over');
      await page.getByRole('button', { name: 'Carry over to Q2 2026' }).click();
      await expect.element(page.getByText('Carried over to Q2 2026 as a draft.')).toBeVisible();
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ cycleId: '2026-Q2' });
      expect(carried.map((e) => e.detail)).toEqual([{ objectiveId: 'o1', cycleId: '2026-Q2', copyId: 'o9' }]);
    });

    it('offers the goals the owner may align to, searchable, and follows the owner chosen', async () => {
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1': () => json(objectiveFixture({ parentId: null })),
        'GET /alignment-candidates': () =>
          json({
            items: [
              { id: 'c1', title: 'Win the SMB market', ownerId: 'acme', ownerName: 'Acme', relation: 'company' },
              {
                id: 't1',
                title: 'Make growth repeatable',
                ownerId: 'growth-dept',
                ownerName: 'Growth',
                relation: 'team',
              },
            ],
          }),
      });
      const { element } = mountConnected<GkGoalEditor>(
        '<gk-goal-editor objective-id="o1"></gk-goal-editor>',
        'gk-goal-editor',
        fetch,
      );
      element.cycles = cycles;
      element.owners = [...owners, { id: 'ana', name: 'Ana', kind: 'person' }];
      const alignsTo = page.getByRole('combobox', { name: 'Aligns to' });
      await expect.element(alignsTo.getByRole('option', { name: 'Win the SMB market (Acme)' })).toBeInTheDocument();
      expect(alignsTo.element().querySelector('optgroup[label="Team goals"]')).not.toBeNull();
      await page.getByRole('searchbox', { name: 'Search goals to align to' }).fill('smb');
      await expect
        .element(alignsTo.getByRole('option', { name: 'Make growth repeatable (Growth)' }))
        .not.toBeInTheDocument();
      await expect.element(page.getByText('1 goal to align to')).toHaveAttribute('role', 'status');
      await alignsTo.selectOptions('c1');
      await page.getByRole('combobox', { name: 'Owner' }).selectOptions('ana');
      await vi.waitFor(() =>
        expect(calls.filter((c) => c.path.startsWith('/alignment-candidates')).map((c) => c.path)).toEqual([
          '/alignment-candidates?owner=growth&cycle=2026-Q1&exclude=o1',
          '/alignment-candidates?owner=ana&cycle=2026-Q1&exclude=o1',
        ]),
      );
    });

    it('writes only the field the person changed: milestones, numbers and the rest stay as saved', async () => {
      const saved = objectiveFixture({
        description: 'Why it matters ',
        keyResults: [
          keyResultFixture({ start: 1.234, target: 27.5, unit: 'days' }),
          keyResultFixture({
            id: 'kr2',
            type: 'milestones',
            start: undefined,
            target: undefined,
            unit: undefined,
            milestones: [
              { title: 'Draft written', done: true, weight: 2, due: '2026-02-01' },
              { title: 'Reviewed', done: false, weight: 1, due: null },
            ],
          }),
        ],
      });
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1': () => json(saved),
        'GET /cycles': () => json({ items: [{ ...cycles[0], closed: false }] }),
        'GET /owners': () => json({ items: [{ id: 'growth', kind: 'team', name: 'Growth', parentId: null }] }),
        'PATCH /objectives/o1': () => json({ ...saved, version: 8, title: 'Neuer Titel für alle Kunden' }),
      });
      mountConnected('<gk-goal-editor objective-id="o1"></gk-goal-editor>', 'gk-goal-editor', fetch, {
        locale: 'de',
      });
      const title = page.getByRole('textbox', { name: 'Ziel', exact: true });
      await expect.element(title).toHaveValue('Make onboarding effortless for new customers');
      await expect.element(page.getByRole('textbox', { name: 'Start' }).first()).toHaveValue('1,234');
      await title.fill('Neuer Titel für alle Kunden');
      await page.getByRole('button', { name: 'Speichern' }).click();
      await expect.element(page.getByText('Gespeichert.')).toBeVisible();
      const writes = calls.filter((c) => c.method !== 'GET');
      expect(writes.map((c) => [c.method, c.path, c.body])).toEqual([
        ['PATCH', '/objectives/o1', { title: 'Neuer Titel für alle Kunden' }],
      ]);
    });

    it('writes the person chosen for a key result’s check-ins, and shows the server’s refusal at that row', async () => {
      const saved = objectiveFixture({
        keyResults: [
          keyResultFixture(),
          keyResultFixture({ id: 'kr2', title: 'Cut time to first value to 2 days', checkInResponsibleId: 'ana' }),
        ],
      });
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1': () => json(saved),
        'GET /cycles': () => json({ items: [{ ...cycles[0], closed: false }] }),
        'GET /owners': () =>
          json({
            items: [
              { id: 'growth', kind: 'team', name: 'Growth', parentId: null },
              { id: 'ana', kind: 'person', name: 'Ana Lima', parentId: 'growth' },
              { id: 'raj', kind: 'person', name: 'Raj Patel', parentId: null },
            ],
          }),
        'PATCH /key-results/kr2': () =>
          problem(422, {
            errors: [
              { path: 'checkInResponsibleId', message: 'Raj Patel may not see this goal, so cannot owe its check-ins' },
            ],
          }),
      });
      mountConnected('<gk-goal-editor objective-id="o1"></gk-goal-editor>', 'gk-goal-editor', fetch);
      const by = page.getByRole('combobox', { name: 'Check-ins by (key result 2)' });
      await expect.element(by).toHaveValue('ana');
      await expect.element(page.getByRole('combobox', { name: 'Check-ins by (key result 1)' })).toHaveValue('');
      await by.selectOptions('Raj Patel');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.element(by).toHaveAttribute('aria-invalid', 'true');
      expect(description(by.element())).toBe(
        'Only a person who may see this goal can owe its check-ins. Choose someone else, or the owner.',
      );
      await expectFocus(by);
      await expect
        .element(page.getByRole('alert'))
        .toHaveTextContent('The objective could not be saved. Your changes are kept.');
      const writes = calls.filter((c) => c.method !== 'GET');
      expect(writes.map((c) => [c.method, c.path, c.body])).toEqual([
        ['PATCH', '/key-results/kr2', { checkInResponsibleId: 'raj' }],
      ]);
    });

    it('saves with If-Match, and on a conflict shows their change and lets the person keep theirs', async () => {
      let version = 7;
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1': () =>
          json(
            objectiveFixture({
              version,
              title: version === 7 ? 'Make onboarding effortless for new customers' : 'Their title',
            }),
          ),
        'GET /cycles': () => json({ items: [{ ...cycles[0], closed: false }] }),
        'GET /owners': () => json({ items: [{ id: 'growth', kind: 'team', name: 'Growth', parentId: null }] }),
        'PATCH /objectives/o1': () => {
          if (calls.at(-1)?.headers.get('if-match') === '"7"') {
            version = 8;
            return problem(412, { currentVersion: 8 });
          }
          return json(objectiveFixture({ version: 9, title: 'My title for new customers' }));
        },
      });
      mountConnected('<gk-goal-editor objective-id="o1"></gk-goal-editor>', 'gk-goal-editor', fetch);
      const errors = record<GkErrorEvent>(document, 'gk-error');
      const saves = record<GkSaveEvent>(document, 'gk-save');
      const title = page.getByRole('textbox', { name: 'Objective' });
      await expect.element(title).toHaveValue('Make onboarding effortless for new customers');
      await title.fill('My title for new customers');
      await page.getByRole('button', { name: 'Save' }).click();
      const alert = page.getByRole('alert');
      await expect
        .element(alert)
        .toHaveTextContent('Someone else saved this objective while you were editing (now version 8).');
      await expect
        .element(alert)
        .toHaveTextContent('Objective: theirs “Their title”, yours “My title for new customers”');
      expect(errors[0]?.detail.action).toBe('save');
      await page.getByRole('button', { name: 'Keep mine' }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.element(page.getByText('Saved.')).toBeVisible();
      const patches = calls.filter((c) => c.method === 'PATCH');
      expect(patches.map((p) => p.headers.get('if-match'))).toEqual(['"7"', '"8"']);
      expect(saves).toHaveLength(1);
    });

    it('shows an error with a retry when the objective cannot be loaded', async () => {
      let fail = true;
      const { fetch } = routedFetch({ 'GET /objectives/o1': () => (fail ? problem(500) : json(objectiveFixture())) });
      mountConnected('<gk-goal-editor objective-id="o1"></gk-goal-editor>', 'gk-goal-editor', fetch);
      await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
      fail = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect.element(page.getByRole('heading', { name: 'Edit objective' })).toBeVisible();
    });
  });
});
