import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GoalEditor } from './GoalEditor.js';

// The lazily loaded linter fails to load (a chunk missing from the deployment, a network error). Not
// hoisted: the package root imports the linter statically, only the editor's own import() should fail.
vi.doMock('@goalkit/core/lint', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('<GoalEditor> without its linter', { timeout: 15_000 }, () => {
  it('says suggestions are unavailable and still saves', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => Promise.resolve());
    render(
      <GoalEditor
        cycles={[{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }]}
        owners={[{ id: 'growth', name: 'Growth', kind: 'team' }]}
        defaults={{ ownerId: 'growth', cycleId: '2026-Q1' }}
        onSave={onSave}
      />,
    );
    expect(await screen.findByText('Suggestions are unavailable right now; you can still save.')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'Objective' }), 'Make onboarding effortless');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });
});
