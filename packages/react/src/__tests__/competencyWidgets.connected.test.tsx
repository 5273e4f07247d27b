import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { anaGapsReply, anaProfileReply, unplacedProfileReply } from '../../../../.storybook/competencyFixtures.js';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { json, problem, renderConnected, routedFetch } from '../../test/connected.js';
import { CompetencyMatrix } from '../CompetencyMatrix/CompetencyMatrix.js';
import { GrowthPlan } from '../GrowthPlan/GrowthPlan.js';
import { SkillRadar } from '../SkillRadar/SkillRadar.js';

const PROFILE = 'GET /people/ana/competencies';
const GAPS = 'GET /people/ana/gaps';

describe('connected competency widgets', () => {
  it('<CompetencyMatrix personId> loads the person’s competencies and names them by id and theme', async () => {
    const { fetch, calls } = routedFetch({ [PROFILE]: () => json(anaProfileReply()) });
    const { container } = renderConnected(<CompetencyMatrix personId="ana" asOf="2026-03-31" />, fetch);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    const table = await screen.findByRole('table', { name: 'Expected at Senior Engineer and assessed' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Code qualityCraft', 'System designCraft', 'CommunicationTeamwork', 'MentoringLeadership']);
    expect(screen.getByText('Engineer II, working towards Senior Engineer')).toBeInTheDocument();
    expect(screen.getByText('Readiness for Senior Engineer: 71%')).toBeInTheDocument();
    expect(calls.map((c) => c.path)).toEqual(['/people/ana/competencies?asOf=2026-03-31']);
    await expectNoAxeViolations(container);
  });

  it('<SkillRadar personId> draws the person’s competencies from the server', async () => {
    const { fetch } = routedFetch({ [PROFILE]: () => json(anaProfileReply()) });
    const { container } = renderConnected(<SkillRadar personId="ana" />, fetch);
    expect(
      await screen.findByRole('img', {
        name: /^Radar of 4 competencies: expected at Senior Engineer against assessed/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Communication' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('<GrowthPlan personId> lists the gaps with their development goals, and “Draft a goal” calls onDraftGoal', async () => {
    const user = userEvent.setup();
    const onDraftGoal = vi.fn();
    const { fetch, calls } = routedFetch({
      [PROFILE]: () => json(anaProfileReply()),
      [GAPS]: () => json(anaGapsReply()),
    });
    const { container } = renderConnected(<GrowthPlan personId="ana" target="ic3" onDraftGoal={onDraftGoal} />, fetch);
    expect(await screen.findByText('1 of 2 gaps have a development goal (50%)')).toBeInTheDocument();
    expect(screen.getByText('Lead the code review guild')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Draft a goal for Communication' }));
    expect(onDraftGoal).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'development', competencyIds: ['communication'], owner: 'ana' }),
    );
    expect(calls.map((c) => c.path)).toContain('/people/ana/gaps?target=ic3');
    await expectNoAxeViolations(container);
  });

  it('says when the person is on no career track, and does not ask for gaps then', async () => {
    const { fetch, calls } = routedFetch({ [PROFILE]: () => json(unplacedProfileReply()) });
    renderConnected(
      <>
        <CompetencyMatrix personId="ana" />
        <GrowthPlan personId="ana" />
      </>,
      fetch,
    );
    expect(await screen.findAllByText(/^No career level yet/)).toHaveLength(2);
    expect(calls.some((c) => c.path.startsWith('/people/ana/gaps'))).toBe(false);
  });

  it('says a person who is not there or not visible is not found, without a retry', async () => {
    const { fetch } = routedFetch({});
    renderConnected(<CompetencyMatrix personId="ana" />, fetch);
    expect(await screen.findByRole('alert')).toHaveTextContent('This goal does not exist or is not visible to you.');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('says when the viewer may not see the person’s competencies, without a retry', async () => {
    const { fetch } = routedFetch({ [PROFILE]: () => problem(403, { title: 'Forbidden' }) });
    renderConnected(<SkillRadar personId="ana" />, fetch);
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to see this.');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('shows an error with a retry, and loads on retry', async () => {
    const user = userEvent.setup();
    let gapsFail = true;
    const { fetch } = routedFetch({
      [PROFILE]: () => json(anaProfileReply()),
      [GAPS]: () => (gapsFail ? problem(503) : json(anaGapsReply())),
    });
    const { container } = renderConnected(<GrowthPlan personId="ana" />, fetch);
    expect(await screen.findByRole('alert')).toHaveTextContent('This could not be loaded.');
    await expectNoAxeViolations(container);
    gapsFail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Growth plan' })).toBeInTheDocument();
  });
});
