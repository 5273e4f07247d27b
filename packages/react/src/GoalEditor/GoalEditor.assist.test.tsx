import { assist, createFakeProvider } from '@goalkit/core/assist';
import type { GoalEditorAssistAnswer } from '@goalkit/core/connect';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { json, objectiveFixture, renderConnected, routedFetch } from '../../test/connected.js';
import { GoalEditor } from './GoalEditor.js';

const cycles = [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }];
const owners = [{ id: 'growth', name: 'Growth', kind: 'team' }];
const vague = objectiveFixture({
  title: 'Improve onboarding',
  keyResults: [],
  state: 'draft',
  allowedTransitions: [],
});

describe('<GoalEditor> SMART rewrite', { timeout: 15_000 }, () => {
  it('is not offered without onAssist', () => {
    render(<GoalEditor objective={vague} cycles={cycles} owners={owners} />);
    expect(screen.queryByRole('button', { name: 'Suggest a SMART rewrite' })).toBeNull();
  });

  it('shows the fake provider\u2019s rewrite with the SMART score before and after; Accept puts it in the form, keeping other edits', async () => {
    const user = userEvent.setup();
    const fake = createFakeProvider();
    const onSave = vi.fn();
    const { container } = render(
      <GoalEditor
        objective={vague}
        cycles={cycles}
        owners={owners}
        onSave={onSave}
        onAssist={(objective) => assist(fake, 'rewrite-smart', { objective }) as Promise<GoalEditorAssistAnswer>}
      />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Visibility' }), 'private');
    await user.click(screen.getByRole('button', { name: 'Suggest a SMART rewrite' }));
    const proposal = await screen.findByRole('region', { name: 'Suggested rewrite' });
    expect(within(proposal).getByText(/^SMART score \d+ → \d+$/)).toBeInTheDocument();
    expect(within(proposal).getByText('Suggested by AI')).toBeInTheDocument();
    const accept = within(proposal).getByRole('button', { name: 'Accept' });
    expect(accept).toHaveFocus();
    await expectNoAxeViolations(container);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: 'Suggested rewrite' })).toBeNull();
    const title = screen.getByRole('textbox', { name: 'Objective' });
    expect(title).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Visibility' })).toHaveValue('private');
    expect(screen.getByText('The suggestion is in the form. Review it, then save.')).toBeInTheDocument();
    expect(fake.requests).toHaveLength(1);
    expect(screen.getAllByRole('group', { name: /^Key result \d$/ }).length).toBeGreaterThan(0);
  });

  it('says a refusal in words, and Keep mine leaves the draft as it was with focus back on the action', async () => {
    const user = userEvent.setup();
    let answer: GoalEditorAssistAnswer = { ok: false, reason: 'no-improvement', message: 'no' };
    render(<GoalEditor objective={vague} cycles={cycles} owners={owners} onAssist={async () => answer} />);
    const ask = screen.getByRole('button', { name: 'Suggest a SMART rewrite' });
    await user.click(ask);
    expect(
      await screen.findByText('The suggestion would not make the goal more SMART, so yours is kept.'),
    ).toBeInTheDocument();
    answer = {
      ok: true,
      value: { id: 'o1', title: 'Something else entirely', keyResults: [] },
      smart: { before: 40, after: 60 },
    };
    await user.click(ask);
    const proposal = await screen.findByRole('region', { name: 'Suggested rewrite' });
    await user.click(within(proposal).getByRole('button', { name: 'Keep mine' }));
    expect(screen.getByRole('textbox', { name: 'Objective' })).toHaveValue('Improve onboarding');
    expect(ask).toHaveFocus();
  });

  it('shows a failed request, in German too', async () => {
    const user = userEvent.setup();
    render(
      <GoalEditor
        objective={vague}
        cycles={cycles}
        owners={owners}
        locale="de"
        onAssist={() => Promise.reject(new Error('offline'))}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'SMART-Umformulierung vorschlagen' }));
    expect(
      await screen.findByText('Der Vorschlag konnte nicht geladen werden. Bitte erneut versuchen.'),
    ).toBeInTheDocument();
  });

  describe('connected', () => {
    it('offers the rewrite when GET /assist lists it, and sends the draft to POST /assist/rewrite-smart', async () => {
      const user = userEvent.setup();
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1': () => json(vague),
        'GET /alignment-candidates': () => json({ items: [] }),
        'GET /assist': () => json({ tasks: ['rewrite-smart', 'summarise-feedback'] }),
        'POST /assist/rewrite-smart': () =>
          json({
            ok: true,
            task: 'rewrite-smart',
            value: { id: 'o1', title: 'Cut onboarding to 3 days', keyResults: [] },
            original: { id: 'o1', title: 'Improve onboarding', keyResults: [] },
            smart: { before: 31, after: 74 },
          }),
      });
      renderConnected(<GoalEditor objectiveId="o1" cycles={cycles} owners={owners} />, fetch, { assist: true });
      await user.click(await screen.findByRole('button', { name: 'Suggest a SMART rewrite' }));
      const proposal = await screen.findByRole('region', { name: 'Suggested rewrite' });
      expect(within(proposal).getByText('SMART score 31 → 74')).toBeInTheDocument();
      expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({
        objective: { id: 'o1', title: 'Improve onboarding' },
      });
      expect(calls.filter((c) => c.path === '/assist')).toHaveLength(1);
    });

    it('hides the action when the server offers no rewrite', async () => {
      const { fetch, calls } = routedFetch({
        'GET /objectives/o1': () => json(vague),
        'GET /alignment-candidates': () => json({ items: [] }),
        'GET /assist': () => json({ tasks: [] }),
      });
      renderConnected(<GoalEditor objectiveId="o1" cycles={cycles} owners={owners} />, fetch, { assist: true });
      expect(await screen.findByRole('textbox', { name: 'Objective' })).toBeInTheDocument();
      await vi.waitFor(() => expect(calls.some((c) => c.path === '/assist')).toBe(true));
      expect(screen.queryByRole('button', { name: 'Suggest a SMART rewrite' })).toBeNull();
    });
  });
});
