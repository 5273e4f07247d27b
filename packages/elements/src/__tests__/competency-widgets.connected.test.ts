import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/gk-competency-matrix.js';
import '../define/gk-growth-plan.js';
import '../define/gk-skill-radar.js';
import { anaGapsReply, anaProfileReply, unplacedProfileReply } from '../../../../.storybook/competencyFixtures.js';
import { axeViolations } from '../../test/axe.js';
import { json, mountConnected, problem, record, routedFetch } from '../../test/connected.js';
import type { GkDraftGoalEvent } from '../events.js';

const PROFILE = 'GET /people/ana/competencies';
const GAPS = 'GET /people/ana/gaps';

afterEach(() => document.body.replaceChildren());

describe('connected competency elements', () => {
  it('<gk-competency-matrix person-id> loads the person’s competencies and names them by id and theme', async () => {
    const { fetch, calls } = routedFetch({ [PROFILE]: () => json(anaProfileReply()) });
    const { element } = mountConnected(
      '<gk-competency-matrix person-id="ana" as-of="2026-03-31"></gk-competency-matrix>',
      'gk-competency-matrix',
      fetch,
    );
    const table = page.getByRole('table', { name: 'Expected at Senior Engineer and assessed' });
    await expect.element(table).toBeVisible();
    expect(
      table
        .getByRole('rowheader')
        .elements()
        .map((h) => h.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual(['Code quality Craft', 'System design Craft', 'Communication Teamwork', 'Mentoring Leadership']);
    await expect.element(page.getByText('Readiness for Senior Engineer: 71%')).toBeVisible();
    expect(calls.map((c) => c.path)).toEqual(['/people/ana/competencies?asOf=2026-03-31']);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('<gk-skill-radar person-id> draws the person’s competencies from the server', async () => {
    const { fetch } = routedFetch({ [PROFILE]: () => json(anaProfileReply()) });
    const { element } = mountConnected('<gk-skill-radar person-id="ana"></gk-skill-radar>', 'gk-skill-radar', fetch);
    await expect
      .element(
        page.getByRole('img', { name: /^Radar of 4 competencies: expected at Senior Engineer against assessed/ }),
      )
      .toBeVisible();
    expect(await axeViolations(element)).toEqual([]);
  });

  it('<gk-growth-plan person-id> lists the gaps with their development goals, and “Draft a goal” sends gk-draft-goal', async () => {
    const { fetch, calls } = routedFetch({
      [PROFILE]: () => json(anaProfileReply()),
      [GAPS]: () => json(anaGapsReply()),
    });
    const { element } = mountConnected(
      '<gk-growth-plan person-id="ana" target="ic3"></gk-growth-plan>',
      'gk-growth-plan',
      fetch,
    );
    const drafts = record<GkDraftGoalEvent>(element, 'gk-draft-goal');
    await expect.element(page.getByText('1 of 2 gaps have a development goal (50%)')).toBeVisible();
    await expect.element(page.getByText('Lead the code review guild')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Draft a goal for Communication' }));
    expect(drafts[0]?.detail).toMatchObject({ kind: 'development', competencyIds: ['communication'], owner: 'ana' });
    expect(calls.map((c) => c.path)).toContain('/people/ana/gaps?target=ic3');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('says when the person is on no career track, and does not ask for gaps then', async () => {
    const { fetch, calls } = routedFetch({ [PROFILE]: () => json(unplacedProfileReply()) });
    mountConnected('<gk-growth-plan person-id="ana"></gk-growth-plan>', 'gk-growth-plan', fetch);
    await expect.element(page.getByText(/^No career level yet/)).toBeVisible();
    expect(calls.some((c) => c.path.startsWith('/people/ana/gaps'))).toBe(false);
  });

  it('says a person who is not there or not visible is not found, without a retry', async () => {
    const { fetch } = routedFetch({});
    mountConnected('<gk-competency-matrix person-id="ana"></gk-competency-matrix>', 'gk-competency-matrix', fetch);
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('This goal does not exist or is not visible to you.');
    expect(page.getByRole('button', { name: 'Try again' }).elements()).toHaveLength(0);
  });

  it('says when the viewer may not see the person’s competencies, without a retry', async () => {
    const { fetch } = routedFetch({ [PROFILE]: () => problem(403, { title: 'Forbidden' }) });
    mountConnected('<gk-skill-radar person-id="ana"></gk-skill-radar>', 'gk-skill-radar', fetch);
    await expect.element(page.getByRole('alert')).toHaveTextContent('You are not allowed to see this.');
    expect(page.getByRole('button', { name: 'Try again' }).elements()).toHaveLength(0);
  });

  it('shows an error with a retry, and loads on retry', async () => {
    let gapsFail = true;
    const { fetch } = routedFetch({
      [PROFILE]: () => json(anaProfileReply()),
      [GAPS]: () => (gapsFail ? problem(503) : json(anaGapsReply())),
    });
    const { element } = mountConnected('<gk-growth-plan person-id="ana"></gk-growth-plan>', 'gk-growth-plan', fetch);
    await expect.element(page.getByRole('alert')).toHaveTextContent('This could not be loaded.');
    expect(await axeViolations(element)).toEqual([]);
    gapsFail = false;
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    await expect.element(page.getByRole('region', { name: 'Growth plan' })).toBeVisible();
  });
});
