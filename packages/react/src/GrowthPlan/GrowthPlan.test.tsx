import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { anaGoals, anaProfile, noTargetProfile } from '../../../../.storybook/competencyFixtures.js';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { GrowthPlan } from './GrowthPlan.js';

describe('<GrowthPlan>', () => {
  it('says plan coverage, lists each gap with its goals, and drafts a development goal from the keyboard', async () => {
    const user = userEvent.setup();
    const onDraftGoal = vi.fn();
    const { container, rerender } = render(
      <GrowthPlan profile={anaProfile()} goals={anaGoals()} onDraftGoal={onDraftGoal} />,
    );
    expect(screen.getByRole('region', { name: 'Growth plan' })).toBeInTheDocument();
    expect(screen.getByText('2 of 3 gaps have a development goal (67%)')).toBeInTheDocument();
    const lists = screen.getAllByRole('list', { name: 'Development goals' });
    expect(lists.map((l) => within(l).getByRole('listitem').textContent)).toEqual([
      'Lead the design review of the billing service',
      'Give a talk at the spring engineering all-hands',
    ]);
    expect(screen.getByText('Already met: Mentoring')).toBeInTheDocument();
    // Only code quality has no development goal (the lint goal is a standard one).
    const draft = screen.getByRole('button', { name: 'Draft a goal for Code quality' });
    expect(screen.getAllByRole('button')).toHaveLength(1);
    await user.tab();
    expect(draft).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onDraftGoal).toHaveBeenCalledWith({
      kind: 'development',
      competencyIds: ['code-quality'],
      title: 'Grow Code quality to 4 (Proficient)',
      owner: 'ana',
    });
    await expectNoAxeViolations(container);
    // The host saves the drafted goal: the button goes, and the focus goes to the gap's name, not the page's start.
    const goals = [
      ...anaGoals(),
      { id: 'o-new', title: 'Pair on reviews', kind: 'development' as const, competencyIds: ['code-quality'] },
    ];
    rerender(<GrowthPlan profile={anaProfile()} goals={goals} onDraftGoal={onDraftGoal} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('Code quality')).toHaveFocus();
    expect(screen.getByText('3 of 3 gaps have a development goal (100%)')).toBeInTheDocument();
  });

  it('says when there is no gap, and speaks German', async () => {
    const { container, unmount } = render(<GrowthPlan profile={noTargetProfile()} goals={[]} />);
    expect(screen.getByText('No gaps to close: every expectation is met.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
    unmount();
    render(<GrowthPlan profile={anaProfile()} goals={anaGoals()} onDraftGoal={() => {}} locale="de" />);
    expect(screen.getByText('2 von 3 Lücken haben ein Entwicklungsziel (67 %)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ziel entwerfen für Code quality' })).toBeInTheDocument();
  });
});
