import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  managerReviewDraft,
  managerReviewShared,
  peerReviewDraft,
  reviewCycle,
  selfReviewDraft,
  selfReviewSubmitted,
  upwardReviewDraft,
} from '../../../../.storybook/reviewFixtures.js';
import { expectNoAxeViolations } from '../../test/a11y.js';
import { json, problem, renderConnected, routedFetch } from '../../test/connected.js';
import { ReviewForm } from './ReviewForm.js';

const now = () => new Date('2026-04-01T10:42:00Z');

describe('<ReviewForm>', () => {
  it('asks each question in a fieldset, ratings as labelled radio groups, with the goal evidence', async () => {
    const { container } = render(
      <ReviewForm review={selfReviewDraft()} cycle={reviewCycle()} timeZone="UTC" now={now} />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Self review' })).toBeInTheDocument();
    const delivery = screen.getByRole('radiogroup', { name: /How well were the goals of this cycle delivered/ });
    expect(delivery).toHaveAttribute('aria-required', 'true');
    expect(within(delivery).getByText('(required)')).toBeInTheDocument();
    expect(
      within(delivery)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['1 — far below expectations', '2', '3', '4', '5 — far above expectations']);
    expect(within(delivery).getByRole('radio', { name: '4' })).toBeChecked();
    const strengths = screen.getByRole('textbox', { name: 'What went well, and what should continue?' });
    expect(strengths).toHaveAccessibleDescription('61 of 10,000 characters');
    const evidence = screen.getByRole('region', { name: 'Goal evidence as of Mar 31, 2026' });
    const onboarding = within(evidence).getByRole('listitem', { name: 'Ship self-serve onboarding' });
    expect(onboarding).toHaveTextContent('Grade 0.8 of 1: green (0.7 or more) · final grade, given at the close');
    expect(within(evidence).getByRole('listitem', { name: 'Cut support tickets per customer' })).toHaveTextContent(
      'Grade 0.6 of 1: yellow (0.4 to 0.6) · as of the snapshot',
    );
    expect(within(onboarding).getByRole('meter', { name: 'Activation rate from 31% to 45%' })).toHaveAttribute(
      'aria-valuenow',
      '93',
    );
    expect(evidence).toHaveTextContent('Goal score 0.63 of 1: yellow (0.4 to 0.6), the weighted mean of these grades');
    await expectNoAxeViolations(container);
  });

  it("explains each goal's progress in a disclosure, naming no goal the reader may not see", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ReviewForm review={selfReviewDraft()} cycle={reviewCycle()} timeZone="UTC" now={now} />,
    );
    const onboarding = screen.getByRole('listitem', { name: 'Ship self-serve onboarding' });
    const why = within(onboarding).getByText('Why 84%');
    expect(why).toHaveAccessibleDescription('Ship self-serve onboarding');
    const details = why.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(why);
    expect(details.open).toBe(true);
    expect(
      within(details)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Activation rate from 31% to 45%: 93% × 50% weight = 47%',
      'Time to first goal under 5 minutes: 75% × 50% weight = 38%',
      'Write the onboarding emails: 100%, shown but not counted',
    ]);
    const tickets = screen.getByRole('listitem', { name: 'Cut support tickets per customer' });
    expect(within(tickets).getByText('An aligned goal you may not see: 55% × 33% weight = 18%')).toHaveAttribute(
      'data-hidden',
      'true',
    );
    expect(within(screen.getByRole('listitem', { name: 'Grow the partner channel' })).queryByText(/^Why/)).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('saves a draft with "Saved at", marks unsaved changes, and lists missing answers before a confirmed submit', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn((detail: { version: number }) =>
      Promise.resolve({ ...selfReviewDraft(), version: detail.version + 1 }),
    );
    const onTransition = vi.fn(() => Promise.resolve(selfReviewSubmitted()));
    render(
      <ReviewForm
        review={selfReviewDraft()}
        cycle={reviewCycle()}
        onSave={onSave}
        onTransition={onTransition}
        timeZone="UTC"
        now={now}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'What should change next cycle?' }), 'Earlier partner work');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved at 10:42 AM');
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ reviewId: 'rv-ana-self', version: 3 }));
    expect(screen.getByRole('textbox', { name: 'What should change next cycle?' })).toHaveValue('Earlier partner work');

    await user.click(screen.getByRole('button', { name: 'Submit review…' }));
    const missing = screen.getByRole('alert');
    expect(missing).toHaveTextContent('Answer this required question before submitting:');
    const collaboration = screen.getByRole('radiogroup', { name: /collaboration/ });
    expect(within(collaboration).getAllByRole('radio')[0]).toHaveFocus();
    expect(collaboration).toHaveAccessibleDescription('Choose a rating.');
    // Arrow keys move within the radio group, as the platform's radios do.
    await user.keyboard('{ArrowRight}');
    expect(within(collaboration).getByRole('radio', { name: '2' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Submit review…' }));
    expect(screen.getByRole('button', { name: 'Submit' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Submit review…' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Submit review…' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Submitted on Apr 2, 2026', { selector: '[data-part="state"]' })).toHaveFocus();
    expect(onTransition).toHaveBeenCalledWith({ reviewId: 'rv-ana-self', action: 'submit' });
    expect(screen.queryByRole('button', { name: 'Save draft' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('keeps what was typed on a failure and a conflict, and shows the server refusal at its question', async () => {
    const user = userEvent.setup();
    const refusal = Object.assign(new Error('invalid'), {
      status: 422,
      problems: [{ path: 'answers[0].rating', message: 'rating 4 is no longer on this scale' }],
    });
    const stale = Object.assign(new Error('stale'), { status: 412 });
    const onSave = vi
      .fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockRejectedValueOnce(refusal)
      .mockRejectedValueOnce(stale)
      .mockResolvedValueOnce(undefined);
    const theirs = { ...selfReviewDraft(), version: 8 };
    const { container } = render(
      <ReviewForm
        review={selfReviewDraft()}
        cycle={reviewCycle()}
        onSave={onSave}
        latest={() => Promise.resolve(theirs)}
        now={now}
      />,
    );
    const box = screen.getByRole('textbox', { name: 'What should change next cycle?' });
    await user.type(box, 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved. Your answers are kept here; try again.');
    expect(box).toHaveValue('Mine');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const delivery = screen.getByRole('radiogroup', { name: /delivered/ });
    expect(await within(delivery).findByText('rating 4 is no longer on this scale')).toBeInTheDocument();
    expect(within(delivery).getAllByRole('radio')[0]).toHaveFocus();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText(/Someone saved this review meanwhile/)).toBeInTheDocument();
    expect(box).toHaveValue('Mine');
    await user.click(screen.getByRole('button', { name: 'Save mine over theirs' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ version: 8 }));
    expect(await screen.findByText(/Saved at/)).toBeInTheDocument();
  });

  it('is read-only once submitted, offers Acknowledge when shared, says what anonymity means, and has an empty state', async () => {
    const { unmount } = render(<ReviewForm review={selfReviewSubmitted()} cycle={reviewCycle()} />);
    expect(screen.getByText('Submitted on Apr 2, 2026')).toBeInTheDocument();
    expect(screen.getByText('Rated 5 on a scale of 1 to 5')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    unmount();

    const user = userEvent.setup();
    const onTransition = vi.fn(() =>
      Promise.resolve({ ...managerReviewShared(), status: 'acknowledged' as const, allowedActions: [] }),
    );
    const shared = render(
      <ReviewForm review={managerReviewShared()} cycle={reviewCycle()} onTransition={onTransition} />,
    );
    expect(screen.getByRole('heading', { name: 'Manager review of Ana Lima' })).toBeInTheDocument();
    expect(screen.getByText('Rated 3 on a scale of 1 to 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Acknowledged by the reviewee');
    await expectNoAxeViolations(shared.container);
    shared.unmount();

    render(<ReviewForm review={peerReviewDraft()} cycle={reviewCycle()} />);
    expect(
      screen.getByText(
        'Your answers are anonymous: Ana Lima will see only aggregates of 3 or more responses, never who wrote them.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: /larger role/ })).not.toBeInTheDocument();
  });

  it('asks the potential question only of a manager, and says so when a kind has no questions', () => {
    const { unmount } = render(<ReviewForm review={managerReviewDraft()} cycle={reviewCycle()} />);
    const potential = screen.getByRole('radiogroup', { name: /larger role/ });
    expect(
      within(potential)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['1 — little potential', '2', '3 — great potential']);
    unmount();
    const cycle = reviewCycle();
    render(
      <ReviewForm
        review={upwardReviewDraft()}
        cycle={{ ...cycle, questions: cycle.questions.filter((q) => !q.kinds.includes('upward')) }}
      />,
    );
    expect(screen.getByText('This cycle asks no questions in upward reviews.')).toBeInTheDocument();
  });

  it('speaks German', async () => {
    render(<ReviewForm review={selfReviewDraft()} cycle={reviewCycle()} locale="de" />);
    expect(await screen.findByRole('heading', { name: 'Selbsteinschätzung' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Ziele als Grundlage, Stand 31. März 2026' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Entwurf speichern' })).toBeInTheDocument();
  });

  describe('connected', () => {
    it('loads the review and its cycle, saves with If-Match, and shows a 422 at its question', async () => {
      const user = userEvent.setup();
      const { fetch, calls } = routedFetch({
        'GET /reviews/rv-ana-self': () => json(selfReviewDraft(), 200, { etag: '"3"' }),
        'GET /review-cycles/rc-2026-q1': () => json(reviewCycle(), 200, { etag: '"2"' }),
        'PATCH /reviews/rv-ana-self': () =>
          problem(422, { errors: [{ path: 'answers[0].rating', message: 'rating 4 is outside the scale 1–3' }] }),
      });
      renderConnected(<ReviewForm reviewId="rv-ana-self" />, fetch);
      expect(await screen.findByRole('heading', { name: 'Self review' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Save draft' }));
      expect(await screen.findByText('rating 4 is outside the scale 1–3')).toBeInTheDocument();
      const patch = calls.find((c) => c.method === 'PATCH');
      expect(patch?.headers.get('if-match')).toBe('"3"');
      expect(patch?.body).toMatchObject({ answers: expect.arrayContaining([{ questionId: 'q-delivery', rating: 4 }]) });
    });

    it('shows an error with a retry when the review cannot be loaded', async () => {
      const { fetch } = routedFetch({ 'GET /reviews/rv-x': () => problem(503) });
      renderConnected(<ReviewForm reviewId="rv-x" />, fetch);
      expect(await screen.findByRole('alert')).toHaveTextContent('This could not be loaded.');
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });
  });
});
