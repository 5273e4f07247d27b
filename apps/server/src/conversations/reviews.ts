import type { FieldProblem, Person } from '@goalkit/client';
import {
  type Calibration,
  type CalibrationAdjustment,
  type CalibrationAdjustmentCreate,
  type CalibrationPlacement,
  type NineBox,
  type Review,
  type ReviewAnswer,
  type ReviewCycle,
  type ReviewCycleCreate,
  type ReviewCycleStage,
  type ReviewCycleTransition,
  type ReviewEvidence,
  type ReviewKind,
  type ReviewPatch,
  type ReviewQuestion,
  type ReviewStatus,
  type ReviewStep,
  type ReviewTransition,
  reviewCycleTransitions,
  reviewTransitions,
  type ScoreFormula,
} from '@goalkit/client/contract';
import type { CompetencyScale } from '@goalkit/core/competencies';
import {
  componentScores,
  DEFAULT_RATING_SCALE,
  goalScore,
  isSubmitted,
  nineBoxOf,
  REVIEW_KINDS,
  reviewFinalScore,
} from '@goalkit/core/conversations';
import { answerCompetency, competencyScales, recordReviewAssessments } from '../competencies/reviewAssessments.js';
import { badRequest, forbidden, notFound, ProblemError, stale } from '../problems.js';
import type { StoreContext } from '../store/context.js';
import { isoSeconds, matchesVersion, randomId, type VersionPrecondition } from '../store/rows.js';
import { groupBy } from '../store/scores.js';
import { evidenceOf, type SnapshotObjective, snapshotObjectives, snapshotScorer } from './reviewEvidence.js';
import { type ReviewCycleRow, type ReviewRow, ReviewRows } from './reviewRows.js';

/**
 * The score formula of a cycle created without one: the goals count for half, the manager's review
 * for 0.3, the self and peer reviews for 0.1 each (upward reviews inform, and do not score).
 */
export const DEFAULT_SCORE_FORMULA: ScoreFormula = Object.freeze({
  weights: Object.freeze({ goals: 0.5, manager: 0.3, self: 0.1, peer: 0.1 }),
}) as ScoreFormula;

type ReviewAction = Review['allowedActions'][number];
type CycleAction = ReviewCycleTransition['action'];

/** A cycle as the rules read it: its row with the JSON columns parsed. */
interface CycleData {
  row: ReviewCycleRow;
  stage: ReviewCycleStage;
  steps: ReviewStep[];
  questions: ReviewQuestion[];
  scoreFormula: ScoreFormula;
  participants: string[];
}

const parseCycle = (row: ReviewCycleRow): CycleData => ({
  row,
  stage: row.stage as ReviewCycleStage,
  steps: JSON.parse(row.steps) as ReviewStep[],
  questions: JSON.parse(row.questions) as ReviewQuestion[],
  scoreFormula: JSON.parse(row.score_formula) as ScoreFormula,
  participants: JSON.parse(row.participant_ids) as string[],
});

const stepOf = (cycle: CycleData, kind: string) => cycle.steps.find((s) => s.kind === kind);
const anonymous = (cycle: CycleData, kind: string) => stepOf(cycle, kind)?.anonymous === true;
/** The questions a kind of review asks. */
const questionsFor = (cycle: CycleData, kind: string) =>
  cycle.questions.filter((q) => (q.kinds as readonly string[]).includes(kind));
const scaleOf = (question: ReviewQuestion) => question.scale ?? DEFAULT_RATING_SCALE;

const verbs: Record<string, string> = {
  open: 'opened',
  calibrate: 'calibrated',
  share: 'shared',
  close: 'closed',
  submit: 'submitted',
  acknowledge: 'acknowledged',
};

/**
 * Review cycles, reviews and calibration (issue 25), with their rules:
 *
 * - **Stages.** A cycle is created as a `draft` by an admin and moves on only through its transitions
 *   (`open` → collecting, `calibrate`, `share`, `close`; admins). Opening creates each participant's self
 *   review (with a self step) and a manager review by their manager (with a manager step and a manager).
 *   Answers are written and reviews submitted while the cycle is `collecting` (a step's reviews from its
 *   `opensAt`; late submissions are taken until the cycle moves on), placements are adjusted while it is
 *   `calibrating`, reviews are shared and acknowledged while it is `sharing`; a `closed` cycle takes no write.
 * - **Who sees what.** A cycle: admins, its participants, its reviewers and the participants' managers.
 *   A review: its reviewer always; the reviewee once it is shared; the reviewee's managers and admins once
 *   it is submitted. A review of an anonymous step (peer and upward steps only) is seen by its reviewer
 *   alone: to everyone else it does not exist, and its aggregate counts only in calibration, hidden below
 *   the step's `minResponses`. Reviewer ids are shown only where the review is seen individually.
 * - **Evidence.** A review shows the reviewee's goals as they stood at the cycle's `goalSnapshotAt`
 *   (see {@link snapshotObjectives}), only those the caller may see.
 * - **No live events or webhooks**: reviews are personal; nothing of them goes to `/events` or a webhook.
 */
export class Reviews {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  // ---- cycles -------------------------------------------------------------------------------------

  /** Every cycle for admins; others, the cycles they take part in, review in, or where they manage a participant. */
  async listCycles(viewer: Person): Promise<ReviewCycle[]> {
    const ctx = await this.#ready();
    const rows = rowsOf(ctx);
    const reviewing = await rows.cyclesReviewedBy(viewer.id);
    return (await rows.cycles())
      .map(parseCycle)
      .filter((c) => this.#seesCycle(viewer, c, reviewing))
      .map(cycleShape);
  }

  /** A new cycle as a draft (admins), validated as a whole: every problem is named at its path. */
  async createCycle(viewer: Person, body: ReviewCycleCreate): Promise<ReviewCycle> {
    const ctx = await this.#ready();
    if (viewer.role !== 'admin') throw forbidden('Only admins create review cycles.');
    const problems = this.#cycleProblems(body, await competencyScales(ctx));
    if (problems.length) throw badRequest(problems);
    return ctx.transaction(async (tx) => {
      const row: ReviewCycleRow = {
        id: randomId('rc-'),
        name: body.name,
        period_start: body.period.start,
        period_end: body.period.end,
        stage: 'draft',
        steps: JSON.stringify(body.steps),
        questions: JSON.stringify(body.questions),
        score_formula: JSON.stringify(body.scoreFormula ?? DEFAULT_SCORE_FORMULA),
        goal_snapshot_at: isoSeconds(new Date(body.goalSnapshotAt)),
        participant_ids: JSON.stringify(body.participantIds),
        created_by_id: viewer.id,
        created_at: tx.stamp(),
        version: 1,
      };
      await rowsOf(tx).insertCycle(row);
      return cycleShape(parseCycle(row));
    });
  }

  /** One cycle, to those who may see it (see the class's rules); 404 to anyone else, as for a missing id. */
  async getCycle(viewer: Person, id: string): Promise<ReviewCycle> {
    const ctx = await this.#ready();
    return cycleShape(await this.#visibleCycle(ctx, viewer, id));
  }

  /**
   * Move a cycle to its next stage (admins; 409 with `allowedActions` from any other stage). `open`
   * creates the self and manager reviews.
   */
  async transitionCycle(viewer: Person, id: string, { action }: ReviewCycleTransition): Promise<ReviewCycle> {
    const ctx = await this.#ready();
    return ctx.transaction(async (tx) => {
      const rows = rowsOf(tx);
      const cycle = await this.#visibleCycle(tx, viewer, id, true);
      if (viewer.role !== 'admin') throw forbidden('Only admins move a review cycle on.');
      const rule = reviewCycleTransitions[action];
      if (cycle.stage !== rule.from) {
        const allowed = (Object.keys(reviewCycleTransitions) as CycleAction[]).filter(
          (a) => reviewCycleTransitions[a].from === cycle.stage,
        );
        throw new ProblemError(
          409,
          'Illegal transition',
          `A review cycle that is ${cycle.stage} cannot be ${verbs[action]}: only a ${rule.from} cycle can. ${
            allowed.length ? `Allowed now: ${allowed.join(', ')}.` : 'It is closed: nothing more happens to it.'
          }`,
          { allowedActions: allowed, stage: cycle.stage },
        );
      }
      if (action === 'open') await this.#openReviews(tx, rows, cycle, viewer);
      await rows.setStage(id, rule.to);
      const row = await rows.cycle(id);
      return cycleShape(parseCycle(row as ReviewCycleRow));
    });
  }

  async #openReviews(ctx: StoreContext, rows: ReviewRows, cycle: CycleData, actor: Person): Promise<void> {
    const owners = ctx.access.owners();
    const at = ctx.stamp();
    const add = async (revieweeId: string, reviewerId: string, kind: ReviewKind) => {
      if (await rows.findReview(cycle.row.id, revieweeId, reviewerId, kind)) return;
      await rows.insertReview({
        id: randomId('rv-'),
        cycle_id: cycle.row.id,
        reviewee_id: revieweeId,
        reviewer_id: reviewerId,
        kind,
        status: 'draft',
        answers: '[]',
        submitted_at: null,
        created_by_id: actor.id,
        created_at: at,
        version: 1,
      });
    };
    for (const person of cycle.participants) {
      if (stepOf(cycle, 'self')) await add(person, person, 'self');
      const manager = owners.get(person)?.manager_id;
      if (stepOf(cycle, 'manager') && manager && manager !== person && owners.get(manager)?.kind === 'person')
        await add(person, manager, 'manager');
    }
  }

  // ---- reviews ------------------------------------------------------------------------------------

  /** The cycle's reviews the caller may see (see the class's rules), oldest first, without evidence. */
  async listReviews(
    viewer: Person,
    cycleId: string,
    query: { reviewee?: string; reviewer?: string; kind?: ReviewKind },
  ): Promise<Review[]> {
    const ctx = await this.#ready();
    const cycle = await this.#visibleCycle(ctx, viewer, cycleId);
    return (await rowsOf(ctx).reviewsOf(cycleId))
      .filter(
        (r) =>
          (query.reviewee === undefined || r.reviewee_id === query.reviewee) &&
          (query.reviewer === undefined || r.reviewer_id === query.reviewer) &&
          (query.kind === undefined || r.kind === query.kind) &&
          this.#seesReview(viewer, r, cycle),
      )
      .map((r) => this.#reviewShape(ctx, viewer, r, cycle));
  }

  /**
   * Ask for a peer or upward review (while the cycle collects, with a step of that kind): by the reviewee,
   * their managers or an admin. The reviewer is not the reviewee; an upward reviewer is someone the
   * reviewee manages; the same review is never asked twice (409).
   */
  async createReview(
    viewer: Person,
    cycleId: string,
    body: { revieweeId: string; reviewerId: string; kind: 'peer' | 'upward' },
  ): Promise<Review> {
    const ctx = await this.#ready();
    return ctx.transaction(async (tx) => {
      const rows = rowsOf(tx);
      const cycle = await this.#visibleCycle(tx, viewer, cycleId, true);
      const { access } = tx;
      if (
        viewer.role !== 'admin' &&
        viewer.id !== body.revieweeId &&
        !access.managerChain(body.revieweeId).has(viewer.id)
      )
        throw forbidden('Only the reviewee, their managers or an admin ask for a review of them.');
      const problems: FieldProblem[] = [];
      if (!cycle.participants.includes(body.revieweeId))
        problems.push({ path: 'revieweeId', message: `is not a participant of this cycle (${body.revieweeId})` });
      if (access.owners().get(body.reviewerId)?.kind !== 'person')
        problems.push({ path: 'reviewerId', message: `is not a person here (${body.reviewerId})` });
      else if (body.reviewerId === body.revieweeId)
        problems.push({
          path: 'reviewerId',
          message: 'must be someone other than the reviewee: self reviews come with the cycle',
        });
      else if (body.kind === 'upward' && !access.managerChain(body.reviewerId).has(body.revieweeId))
        problems.push({
          path: 'reviewerId',
          message: 'must be someone the reviewee manages: an upward review is written by a report about their manager',
        });
      if (!stepOf(cycle, body.kind))
        problems.push({
          path: 'kind',
          message: `this cycle has no ${body.kind} step; ask for a review of a kind it has`,
        });
      if (problems.length) throw badRequest(problems);
      if (cycle.stage !== 'collecting')
        throw new ProblemError(
          409,
          'Cycle not collecting',
          `Reviews are asked for while the cycle is collecting; it is ${cycle.stage}.`,
          { stage: cycle.stage },
        );
      if (await rows.findReview(cycleId, body.revieweeId, body.reviewerId, body.kind))
        throw new ProblemError(
          409,
          'Review exists',
          `${body.reviewerId} already has a ${body.kind} review of ${body.revieweeId} in this cycle.`,
        );
      const row: ReviewRow = {
        id: randomId('rv-'),
        cycle_id: cycleId,
        reviewee_id: body.revieweeId,
        reviewer_id: body.reviewerId,
        kind: body.kind,
        status: 'draft',
        answers: '[]',
        submitted_at: null,
        created_by_id: viewer.id,
        created_at: tx.stamp(),
        version: 1,
      };
      await rows.insertReview(row);
      return this.#reviewShape(tx, viewer, row, cycle, await this.#evidence(tx, viewer, cycle, row.reviewee_id));
    });
  }

  /** One review with its evidence, if the caller may see it; else 404, as for an id that does not exist. */
  async getReview(viewer: Person, id: string): Promise<Review> {
    const ctx = await this.#ready();
    const { row, cycle } = await this.#visibleReview(ctx, viewer, id);
    return this.#reviewShape(ctx, viewer, row, cycle, await this.#evidence(ctx, viewer, cycle, row.reviewee_id));
  }

  /**
   * Replace a draft's answers (its reviewer, while the cycle collects; `If-Match`). Each answer is checked
   * against the cycle's questions for the review's kind: a question it asks, at most one answer per
   * question and objective, a whole rating within the scale on a rating question and no text there,
   * no rating on a text question, and an objective among those of the review's evidence.
   */
  async updateReview(viewer: Person, id: string, patch: ReviewPatch, version: VersionPrecondition): Promise<Review> {
    const ctx = await this.#ready();
    return ctx.transaction(async (tx) => {
      const { row, cycle } = await this.#visibleReview(tx, viewer, id, true);
      if (row.reviewer_id !== viewer.id) throw forbidden('Only its reviewer writes a review.');
      if (!matchesVersion(version, row.version)) throw stale(row.version);
      if (row.status !== 'draft')
        throw new ProblemError(409, 'Review submitted', `This review is ${row.status}: its answers no longer change.`, {
          status: row.status,
          allowedActions: this.#allowedActions(tx, viewer, row, cycle),
        });
      this.#mustCollect(cycle, 'Answers are written');
      const evidence = await this.#evidence(tx, viewer, cycle, row.reviewee_id);
      const problems = answerProblems(
        patch.answers,
        questionsFor(cycle, row.kind),
        evidence,
        row.kind,
        await competencyScales(tx),
      );
      if (problems.length) throw badRequest(problems);
      const answers = patch.answers.map(cleanAnswer);
      await rowsOf(tx).setAnswers(id, JSON.stringify(answers));
      const next = { ...row, answers: JSON.stringify(answers), version: row.version + 1 };
      return this.#reviewShape(tx, viewer, next, cycle, evidence);
    });
  }

  /**
   * `submit` (the reviewer, while the cycle collects, from the step's `opensAt`, with every rating question
   * rated), `share` (the reviewee's managers or an admin, while the cycle shares; anonymous reviews are never
   * shared one by one) or `acknowledge` (the reviewee, while the cycle shares). 403 for someone the action
   * is not for; 409 with `allowedActions` when the review or the cycle is not where the action starts.
   */
  async transitionReview(viewer: Person, id: string, { action }: ReviewTransition): Promise<Review> {
    const ctx = await this.#ready();
    return ctx.transaction(async (tx) => {
      const { row, cycle } = await this.#visibleReview(tx, viewer, id, true);
      const allowed = this.#allowedActions(tx, viewer, row, cycle);
      if (!this.#mayAct(tx, viewer, row, action))
        throw forbidden(
          action === 'submit'
            ? 'Only its reviewer submits a review.'
            : action === 'share'
              ? "Only the reviewee's managers or an admin share a review."
              : 'Only the reviewee acknowledges a review.',
        );
      const rule = reviewTransitions[action];
      const conflict = (title: string, detail: string) =>
        new ProblemError(
          409,
          title,
          `${detail} ${allowed.length ? `Allowed now: ${allowed.join(', ')}.` : 'You can do nothing with it now.'}`,
          { allowedActions: allowed, status: row.status, stage: cycle.stage },
        );
      if (row.status !== rule.from)
        throw conflict(
          'Illegal transition',
          `A review that is ${row.status} cannot be ${verbs[action]}: only a ${rule.from} one can.`,
        );
      const stage = action === 'submit' ? 'collecting' : 'sharing';
      if (cycle.stage !== stage)
        throw conflict(
          'Illegal transition',
          `Reviews are ${verbs[action]} while the cycle is ${stage}; it is ${cycle.stage}.`,
        );
      if (action === 'share' && anonymous(cycle, row.kind))
        throw conflict(
          'Illegal transition',
          `The ${row.kind} step is anonymous: its reviews are never shared one by one, only as calibration aggregates.`,
        );
      const step = stepOf(cycle, row.kind);
      if (action === 'submit' && step && tx.today() < step.opensAt)
        throw conflict('Step not open', `The ${row.kind} step opens on ${step.opensAt}; submit from then.`);
      if (action === 'submit') {
        const answers = JSON.parse(row.answers) as ReviewAnswer[];
        const missing = questionsFor(cycle, row.kind).filter(
          (q) =>
            q.type === 'rating' &&
            !answers.some((a) => a.questionId === q.id && a.rating !== undefined && a.rating !== null),
        );
        if (missing.length)
          throw badRequest(
            missing.map((q) => ({
              path: 'answers',
              message: `question ${JSON.stringify(q.id)} ("${q.text}") needs a rating before the review is submitted`,
            })),
          );
      }
      const at = tx.stamp();
      await rowsOf(tx).setStatus(id, rule.to, action === 'submit' ? at : undefined);
      if (action === 'submit')
        await recordReviewAssessments(
          tx,
          {
            id,
            kind: row.kind,
            revieweeId: row.reviewee_id,
            reviewerId: row.reviewer_id,
            answers: JSON.parse(row.answers) as ReviewAnswer[],
          },
          questionsFor(cycle, row.kind),
          at,
        );
      const next: ReviewRow = {
        ...row,
        status: rule.to,
        submitted_at: action === 'submit' ? at : row.submitted_at,
        version: row.version + 1,
      };
      return this.#reviewShape(tx, viewer, next, cycle, await this.#evidence(tx, viewer, cycle, row.reviewee_id));
    });
  }

  // ---- calibration --------------------------------------------------------------------------------

  /**
   * The nine-box of the participants the caller calibrates: every participant for admins, the ones they
   * manage (anywhere below them) for managers. Someone who may see the cycle but calibrates nobody in it
   * gets 403; someone who may not see it, 404.
   */
  async calibration(viewer: Person, cycleId: string): Promise<Calibration> {
    const ctx = await this.#ready();
    const cycle = await this.#visibleCycle(ctx, viewer, cycleId);
    const people = cycle.participants.filter((p) => this.#calibrates(ctx, viewer, p));
    if (people.length === 0)
      throw forbidden(
        "Calibration is for admins and the participants' managers; you manage no participant of this cycle.",
      );
    const placements = await this.#placements(ctx, cycle, people);
    return {
      cycleId,
      stage: cycle.stage,
      editable: cycle.stage === 'calibrating',
      people: people.map((p) => (placements.get(p) as { placement: CalibrationPlacement }).placement),
    };
  }

  /**
   * Move a participant on the nine-box (admins and the participant's managers, while the cycle calibrates),
   * with a reason. Recorded as a revision of their placement, appended, never changed or removed; `from` is
   * where they were. Answers their placement as it is now.
   */
  async adjust(
    viewer: Person,
    cycleId: string,
    body: CalibrationAdjustmentCreate,
  ): Promise<{ placement: CalibrationPlacement; adjustmentId: string }> {
    const ctx = await this.#ready();
    return ctx.transaction(async (tx) => {
      const cycle = await this.#visibleCycle(tx, viewer, cycleId, true);
      if (!cycle.participants.includes(body.personId))
        throw badRequest([{ path: 'personId', message: `is not a participant of this cycle (${body.personId})` }]);
      if (!this.#calibrates(tx, viewer, body.personId))
        throw forbidden('Only admins and the managers of this participant move them on the nine-box.');
      if (cycle.stage !== 'calibrating')
        throw new ProblemError(
          409,
          'Cycle not calibrating',
          `Placements are adjusted while the cycle is calibrating; it is ${cycle.stage}.`,
          { stage: cycle.stage },
        );
      const current = (await this.#placements(tx, cycle, [body.personId])).get(body.personId);
      const from = current?.placement.placement;
      if (!current || !from || current.managerReviewId === null)
        throw badRequest([
          {
            path: 'personId',
            message:
              'has no placement yet: it needs a final score and a potential rating from a submitted manager review',
          },
        ]);
      const adjustmentId = randomId('ca-');
      await rowsOf(tx).insertAdjustment({
        id: adjustmentId,
        cycle_id: cycleId,
        review_id: current.managerReviewId,
        person_id: body.personId,
        from_box: JSON.stringify(from),
        to_box: JSON.stringify({ performance: body.to.performance, potential: body.to.potential }),
        reason: body.reason,
        actor_id: viewer.id,
        at: tx.stamp(),
      });
      const after = (await this.#placements(tx, cycle, [body.personId])).get(body.personId);
      return { placement: (after as { placement: CalibrationPlacement }).placement, adjustmentId };
    });
  }

  /**
   * Each person's calibration: components (goals = core `goalScore` over every goal of theirs at the
   * snapshot; each kind's score = core `componentScores` over submitted reviews' performance ratings,
   * `null` below the step's `minResponses`), the final score (core `reviewFinalScore` with the cycle's
   * weights), potential (the manager reviews' normalised mean of potential ratings), and the nine-box.
   */
  async #placements(
    ctx: StoreContext,
    cycle: CycleData,
    people: readonly string[],
  ): Promise<Map<string, { placement: CalibrationPlacement; managerReviewId: string | null }>> {
    const rows = rowsOf(ctx);
    const snapshot = await snapshotScorer(ctx, cycle.row.goal_snapshot_at);
    const [goals, reviews, adjustments] = await Promise.all([
      snapshotObjectives(ctx, rows, snapshot, people, periodOf(cycle), cycle.row.goal_snapshot_at),
      rows.reviewsOf(cycle.row.id),
      rows.adjustments(cycle.row.id),
    ]);
    const reviewsOf = groupBy(reviews, (r) => r.reviewee_id);
    const adjustmentsOf = groupBy(adjustments, (a) => a.person_id);
    const owners = ctx.access.owners();
    const weights = cycle.scoreFormula.weights;
    const rated = cycle.questions
      .filter((q) => q.type === 'rating')
      .map((q) => ({
        id: q.id,
        ...(q.scale ? { scale: q.scale } : {}),
        ...(q.measures ? { measures: q.measures } : {}),
      }));
    const result = new Map<string, { placement: CalibrationPlacement; managerReviewId: string | null }>();
    for (const person of people) {
      const mine = (reviewsOf.get(person) ?? []).map((r) => ({
        id: r.id,
        kind: r.kind as ReviewKind,
        status: r.status,
        // Core's answers take a rating or null, not an absent one under exactOptionalPropertyTypes.
        answers: (JSON.parse(r.answers) as ReviewAnswer[]).map((a) => ({
          questionId: a.questionId,
          rating: a.rating ?? null,
        })),
      }));
      const scores = componentScores(mine, rated);
      const potential = componentScores(
        mine.filter((r) => r.kind === 'manager'),
        rated,
        DEFAULT_RATING_SCALE,
        { measures: 'potential' },
      ).manager.score;
      const objectives: SnapshotObjective[] = goals.get(person) ?? [];
      const goal = goalScore(objectives.map((o) => ({ weight: o.evidence.weight, grade: o.evidence.grade.score })));
      const components: CalibrationPlacement['components'] = [
        { component: 'goals', score: goal.score, weight: weights.goals ?? 0, responses: goal.counted },
      ];
      for (const kind of REVIEW_KINDS) {
        const step = stepOf(cycle, kind);
        if (!step) continue;
        const { score, reviews: responses } = scores[kind];
        components.push({
          component: kind,
          score: responses < step.minResponses ? null : score,
          weight: weights[kind] ?? 0,
          responses,
        });
      }
      const finalScore = reviewFinalScore(
        Object.fromEntries(components.map((c) => [c.component, c.score])),
        weights,
      ).score;
      const computed = finalScore !== null && potential !== null ? nineBoxOf(finalScore, potential) : null;
      const moves = (adjustmentsOf.get(person) ?? []).map((a) => adjustmentShape(a, owners.get(a.actor_id)?.name));
      const managerReview = mine.find((r) => r.kind === 'manager' && isSubmitted(r.status));
      result.set(person, {
        placement: {
          personId: person,
          name: owners.get(person)?.name ?? person,
          managerId: owners.get(person)?.manager_id ?? null,
          finalScore,
          components,
          computed,
          placement: moves.at(-1)?.to ?? computed,
          adjustments: moves,
        },
        managerReviewId: managerReview?.id ?? null,
      });
    }
    return result;
  }

  // ---- rules --------------------------------------------------------------------------------------

  async #ready(): Promise<StoreContext> {
    await this.#ctx.ready();
    return this.#ctx;
  }

  #seesCycle(viewer: Person, cycle: CycleData, reviewing: ReadonlySet<string>): boolean {
    if (viewer.role === 'admin' || reviewing.has(cycle.row.id)) return true;
    return cycle.participants.some((p) => p === viewer.id || this.#ctx.access.managerChain(p).has(viewer.id));
  }

  /** A cycle the caller may see (locked for the transaction when `lock`), else 404 as for a missing one. */
  async #visibleCycle(ctx: StoreContext, viewer: Person, id: string, lock = false): Promise<CycleData> {
    const rows = rowsOf(ctx);
    const row = await rows.cycle(id, lock);
    const cycle = row && parseCycle(row);
    if (!cycle || !this.#seesCycle(viewer, cycle, await rows.cyclesReviewedBy(viewer.id)))
      throw notFound(`Review cycle ${JSON.stringify(id)}`);
    return cycle;
  }

  /**
   * Whether the caller sees a review: its reviewer always; nobody else one of an anonymous step; the
   * reviewee once shared; the reviewee's managers and admins once submitted.
   */
  #seesReview(viewer: Person, row: ReviewRow, cycle: CycleData): boolean {
    if (row.reviewer_id === viewer.id) return true;
    if (anonymous(cycle, row.kind)) return false;
    if (viewer.id === row.reviewee_id) return row.status === 'shared' || row.status === 'acknowledged';
    if (viewer.role === 'admin' || this.#ctx.access.managerChain(row.reviewee_id).has(viewer.id))
      return isSubmitted(row.status);
    return false;
  }

  /** A review the caller may see, with its cycle; else 404 exactly as for an id that does not exist. */
  async #visibleReview(
    ctx: StoreContext,
    viewer: Person,
    id: string,
    lock = false,
  ): Promise<{ row: ReviewRow; cycle: CycleData }> {
    const rows = rowsOf(ctx);
    const first = await rows.review(id);
    // Under the cycle's lock (PostgreSQL), the review is read again: a writer before us may have changed it.
    const cycleRow = first && (await rows.cycle(first.cycle_id, lock));
    const row = lock && first ? await rows.review(id, true) : first;
    const cycle = cycleRow && parseCycle(cycleRow);
    if (!row || !cycle || !this.#seesReview(viewer, row, cycle)) throw notFound(`Review ${JSON.stringify(id)}`);
    return { row, cycle };
  }

  #calibrates(ctx: StoreContext, viewer: Person, personId: string): boolean {
    return viewer.role === 'admin' || ctx.access.managerChain(personId).has(viewer.id);
  }

  /** Whether the action is the caller's to take on the review at all (whatever the stages). */
  #mayAct(ctx: StoreContext, viewer: Person, row: ReviewRow, action: ReviewAction): boolean {
    if (action === 'edit' || action === 'submit') return row.reviewer_id === viewer.id;
    if (action === 'share') return viewer.role === 'admin' || ctx.access.managerChain(row.reviewee_id).has(viewer.id);
    return row.reviewee_id === viewer.id;
  }

  /** What the caller may do with a review now. */
  #allowedActions(ctx: StoreContext, viewer: Person, row: ReviewRow, cycle: CycleData): ReviewAction[] {
    const allowed: ReviewAction[] = [];
    const step = stepOf(cycle, row.kind);
    const collecting = cycle.stage === 'collecting' && row.status === 'draft';
    if (collecting && this.#mayAct(ctx, viewer, row, 'edit')) {
      allowed.push('edit');
      if (step && ctx.today() >= step.opensAt) allowed.push('submit');
    }
    if (cycle.stage === 'sharing') {
      if (row.status === 'submitted' && !anonymous(cycle, row.kind) && this.#mayAct(ctx, viewer, row, 'share'))
        allowed.push('share');
      if (row.status === 'shared' && this.#mayAct(ctx, viewer, row, 'acknowledge')) allowed.push('acknowledge');
    }
    return allowed;
  }

  #mustCollect(cycle: CycleData, what: string): void {
    if (cycle.stage !== 'collecting')
      throw new ProblemError(
        409,
        'Cycle not collecting',
        `${what} while the cycle is collecting; it is ${cycle.stage}.`,
        {
          stage: cycle.stage,
        },
      );
  }

  /** The reviewee's goals at the cycle's snapshot that the caller may see. */
  async #evidence(ctx: StoreContext, viewer: Person, cycle: CycleData, revieweeId: string): Promise<ReviewEvidence> {
    const at = cycle.row.goal_snapshot_at;
    const snapshot = await snapshotScorer(ctx, at);
    const objectives = await snapshotObjectives(ctx, rowsOf(ctx), snapshot, [revieweeId], periodOf(cycle), at);
    const rows = new Map((await ctx.repository.objectives()).map((row) => [row.id, row]));
    const maySee = (id: string) => {
      const row = rows.get(id);
      return row !== undefined && ctx.access.canSee(viewer, row);
    };
    return evidenceOf(
      (objectives.get(revieweeId) ?? []).filter((o) => ctx.access.canSee(viewer, o.row)),
      at,
      maySee,
    );
  }

  #reviewShape(ctx: StoreContext, viewer: Person, row: ReviewRow, cycle: CycleData, evidence?: ReviewEvidence): Review {
    const owners = ctx.access.owners();
    // Who wrote a review of an anonymous step is told to its reviewer alone.
    const named = row.reviewer_id === viewer.id || !anonymous(cycle, row.kind);
    return {
      id: row.id,
      cycleId: row.cycle_id,
      revieweeId: row.reviewee_id,
      revieweeName: owners.get(row.reviewee_id)?.name ?? row.reviewee_id,
      reviewerId: named ? row.reviewer_id : null,
      reviewerName: named ? (owners.get(row.reviewer_id)?.name ?? row.reviewer_id) : null,
      kind: row.kind as ReviewKind,
      status: row.status as ReviewStatus,
      answers: JSON.parse(row.answers) as ReviewAnswer[],
      submittedAt: row.submitted_at,
      ...(evidence ? { evidence } : {}),
      allowedActions: this.#allowedActions(ctx, viewer, row, cycle),
      version: Number(row.version),
    };
  }

  #cycleProblems(body: ReviewCycleCreate, scales: ReadonlyMap<string, CompetencyScale>): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const add = (path: string, message: string) => problems.push({ path, message });
    if (body.period.start > body.period.end)
      add('period.end', `must be on or after period.start (${body.period.start}); got ${body.period.end}`);
    const kinds = new Set<string>();
    body.steps.forEach((step, i) => {
      if (step.opensAt > step.dueAt)
        add(`steps[${i}].dueAt`, `must be on or after the step's opensAt (${step.opensAt}); got ${step.dueAt}`);
      if (kinds.has(step.kind))
        add(`steps[${i}].kind`, `there is a ${step.kind} step already; give each kind one step`);
      kinds.add(step.kind);
      if (step.anonymous && (step.kind === 'self' || step.kind === 'manager'))
        add(
          `steps[${i}].anonymous`,
          `a ${step.kind} review cannot be anonymous (everyone knows who wrote it); only peer and upward steps can`,
        );
    });
    const ids = new Set<string>();
    body.questions.forEach((question, i) => {
      if (ids.has(question.id))
        add(`questions[${i}].id`, `${JSON.stringify(question.id)} is used by an earlier question; ids are unique`);
      ids.add(question.id);
      question.kinds.forEach((kind, j) => {
        if (!kinds.has(kind))
          add(`questions[${i}].kinds[${j}]`, `the cycle has no ${kind} step; add one or leave ${kind} out`);
      });
      if (question.type === 'rating') {
        if (question.scale && !(question.scale.min < question.scale.max))
          add(
            `questions[${i}].scale.max`,
            `must be above scale.min (${question.scale.min}); got ${question.scale.max}`,
          );
        if (question.competencyId !== undefined) {
          const scale = scales.get(question.competencyId);
          const asked = scaleOf(question);
          if (!scale)
            add(
              `questions[${i}].competencyId`,
              `no competency framework has the competency ${JSON.stringify(question.competencyId)}; see GET /frameworks`,
            );
          else if (asked.min < scale.min || asked.max > scale.max)
            add(
              `questions[${i}].scale`,
              `rates competency ${question.competencyId}, whose framework's scale is ${scale.min}–${scale.max}: keep the question's scale within it`,
            );
        }
      } else {
        if (question.scale) add(`questions[${i}].scale`, 'only rating questions take a scale');
        if (question.measures) add(`questions[${i}].measures`, 'only rating questions measure something');
        if (question.competencyId !== undefined)
          add(`questions[${i}].competencyId`, 'only rating questions rate a competency');
      }
    });
    const weights = Object.values((body.scoreFormula ?? DEFAULT_SCORE_FORMULA).weights);
    if (!weights.some((w) => (w ?? 0) > 0))
      add(
        'scoreFormula.weights',
        'give at least one component a weight above 0, or leave the formula out for the default',
      );
    const owners = this.#ctx.access.owners();
    const seen = new Set<string>();
    body.participantIds.forEach((id, i) => {
      if (seen.has(id)) add(`participantIds[${i}]`, `${JSON.stringify(id)} is listed twice`);
      else if (owners.get(id)?.kind !== 'person')
        add(`participantIds[${i}]`, `is not a person here (${JSON.stringify(id)}); list people's ids`);
      seen.add(id);
    });
    return problems;
  }
}

const rowsOf = (ctx: StoreContext) =>
  new ReviewRows(ctx.repository.connection, ctx.repository.engine.dialect === 'postgres');

const periodOf = (cycle: CycleData) => ({ start: cycle.row.period_start, end: cycle.row.period_end });

const cycleShape = (cycle: CycleData): ReviewCycle => ({
  id: cycle.row.id,
  name: cycle.row.name,
  period: { start: cycle.row.period_start, end: cycle.row.period_end },
  stage: cycle.stage,
  steps: cycle.steps,
  questions: cycle.questions,
  scoreFormula: cycle.scoreFormula,
  goalSnapshotAt: cycle.row.goal_snapshot_at,
  participantIds: cycle.participants,
  createdAt: cycle.row.created_at,
  version: Number(cycle.row.version),
});

const adjustmentShape = (
  row: {
    id: string;
    review_id: string;
    person_id: string;
    from_box: string;
    to_box: string;
    reason: string;
    actor_id: string;
    at: string;
  },
  actorName: string | undefined,
): CalibrationAdjustment => ({
  id: row.id,
  reviewId: row.review_id,
  personId: row.person_id,
  from: JSON.parse(row.from_box) as NineBox,
  to: JSON.parse(row.to_box) as NineBox,
  reason: row.reason,
  actorId: row.actor_id,
  actorName: actorName ?? row.actor_id,
  at: row.at,
});

/** An answer as stored: only the fields it has a value for. */
function cleanAnswer(answer: ReviewAnswer): ReviewAnswer {
  return {
    questionId: answer.questionId,
    ...(answer.rating !== undefined && answer.rating !== null ? { rating: answer.rating } : {}),
    ...(answer.text !== undefined && answer.text !== null && answer.text.trim() !== '' ? { text: answer.text } : {}),
    ...(answer.objectiveId !== undefined && answer.objectiveId !== null ? { objectiveId: answer.objectiveId } : {}),
    ...(answer.competencyId !== undefined && answer.competencyId !== null ? { competencyId: answer.competencyId } : {}),
  };
}

/** What is wrong with a review's answers, each at its path (`answers[2].rating`). */
function answerProblems(
  answers: readonly ReviewAnswer[],
  questions: readonly ReviewQuestion[],
  evidence: ReviewEvidence,
  kind: string,
  scales: ReadonlyMap<string, CompetencyScale>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const objectives = new Set(evidence.objectives.map((o) => o.id));
  const seen = new Set<string>();
  answers.forEach((answer, i) => {
    const path = `answers[${i}]`;
    const question = byId.get(answer.questionId);
    if (!question) {
      problems.push({
        path: `${path}.questionId`,
        message: `${JSON.stringify(answer.questionId)} is not a question of this cycle's ${kind} reviews`,
      });
      return;
    }
    const key = `${answer.questionId}\u0000${answer.objectiveId ?? ''}\u0000${answer.competencyId ?? ''}`;
    if (seen.has(key))
      problems.push({
        path: `${path}.questionId`,
        message: 'answers this question (about the same objective) a second time',
      });
    seen.add(key);
    const hasText = answer.text !== undefined && answer.text !== null && answer.text !== '';
    const hasRating = answer.rating !== undefined && answer.rating !== null;
    if (question.type === 'rating') {
      const scale = scaleOf(question);
      if (hasRating && !((answer.rating as number) >= scale.min && (answer.rating as number) <= scale.max))
        problems.push({
          path: `${path}.rating`,
          message: `must be from ${scale.min} to ${scale.max} (the question's scale); got ${answer.rating}`,
        });
      if (hasText)
        problems.push({ path: `${path}.text`, message: 'is not taken by a rating question; answer it with a rating' });
    } else if (hasRating)
      problems.push({ path: `${path}.rating`, message: 'is not taken by a text question; answer it in words' });
    const competencyId = answerCompetency(answer, question);
    if (answer.competencyId !== undefined && answer.competencyId !== null && question.type !== 'rating')
      problems.push({ path: `${path}.competencyId`, message: 'only a rating is about a competency' });
    else if (answer.competencyId !== undefined && answer.competencyId !== null && !scales.has(answer.competencyId))
      problems.push({
        path: `${path}.competencyId`,
        message: `no competency framework has the competency ${JSON.stringify(answer.competencyId)}`,
      });
    else if (competencyId !== undefined && hasRating) {
      const scale = scales.get(competencyId);
      if (scale && ((answer.rating as number) < scale.min || (answer.rating as number) > scale.max))
        problems.push({
          path: `${path}.rating`,
          message: `rates competency ${competencyId}: must be on its framework's scale, from ${scale.min} to ${scale.max}; got ${answer.rating}`,
        });
    }
    if (answer.objectiveId !== undefined && answer.objectiveId !== null && !objectives.has(answer.objectiveId))
      problems.push({
        path: `${path}.objectiveId`,
        message: `${JSON.stringify(answer.objectiveId)} is not one of the goals this review shows as evidence`,
      });
  });
  return problems;
}
