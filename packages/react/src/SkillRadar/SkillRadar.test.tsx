import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { anaProfile, emptyProfile } from '../../../../.storybook/competencyFixtures.js';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { SkillRadar } from './SkillRadar.js';

describe('<SkillRadar>', () => {
  it('labels the chart, and gives every value in a table behind “Show values”', async () => {
    const user = userEvent.setup();
    const { container } = render(<SkillRadar profile={anaProfile()} />);
    expect(
      screen.getByRole('img', {
        name: 'Radar of 4 competencies: expected at Senior engineer against assessed. Every value is under “Show values”.',
      }),
    ).toBeInTheDocument();
    expect(container.querySelectorAll('circle')).toHaveLength(3);
    expect(container.querySelector('circle[data-source="self"]')).not.toBeNull();
    const summary = screen.getByText('Show values');
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
    const table = screen.getByRole('table', { name: 'Expected at Senior engineer and assessed' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent)),
    ).toEqual([
      ['Competency', 'Expected', 'Assessed', 'Gap'],
      ['Code quality', '4 (Proficient)', '3 (Competent)', '1 level short'],
      ['System design', '4 (Proficient)', '3 (Competent) Self-assessed', '1 level short'],
      ['Mentoring', '3 (Competent)', '3 (Competent)', 'Met'],
      ['Presenting', '3 (Competent)', 'Not assessed yet', '2 levels short'],
    ]);
    await expectNoAxeViolations(container);
  });

  it('has no chart for a level that expects nothing, and speaks German', async () => {
    const { container, unmount } = render(<SkillRadar profile={emptyProfile()} />);
    expect(screen.getByText('This level expects no competencies yet.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
    unmount();
    render(<SkillRadar profile={anaProfile()} locale="de" />);
    expect(screen.getByRole('img', { name: /^Radar von 4 Kompetenzen/ })).toBeInTheDocument();
    expect(screen.getByText('Werte zeigen')).toBeInTheDocument();
  });
});
