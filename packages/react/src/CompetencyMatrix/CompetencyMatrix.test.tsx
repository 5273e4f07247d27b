import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  anaProfile,
  emptyProfile,
  noTargetProfile,
  selfAssessedProfile,
} from '../../../../.storybook/competencyFixtures.js';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { CompetencyMatrix } from './CompetencyMatrix.js';

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('<CompetencyMatrix>', () => {
  it('is a table of expected against assessed, with the gap in words and numbers and self-assessed flagged', async () => {
    const { container } = render(<CompetencyMatrix profile={anaProfile()} />);
    expect(screen.getByRole('region', { name: 'Competencies' })).toBeInTheDocument();
    expect(screen.getByText('Engineer, working towards Senior engineer')).toBeInTheDocument();
    expect(screen.getByText('Readiness for Senior engineer: 71%')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Expected at Senior engineer and assessed' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Competency', 'Expected now (Engineer)', 'Expected (Senior engineer)', 'Assessed', 'Gap']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Code qualityCraft', 'System designCraft', 'MentoringLeadership', 'PresentingCommunication']);
    expect(cells(table).slice(1)).toEqual([
      ['Code qualityCraft', '3 (Competent)', '4 (Proficient)', '3 (Competent)', '1 level short'],
      ['System designCraft', '2 (Advanced beginner)', '4 (Proficient)', '3 (Competent) Self-assessed', '1 level short'],
      ['MentoringLeadership', '1 (Novice)', '3 (Competent)', '3 (Competent)', 'Met'],
      ['PresentingCommunication', 'Not expected', '3 (Competent)', 'Not assessed yet', '2 levels short'],
    ]);
    // The table scrolls in a region keyboard users can reach, named by the caption.
    const region = screen.getByRole('region', { name: 'Expected at Senior engineer and assessed' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(screen.getByText(/^Self-assessed: the person’s own rating/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('flags every rating when all are the person’s own, and compares with the current level without a target', async () => {
    const { unmount } = render(<CompetencyMatrix profile={selfAssessedProfile()} />);
    expect(screen.getAllByText('Self-assessed')).toHaveLength(2);
    unmount();
    const { container } = render(<CompetencyMatrix profile={noTargetProfile()} />);
    expect(screen.getByText('Engineer')).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Competency',
      'Expected (Engineer)',
      'Assessed',
      'Gap',
    ]);
    await expectNoAxeViolations(container);
  });

  it('says when the level expects nothing, and speaks German', async () => {
    const { unmount, container } = render(<CompetencyMatrix profile={emptyProfile()} />);
    expect(screen.getByText('This level expects no competencies yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
    unmount();
    render(<CompetencyMatrix profile={anaProfile()} locale="de" />);
    expect(screen.getByRole('region', { name: 'Kompetenzen' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Erwartet für Senior engineer und bewertet' })).toBeInTheDocument();
    expect(screen.getByText('Selbsteinschätzung')).toBeInTheDocument();
    expect(screen.getByText('2 Stufen darunter')).toBeInTheDocument();
  });
});
