import { describe, expect, it } from 'vitest';
import '../i18n/de/index.js';
import {
  connectReviewForm,
  initReviewForm,
  type ReviewFormCycleData,
  type ReviewFormReviewData,
  reviewFormAnswers,
  reviewFormDirty,
  reviewFormReducer,
  reviewProblemFields,
} from './connectReviewForm.js';

const cycle = (): ReviewFormCycleData => ({
  name: 'Q1 2026 reviews',
  steps: [
    { kind: 'self', dueAt: '2026-04-03', anonymous: false, minResponses: 1 },
    { kind: 'peer', dueAt: '2026-04-10', anonymous: true, minResponses: 3 },
  ],
  questions: [
    { id: 'q1', text: 'Delivery', type: 'rating', kinds: ['self', 'peer'] },
    {
      id: 'q2',
      text: 'Potential',
      type: 'rating',
      kinds: ['manager'],
      scale: { min: 1, max: 3 },
      measures: 'potential',
    },
    { id: 'q3', text: 'What went well?', type: 'text', kinds: ['self', 'peer'] },
  ],
});

const review = (overrides: Partial<ReviewFormReviewData> = {}): ReviewFormReviewData => ({
  id: 'r1',
  cycleId: 'c1',
  revieweeName: 'Ana Lima',
  reviewerName: 'Ana Lima',
  kind: 'self',
  status: 'draft',
  answers: [
    { questionId: 'q3', text: 'Shipped early.', objectiveId: 'o1' },
    { questionId: 'old', rating: 2 },
  ],
  submittedAt: null,
  evidence: {
    snapshotAt: '2026-03-31T17:00:00Z',
    objectives: [
      {
        id: 'o1',
        title: 'Ship onboarding',
        state: 'closed',
        weight: 2,
        progress: 0.84,
        status: 'achieved',
        grade: { score: 0.8, band: 'green', final: true },
        keyResults: [{ id: 'k1', title: 'Activation 45%', progress: 0.93, status: 'achieved' }],
      },
      {
        id: 'o2',
        title: 'Partners',
        state: 'active',
        weight: 1,
        progress: 0.29,
        status: 'off-track',
        grade: { score: 0.3, band: 'red', final: false },
        keyResults: [],
      },
    ],
    goalScore: 0.633,
  },
  allowedActions: ['edit', 'submit'],
  version: 3,
  ...overrides,
});

describe('the review form', () => {
  it('asks the questions of its kind, each a fieldset; ratings a radio group with labelled ends, required in words', () => {
    const view = connectReviewForm({ state: initReviewForm(review(), cycle()), cycle: cycle(), idBase: 'f' });
    expect(view.headingText).toBe('Self review');
    expect(view.dueText).toBe('Due Apr 3, 2026');
    expect(view.questions.map((q) => q.id)).toEqual(['q1', 'q3']);
    const [rating, text] = view.questions;
    expect(rating?.fieldset).toMatchObject({
      role: 'radiogroup',
      'aria-required': 'true',
      'aria-labelledby': 'f-q0-legend',
    });
    expect(rating?.requiredText).toBe('(required)');
    expect(rating?.options.map((o) => o.labelText)).toEqual([
      '1 — far below expectations',
      '2',
      '3',
      '4',
      '5 — far above expectations',
    ]);
    expect(rating?.options[0]?.input).toMatchObject({ type: 'radio', name: 'f-q0-rating', value: '1' });
    expect(text?.requiredText).toBeUndefined();
    expect(text?.value).toBe('Shipped early.');
    expect(text?.countText).toBe('14 of 10,000 characters');
    expect(text?.textInput['aria-describedby']).toBe('f-q1-count');
  });

  it('shows the goal evidence: grades in words and band, final or as of the snapshot, meters, the goal score', () => {
    const view = connectReviewForm({ state: initReviewForm(review(), cycle()), cycle: cycle() });
    expect(view.evidence?.headingText).toBe('Goal evidence as of Mar 31, 2026');
    expect(view.evidence?.objectives.map((o) => [o.titleText, o.metaText, o.gradeText, o.gradeKindText])).toEqual([
      [
        'Ship onboarding',
        'Closed · Weight 2',
        'Grade 0.8 of 1: green (0.7 or more)',
        'final grade, given at the close',
      ],
      ['Partners', 'Active · Weight 1', 'Grade 0.3 of 1: red (below 0.4)', 'as of the snapshot'],
    ]);
    expect(view.evidence?.objectives[0]?.keyResults[0]?.progress).toMatchObject({
      progress: 0.93,
      label: 'Activation 45%',
    });
    expect(view.evidence?.goalScoreText).toBe(
      'Goal score 0.63 of 1: yellow (0.4 to 0.6), the weighted mean of these grades',
    );
  });

  it('keeps the answers as written, knows when they are unsaved, and sends every question with the others kept', () => {
    let state = initReviewForm(review(), cycle());
    expect(reviewFormDirty(state)).toBe(false);
    state = reviewFormReducer(state, { type: 'rating', questionId: 'q1', rating: 4 });
    expect(reviewFormDirty(state)).toBe(true);
    expect(connectReviewForm({ state, cycle: cycle() }).unsavedText).toBe('Unsaved changes');
    expect(reviewFormAnswers(state)).toEqual([
      { questionId: 'q1', rating: 4 },
      { questionId: 'q3', text: 'Shipped early.', objectiveId: 'o1' },
      { questionId: 'old', rating: 2 },
    ]);
    state = reviewFormReducer(state, { type: 'save' });
    expect(state.busy).toBe('saving');
    state = reviewFormReducer(state, { type: 'saved', at: '2026-04-01T10:42:00Z' });
    expect(reviewFormDirty(state)).toBe(false);
    const view = connectReviewForm({ state, cycle: cycle(), timeZone: 'UTC' });
    expect(view.stateText).toBe('Saved at 10:42 AM');
    expect(view.state).toMatchObject({ role: 'status' });
  });

  it('refuses a submit without the required ratings and lists them; else asks to confirm', () => {
    let state = initReviewForm(review(), cycle());
    state = reviewFormReducer(state, { type: 'submit' });
    expect(state.missing).toEqual(['q1']);
    let view = connectReviewForm({ state, cycle: cycle() });
    expect(view.missing?.headingText).toBe('Answer this required question before submitting:');
    expect(view.missing?.items.map((i) => i.text)).toEqual(['Delivery']);
    expect(view.questions[0]?.errorText).toBe('Choose a rating.');
    expect(view.questions[0]?.fieldset).toMatchObject({ 'aria-describedby': 'gk-review-form-q0-error' });
    state = reviewFormReducer(state, { type: 'rating', questionId: 'q1', rating: 5 });
    expect(state.missing).toEqual([]);
    expect(state.errors).toEqual({});
    state = reviewFormReducer(state, { type: 'submit' });
    view = connectReviewForm({ state, cycle: cycle() });
    expect(view.confirm?.text).toBe(
      'Once submitted the answers cannot be changed. They reach Ana Lima when the cycle shares reviews.',
    );
    state = reviewFormReducer(state, { type: 'confirm-submit' });
    expect(state).toMatchObject({ busy: 'saving', submitAfterSave: true });
    state = reviewFormReducer(state, { type: 'saved', at: '2026-04-01T10:42:00Z' });
    expect(state.busy).toBe('submitting');
    state = reviewFormReducer(state, { type: 'submitted' });
    view = connectReviewForm({ state, cycle: cycle() });
    expect(view.editable).toBe(false);
    expect(view.save).toBeUndefined();
    expect(view.submit).toBeUndefined();
    expect(view.questions[0]?.answerText).toBe('Rated 5 on a scale of 1 to 5');
  });

  it('keeps what was typed on a failure, and on a conflict takes their version number until told which to keep', () => {
    let state = initReviewForm(review(), cycle());
    state = reviewFormReducer(state, { type: 'text', questionId: 'q3', text: 'Mine' });
    state = reviewFormReducer(state, { type: 'save' });
    state = reviewFormReducer(state, { type: 'save-failed' });
    expect(state.draft.q3?.text).toBe('Mine');
    expect(connectReviewForm({ state, cycle: cycle() }).failureText).toBe(
      'Not saved. Your answers are kept here; try again.',
    );
    const theirs = review({ version: 4, answers: [{ questionId: 'q3', text: 'Theirs' }] });
    state = reviewFormReducer(state, { type: 'conflict', theirs });
    expect(state.draft.q3?.text).toBe('Mine');
    expect(state.review.version).toBe(4);
    expect(connectReviewForm({ state, cycle: cycle() }).conflict?.keepMineText).toBe('Save mine over theirs');
    const kept = reviewFormReducer(state, { type: 'keep-mine' });
    expect(kept).toMatchObject({ busy: 'saving', conflict: undefined });
    const dropped = reviewFormReducer(state, { type: 'use-theirs' });
    expect(dropped.draft.q3?.text).toBe('Theirs');
    expect(reviewFormDirty(dropped)).toBe(false);
  });

  it('puts the server’s refusal at answers[i] on the question sent at i', () => {
    const sent = [
      { questionId: 'q1', rating: 9 },
      { questionId: 'q3', text: 'x' },
    ];
    expect(
      reviewProblemFields(
        { status: 422, problems: [{ path: 'answers[0].rating', message: 'rating 9 is outside the scale 1–5' }] },
        sent,
      ),
    ).toEqual({ q1: 'rating 9 is outside the scale 1–5' });
    expect(reviewProblemFields({ status: 422, problems: [{ path: 'answers', message: 'too many' }] }, sent)).toBe(
      undefined,
    );
    let state = initReviewForm(review(), cycle());
    state = reviewFormReducer(state, { type: 'save' });
    state = reviewFormReducer(state, { type: 'save-failed', errors: { q1: 'rating 9 is outside the scale 1–5' } });
    const view = connectReviewForm({ state, cycle: cycle() });
    expect(view.questions[0]?.errorText).toBe('rating 9 is outside the scale 1–5');
    expect(view.failureText).toBe('Some answers were not accepted; see the questions marked.');
  });

  it('says an anonymous step shows only aggregates, offers Acknowledge when shared, and has an empty state', () => {
    const peer = connectReviewForm({
      state: initReviewForm(review({ kind: 'peer', reviewerName: 'Ben' }), cycle()),
      cycle: cycle(),
    });
    expect(peer.headingText).toBe('Peer review of Ana Lima');
    expect(peer.anonymousText).toBe(
      'Your answers are anonymous: Ana Lima will see only aggregates of 3 or more responses, never who wrote them.',
    );
    const shared = review({ kind: 'manager', status: 'shared', allowedActions: ['acknowledge'] });
    let state = initReviewForm(shared, cycle());
    expect(connectReviewForm({ state, cycle: cycle() }).acknowledge?.buttonText).toBe('Acknowledge');
    state = reviewFormReducer(state, { type: 'acknowledge' });
    state = reviewFormReducer(state, { type: 'acknowledged' });
    const done = connectReviewForm({ state, cycle: cycle() });
    expect(done.acknowledge).toBeUndefined();
    expect(done.stateText).toBe('Acknowledged by the reviewee');
    const upward = connectReviewForm({ state: initReviewForm(review({ kind: 'upward' }), cycle()), cycle: cycle() });
    expect(upward.emptyText).toBe('This cycle asks no questions in upward reviews.');
  });

  it('speaks German', () => {
    const view = connectReviewForm({ state: initReviewForm(review(), cycle()), cycle: cycle(), locale: 'de' });
    expect(view.evidence?.headingText).toBe('Ziele als Grundlage, Stand 31. März 2026');
    expect(view.questions[0]?.options[4]?.labelText).toBe('5 — weit über den Erwartungen');
    expect(view.saveText).toBe('Entwurf speichern');
  });
});
