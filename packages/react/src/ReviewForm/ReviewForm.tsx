'use client';
import type { Review } from '@goalkit/client/conversations';
import {
  connectReviewForm,
  createReviewFormController,
  type ReviewFormCycleData,
  type ReviewFormReviewData,
  type ReviewQuestionView,
  type ReviewSaveDetail,
  type ReviewTransitionDetail,
} from '@goalkit/core/connect';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useReview, useReviewCycle, useReviewTransition, useSaveReview } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';
import { useController } from '../internal/useController.js';
import { ProgressMeter } from '../ProgressMeter/ProgressMeter.js';

interface ReviewFormCommon {
  /** The heading's level, to fit the page's outline; the sections' headings are one below. @default 2 */
  readonly headingLevel?: HeadingLevel | undefined;
  /** The time zone "Saved at 10:42" is told in. @default the browser's */
  readonly timeZone?: string | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: the review and its cycle, and what to do with a save, a submit, an acknowledgement. */
export interface ReviewFormDataProps extends ReviewFormCommon {
  readonly review: ReviewFormReviewData;
  readonly cycle: ReviewFormCycleData;
  /**
   * Saves the answers as a draft. Return a promise to show "Saving…"; it may resolve with the review as saved.
   * A rejection keeps the answers and shows the failure with a retry; an error with `problems` at
   * `answers[i].rating` shows the server's words at that question; a 409 or 412 (`status`) offers the person's
   * answers over the server's version (fetched with `latest`) or the server's.
   */
  readonly onSave?: ((detail: ReviewSaveDetail) => unknown) | undefined;
  /** Submits or acknowledges. Return a promise to show progress; it may resolve with the review after it. */
  readonly onTransition?: ((detail: ReviewTransitionDetail) => unknown) | undefined;
  /** The review as the server has it now, after a conflict. */
  readonly latest?: (() => Promise<ReviewFormReviewData | undefined>) | undefined;
  /** The time a save is recorded at ("Saved at 10:42"). @default now */
  readonly now?: (() => Date) | undefined;
}

/** Connected mode: the review and its cycle load from the provider's client; saves and transitions go there. */
export interface ReviewFormConnectedProps extends ReviewFormCommon {
  readonly reviewId: string;
  /** Told after the server saved the draft. */
  readonly onSave?: ((review: Review) => void) | undefined;
  /** Told after the server submitted or acknowledged it. */
  readonly onTransition?: ((review: Review) => void) | undefined;
}

/** Props of {@link ReviewForm}. */
export type ReviewFormProps = ReviewFormDataProps | ReviewFormConnectedProps;

type Answer = ReviewFormReviewData | undefined;
interface BodyProps extends ReviewFormCommon {
  readonly review: ReviewFormReviewData;
  readonly cycle: ReviewFormCycleData;
  readonly save: (detail: ReviewSaveDetail) => Answer | Promise<Answer>;
  readonly transition: (detail: ReviewTransitionDetail) => Answer | Promise<Answer>;
  readonly latest?: (() => Promise<Answer>) | undefined;
  readonly now?: (() => Date) | undefined;
}

/** A review's answer from a host callback: a review (or a promise of one), else nothing. */
const asAnswer = (value: unknown): Answer | Promise<Answer> =>
  value instanceof Promise
    ? value.then((v) => (typeof v === 'object' && v !== null && 'id' in v ? (v as ReviewFormReviewData) : undefined))
    : typeof value === 'object' && value !== null && 'id' in value
      ? (value as ReviewFormReviewData)
      : undefined;

function ReviewFormBody(props: BodyProps) {
  const locale = useLocale(props.locale);
  // The controller reads the latest props when it acts; it is made once for the mounted form.
  const latest = useRef(props);
  latest.current = props;
  const root = useRef<HTMLElement>(null);
  // Focus moves once the change it follows is on screen (the confirmation's Submit, the first missing answer).
  const pendingFocus = useRef<string>(undefined);
  const [, setFocusRequest] = useState(0);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = undefined;
    root.current?.querySelector<HTMLElement>(target)?.focus();
  });
  const [state, send] = useController(() =>
    createReviewFormController({
      review: props.review,
      cycle: props.cycle,
      save: (detail) => latest.current.save(detail),
      transition: (detail) => latest.current.transition(detail),
      latest: () => latest.current.latest?.() ?? Promise.resolve(undefined),
      now: () => latest.current.now?.() ?? new Date(),
      focus: (selector) => {
        pendingFocus.current = selector;
        setFocusRequest((n) => n + 1);
      },
    }),
  );
  // A newer version of the review from the host (a refetch): the answers written and not saved stay.
  const { review, cycle } = props;
  useEffect(() => send({ type: 'open', review, cycle }), [send, review, cycle]);
  const view = connectReviewForm({ state, cycle, locale, timeZone: props.timeZone, idBase: useId() });
  const level = props.headingLevel ?? 2;
  const sub = Math.min(6, level + 1) as HeadingLevel;
  const subSub = Math.min(6, level + 2) as HeadingLevel;
  const onConfirmKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') send({ type: 'cancel-submit' });
  };
  const question = (q: ReviewQuestionView) => (
    <fieldset key={q.id} {...attrs(q.fieldset)}>
      <legend {...attrs(q.legend)}>
        {q.legendText}
        {q.requiredText && <span {...attrs(q.requiredMark)}> {q.requiredText}</span>}
      </legend>
      {!view.editable ? (
        <p {...attrs(q.answer)}>{q.answerText}</p>
      ) : q.type === 'rating' ? (
        <div {...attrs(q.optionList)}>
          {q.options.map((option) => (
            <span key={option.value}>
              <input
                {...attrs(option.input)}
                checked={option.checked}
                onChange={() => send({ type: 'rating', questionId: q.id, rating: option.value })}
              />
              <label {...attrs(option.label)} htmlFor={option.label.for as string}>
                {option.labelText}
              </label>
            </span>
          ))}
        </div>
      ) : (
        <>
          <textarea
            {...attrs(q.textInput)}
            value={q.value}
            onChange={(e) => send({ type: 'text', questionId: q.id, text: e.target.value })}
          />
          <p {...attrs(q.count)}>{q.countText}</p>
        </>
      )}
      {q.errorText && <p {...attrs(q.error)}>{q.errorText}</p>}
    </fieldset>
  );
  return (
    <section ref={root} {...attrs(view.root)} className={props.className}>
      <header {...attrs(view.header)}>
        <Heading level={level} {...attrs(view.heading)}>
          {view.headingText}
        </Heading>
        <p {...attrs(view.byline)}>
          <span>{view.bylineText}</span>
          {view.dueText && <span>{view.dueText}</span>}
          <span {...attrs(view.badge)}>{view.statusText}</span>
        </p>
      </header>
      {view.anonymousText && <p {...attrs(view.anonymous)}>{view.anonymousText}</p>}
      {view.evidence && (
        <section {...attrs(view.evidence.section)}>
          <Heading level={sub} {...attrs(view.evidence.heading)}>
            {view.evidence.headingText}
          </Heading>
          {view.evidence.emptyText ? (
            <p {...attrs(view.evidence.empty)}>{view.evidence.emptyText}</p>
          ) : (
            <ul {...attrs(view.evidence.list)}>
              {view.evidence.objectives.map((o) => (
                <li key={o.id} {...attrs(o.item)}>
                  <Heading level={subSub} {...attrs(o.title)}>
                    {o.titleText}
                  </Heading>
                  <p {...attrs(o.meta)}>{o.metaText}</p>
                  <p {...attrs(o.grade)}>
                    {o.gradeText} · {o.gradeKindText}
                  </p>
                  <ProgressMeter {...o.progress} />
                  {o.keyResults.length > 0 && (
                    <ul {...attrs(o.keyResultList)}>
                      {o.keyResults.map((kr) => (
                        <li key={kr.id} {...attrs(kr.item)}>
                          <span {...attrs(kr.title)}>{kr.titleText}</span>
                          <ProgressMeter {...kr.progress} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {o.explanation && (
                    <details {...attrs(o.explanation.details)}>
                      <summary {...attrs(o.explanation.summary)}>{o.explanation.summaryText}</summary>
                      <ul {...attrs(o.explanation.list)}>
                        {o.explanation.lines.map((line) => (
                          <li key={line.key} {...attrs(line.item)}>
                            {line.text}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p {...attrs(view.evidence.goalScore)}>{view.evidence.goalScoreText}</p>
        </section>
      )}
      <section {...attrs(view.questionsSection)}>
        <Heading level={sub} {...attrs(view.questionsHeading)}>
          {view.questionsHeadingText}
        </Heading>
        {view.emptyText ? (
          <p {...attrs(view.empty)}>{view.emptyText}</p>
        ) : (
          <form {...attrs(view.form)} onSubmit={(e) => e.preventDefault()}>
            {view.missing && (
              <div {...attrs(view.missing.panel)}>
                <p>{view.missing.headingText}</p>
                <ul {...attrs(view.missing.list)}>
                  {view.missing.items.map((item) => (
                    <li key={item.questionId}>
                      <button
                        {...attrs(item.link)}
                        onClick={() => send({ type: 'focus-question', questionId: item.questionId })}
                      >
                        {item.text}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {view.questions.map(question)}
          </form>
        )}
      </section>
      {view.conflict && (
        <div {...attrs(view.conflict.panel)}>
          <p>{view.conflict.text}</p>
          <div>
            <button {...attrs(view.conflict.keepMine)} onClick={() => send({ type: 'keep-mine' })}>
              {view.conflict.keepMineText}
            </button>
            <button {...attrs(view.conflict.useTheirs)} onClick={() => send({ type: 'use-theirs' })}>
              {view.conflict.useTheirsText}
            </button>
          </div>
        </div>
      )}
      {view.failureText && (
        <div {...attrs(view.failure)}>
          <p>{view.failureText}</p>
          {view.retryText && view.retryEvent && (
            <div>
              <button {...attrs(view.retry)} onClick={() => view.retryEvent && send(view.retryEvent)}>
                {view.retryText}
              </button>
            </div>
          )}
        </div>
      )}
      {view.acknowledge && (
        <div {...attrs(view.acknowledge.panel)}>
          <p {...attrs(view.acknowledge.body)}>{view.acknowledge.text}</p>
          <button {...attrs(view.acknowledge.button)} onClick={() => send({ type: 'acknowledge' })}>
            {view.acknowledge.buttonText}
          </button>
        </div>
      )}
      <div {...attrs(view.footer)}>
        {view.save && (
          <button {...attrs(view.save)} onClick={() => send({ type: 'save' })}>
            {view.saveText}
          </button>
        )}
        {view.submit && (
          <button {...attrs(view.submit)} onClick={() => send({ type: 'submit' })}>
            {view.submitText}
          </button>
        )}
        {view.unsavedText && <span {...attrs(view.unsaved)}>{view.unsavedText}</span>}
        <p {...attrs(view.state)}>{view.stateText}</p>
      </div>
      {view.confirm && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the confirmation cancels it.
        <div {...attrs(view.confirm.panel)} onKeyDown={onConfirmKey}>
          <Heading level={sub} {...attrs(view.confirm.heading)}>
            {view.confirm.headingText}
          </Heading>
          <p {...attrs(view.confirm.body)}>{view.confirm.text}</p>
          <div>
            <button {...attrs(view.confirm.confirm)} onClick={() => send({ type: 'confirm-submit' })}>
              {view.confirm.confirmText}
            </button>
            <button {...attrs(view.confirm.cancel)} onClick={() => send({ type: 'cancel-submit' })}>
              {view.confirm.cancelText}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function DataReviewForm({ onSave, onTransition, latest, ...rest }: ReviewFormDataProps) {
  return (
    <ReviewFormBody
      {...rest}
      save={(detail) => asAnswer(onSave?.(detail))}
      transition={(detail) => asAnswer(onTransition?.(detail))}
      latest={latest}
    />
  );
}

function ConnectedReviewForm({ reviewId, onSave, onTransition, ...rest }: ReviewFormConnectedProps) {
  const locale = useLocale(rest.locale);
  const review = useReview(reviewId);
  const cycleId = review.data?.cycleId ?? '';
  const cycle = useReviewCycle(cycleId, { enabled: cycleId !== '' });
  const save = useSaveReview();
  const transition = useReviewTransition();
  if (!review.data || !cycle.data) {
    const failed = review.isError ? review : cycle.isError ? cycle : undefined;
    return (
      <LoadStateView
        scope="review-form"
        state={failed ? 'error' : 'loading'}
        locale={locale}
        className={rest.className}
        error={failed?.error}
        onRetry={retryFailed(review, cycle)}
      />
    );
  }
  return (
    <ReviewFormBody
      {...rest}
      review={review.data}
      cycle={cycle.data}
      save={(detail) =>
        save
          .mutateAsync({ reviewId: detail.reviewId, version: detail.version, patch: { answers: [...detail.answers] } })
          .then((saved) => {
            onSave?.(saved);
            return saved;
          })
      }
      transition={(detail) =>
        transition.mutateAsync({ reviewId: detail.reviewId, body: { action: detail.action } }).then((after) => {
          onTransition?.(after);
          return after;
        })
      }
      latest={() => review.refetch().then((result) => result.data)}
    />
  );
}

/**
 * A performance review to write or read: the questions of its kind (ratings as radio groups with labelled ends,
 * required ones marked in words; texts with a character count), the reviewee's goals as evidence as they stood
 * at the cycle's snapshot (grades in words and band, final or as of the snapshot, key results' meters, the goal
 * score), Save draft with "Saved at 10:42" and an unsaved-changes mark, Submit with a confirmation step (missing
 * required answers listed, focus on the first), read-only once submitted, Acknowledge for the reviewee once
 * shared, and an anonymous step's notice. Nothing typed is lost on a failure or a conflict. Plain text only.
 */
export function ReviewForm(props: ReviewFormProps) {
  return 'review' in props ? <DataReviewForm {...props} /> : <ConnectedReviewForm {...props} />;
}
