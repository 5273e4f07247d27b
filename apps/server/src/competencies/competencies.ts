import type { FieldProblem, Person } from '@goalkit/client';
import type {
  Assessment,
  AssessmentCreate,
  CompetencyGaps,
  CompetencyProfile,
  Framework,
  FrameworkCreate,
  FrameworkPut,
  Placement,
  PlacementPut,
  TrackLevelRef,
} from '@goalkit/client/contract';
import {
  type AssessedLevel,
  type Assessment as CoreAssessment,
  type Framework as CoreFramework,
  type Placement as CorePlacement,
  competencyGaps,
  findFrameworkProblems,
  findTrackLevel,
  type LevelOnTrack,
  placementTarget,
  planCoverage,
  readiness,
} from '@goalkit/core/competencies';
import { badRequest, forbidden, notFound, ProblemError, stale } from '../problems.js';
import type { StoreContext } from '../store/context.js';
import { competencyIdsOf, isoSeconds, matchesVersion, randomId, type VersionPrecondition } from '../store/rows.js';
import { assessedLevelsOf, coreAssessment, frameworkFor } from './competencyLookup.js';
import {
  type AssessmentRow,
  CompetencyRows,
  type FrameworkRow,
  frameworkOf,
  type PlacementRow,
} from './competencyRows.js';

const rowsOf = (ctx: StoreContext) =>
  new CompetencyRows(ctx.repository.connection, ctx.repository.engine.dialect === 'postgres');

const frameworkShape = (row: FrameworkRow): Framework => ({
  ...frameworkOf(row),
  version: Number(row.version),
  updatedAt: row.updated_at,
});

const placementShape = (row: PlacementRow): Placement => ({
  personId: row.person_id,
  frameworkId: row.framework_id,
  trackId: row.track_id,
  levelId: row.level_id,
  targetLevelId: row.target_level_id,
  updatedById: row.updated_by_id,
  updatedAt: row.updated_at,
});

const corePlacement = (row: PlacementRow): CorePlacement => ({
  personId: row.person_id,
  trackId: row.track_id,
  levelId: row.level_id,
  ...(row.target_level_id ? { targetLevelId: row.target_level_id } : {}),
});

const levelRef = (found: LevelOnTrack): TrackLevelRef => ({
  frameworkId: found.framework.id,
  trackId: found.track.id,
  levelId: found.level.id,
  name: found.level.name,
});

/**
 * Competencies (issue 26): frameworks, placements and assessments, and what core computes from them. Every
 * formula is core's (`@goalkit/core/competencies`): this class gathers the inputs and applies the rules:
 *
 * - **Frameworks** are read by every signed-in person and written by admins (`If-Match` on a replace).
 *   Checked with core's `findFrameworkProblems`; a track id is unique across frameworks (a placement names
 *   its track by id alone).
 * - **A person's competencies** (placement, assessments, profile, gaps) are seen by the person, their
 *   manager chain and admins. To anyone else the person's competencies do not exist: 404, exactly as for
 *   an id nobody has.
 * - **Ratings** are written by the person (`self`) and their manager chain (`manager`); an admin outside
 *   the chain reads but does not rate (403). Placements are set by admins and the manager chain.
 * - **No live events or webhooks**: competencies are personal; nothing of them goes to `/events`.
 */
export class Competencies {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  // ---- frameworks ---------------------------------------------------------------------------------

  async listFrameworks(_viewer: Person): Promise<Framework[]> {
    const ctx = await this.#ready();
    return (await rowsOf(ctx).frameworks()).map(frameworkShape);
  }

  async getFramework(_viewer: Person, id: string): Promise<Framework> {
    const ctx = await this.#ready();
    const row = await rowsOf(ctx).framework(id);
    if (!row) throw notFound(`Framework ${JSON.stringify(id)}`);
    return frameworkShape(row);
  }

  /** A new framework (admins); 409 when its id is taken. */
  async createFramework(viewer: Person, body: FrameworkCreate): Promise<Framework> {
    const ctx = await this.#ready();
    if (viewer.role !== 'admin') throw forbidden('Only admins add competency frameworks.');
    const framework = body as CoreFramework;
    return ctx.transaction(async (tx) => {
      const rows = rowsOf(tx);
      const others = await rows.frameworks();
      if (others.some((f) => f.id === framework.id))
        throw new ProblemError(
          409,
          'Conflict',
          `The framework id ${JSON.stringify(framework.id)} is taken: choose another, or replace that framework with PUT /frameworks/{id}.`,
          { errors: [{ path: 'id', message: 'is taken by another framework; choose another id' }] },
        );
      const problems = frameworkProblems(framework, others);
      if (problems.length) throw badRequest(problems);
      const at = tx.stamp();
      const row: FrameworkRow = {
        id: framework.id,
        name: framework.name,
        data: JSON.stringify(framework),
        version: 1,
        created_at: at,
        updated_at: at,
      };
      await rows.insertFramework(row);
      return frameworkShape(row);
    });
  }

  /** Replace a framework (admins, `If-Match`). Placements and ratings stay; a level they name may be gone. */
  async updateFramework(
    viewer: Person,
    id: string,
    body: FrameworkPut,
    version: VersionPrecondition,
  ): Promise<Framework> {
    const ctx = await this.#ready();
    return ctx.transaction(async (tx) => {
      const rows = rowsOf(tx);
      const row = await rows.framework(id, true);
      if (!row) throw notFound(`Framework ${JSON.stringify(id)}`);
      if (viewer.role !== 'admin') throw forbidden('Only admins change competency frameworks.');
      if (!matchesVersion(version, Number(row.version))) throw stale(Number(row.version));
      const framework = { id, ...(body as Omit<CoreFramework, 'id'>) };
      const problems = frameworkProblems(
        framework,
        (await rows.frameworks()).filter((f) => f.id !== id),
      );
      if (problems.length) throw badRequest(problems);
      const at = tx.stamp();
      await rows.updateFramework(id, framework.name, JSON.stringify(framework), at);
      return frameworkShape({
        ...row,
        name: framework.name,
        data: JSON.stringify(framework),
        version: Number(row.version) + 1,
        updated_at: at,
      });
    });
  }

  // ---- a person's competencies --------------------------------------------------------------------

  /** Place a person on a track (admins and their manager chain). */
  async setPlacement(viewer: Person, personId: string, body: PlacementPut): Promise<Placement> {
    const ctx = await this.#ready();
    this.#visiblePerson(ctx, viewer, personId);
    if (viewer.role !== 'admin' && !ctx.access.managerChain(personId).has(viewer.id))
      throw forbidden("Only admins and the person's managers place them on a career track.");
    return ctx.transaction(async (tx) => {
      const rows = rowsOf(tx);
      const frameworks = (await rows.frameworks()).map(frameworkOf);
      const framework = frameworks.find((f) => f.tracks.some((t) => t.id === body.trackId));
      const track = framework?.tracks.find((t) => t.id === body.trackId);
      const problems: FieldProblem[] = [];
      if (!framework || !track)
        problems.push({
          path: 'trackId',
          message: `no framework has the track ${JSON.stringify(body.trackId)}; tracks: ${listed(frameworks.flatMap((f) => f.tracks.map((t) => t.id)))}`,
        });
      else {
        const levels = track.levels.map((l) => l.id);
        if (!levels.includes(body.levelId))
          problems.push({
            path: 'levelId',
            message: `is not a level of track ${track.id}; its levels: ${listed(levels)}`,
          });
        if (body.targetLevelId && !levels.includes(body.targetLevelId))
          problems.push({
            path: 'targetLevelId',
            message: `is not a level of track ${track.id}; its levels: ${listed(levels)}`,
          });
      }
      if (problems.length || !framework) throw badRequest(problems);
      const row: PlacementRow = {
        person_id: personId,
        framework_id: framework.id,
        track_id: body.trackId,
        level_id: body.levelId,
        target_level_id: body.targetLevelId ?? null,
        updated_by_id: viewer.id,
        updated_at: tx.stamp(),
      };
      await rows.putPlacement(row);
      return placementShape(row);
    });
  }

  /** A person's ratings in the order they were recorded. */
  async assessments(viewer: Person, personId: string): Promise<Assessment[]> {
    const ctx = await this.#ready();
    this.#visiblePerson(ctx, viewer, personId);
    return (await rowsOf(ctx).assessmentsOf(personId)).map((row) => this.#assessmentShape(ctx, row));
  }

  /**
   * A standalone rating: `self` when the person sends it, `manager` from their manager chain; 403 for an
   * admin outside the chain. The competency must be one of a framework's (the placement's first), the level
   * on its scale, the time not in the future.
   */
  async createAssessment(viewer: Person, personId: string, body: AssessmentCreate): Promise<Assessment> {
    const ctx = await this.#ready();
    this.#visiblePerson(ctx, viewer, personId);
    const source =
      viewer.id === personId ? 'self' : ctx.access.managerChain(personId).has(viewer.id) ? 'manager' : undefined;
    if (!source)
      throw forbidden(
        'Only the person (a self-assessment) and their managers rate their competencies; admins read them.',
      );
    return ctx.transaction(async (tx) => {
      const rows = rowsOf(tx);
      const [frameworkRows, placement] = await Promise.all([rows.frameworks(), rows.placement(personId)]);
      const framework = frameworkFor(frameworkRows.map(frameworkOf), body.competencyId, placement?.framework_id);
      const problems: FieldProblem[] = [];
      if (!framework)
        problems.push({
          path: 'competencyId',
          message: `no framework has the competency ${JSON.stringify(body.competencyId)}; see GET /frameworks`,
        });
      else if (body.level < framework.scale.min || body.level > framework.scale.max)
        problems.push({
          path: 'level',
          message: `must be on the scale of framework ${framework.id}, from ${framework.scale.min} to ${framework.scale.max}; got ${body.level}`,
        });
      const now = tx.now();
      const at = body.at === undefined ? now : new Date(body.at);
      if (at.getTime() > now.getTime())
        problems.push({ path: 'at', message: `must not be in the future (now is ${isoSeconds(now)})` });
      if (problems.length) throw badRequest(problems);
      const row: Omit<AssessmentRow, 'seq'> = {
        id: randomId('as-'),
        person_id: personId,
        competency_id: body.competencyId,
        level: body.level,
        source,
        assessor_id: viewer.id,
        at: isoSeconds(at),
        review_id: null,
        note: body.note ? body.note : null,
        recorded_at: tx.stamp(),
      };
      await rows.insertAssessment(row);
      return this.#assessmentShape(tx, { ...row, seq: 0 });
    });
  }

  /**
   * The person's competencies: for each of the placement's framework (without a placement: each assessed
   * one), the assessed level (core's `assessedLevels`, as of `asOf`), what the current and target levels
   * expect and the gap (core's `competencyGaps`), and readiness for both levels (core's `readiness`).
   */
  async profile(viewer: Person, personId: string, asOf?: string): Promise<CompetencyProfile> {
    const ctx = await this.#ready();
    this.#visiblePerson(ctx, viewer, personId);
    const rows = rowsOf(ctx);
    const [frameworkRows, placementRow, assessmentRows] = await Promise.all([
      rows.frameworks(),
      rows.placement(personId),
      rows.assessmentsOf(personId),
    ]);
    const frameworks = frameworkRows.map(frameworkOf);
    const assessed = assessedOrProblem(assessmentRows, asOf);
    const placement = placementRow && corePlacement(placementRow);
    const current = placement && findTrackLevel(frameworks, placement.trackId, placement.levelId);
    const target = placement && placementTarget(frameworks, placement);
    const framework = current?.framework ?? target?.framework;
    const gapsAt = (at: LevelOnTrack | undefined) =>
      new Map(at ? competencyGaps(at.framework, at.level, assessed).map((g) => [g.competencyId, g]) : []);
    const currentGaps = gapsAt(current);
    const targetGaps = gapsAt(target);
    const listedCompetencies = framework
      ? framework.competencies
      : frameworks.flatMap((f) => f.competencies).filter((c) => assessed.has(c.id));
    const seen = new Set<string>();
    const gapShape = (gap: ReturnType<typeof currentGaps.get>) =>
      gap ? { expected: gap.expected, gap: gap.gap, ...(gap.text === undefined ? {} : { text: gap.text }) } : null;
    return {
      personId,
      asOf: asOf ?? null,
      placement: placementRow ? placementShape(placementRow) : null,
      framework: framework ? { id: framework.id, name: framework.name, scale: framework.scale } : null,
      current: current ? levelRef(current) : null,
      target: target ? levelRef(target) : null,
      competencies: listedCompetencies
        .filter((c) => !seen.has(c.id) && seen.add(c.id))
        .map((c) => {
          const level = assessed.get(c.id);
          return {
            competencyId: c.id,
            theme: c.theme,
            ...(c.description === undefined ? {} : { description: c.description }),
            assessed: level ? assessedShape(level) : null,
            current: gapShape(currentGaps.get(c.id)),
            target: gapShape(targetGaps.get(c.id)),
          };
        }),
      readiness: {
        current: current ? readiness(current.framework, current.level, assessed) : null,
        target: target ? readiness(target.framework, target.level, assessed) : null,
      },
    };
  }

  /**
   * The gaps against a level of the placement's track (`target`, default the placement's target), readiness
   * for it, and plan coverage (core's `planCoverage`) over the person's development goals that are not
   * closed and the caller may see.
   */
  async gaps(viewer: Person, personId: string, targetLevelId?: string): Promise<CompetencyGaps> {
    const ctx = await this.#ready();
    this.#visiblePerson(ctx, viewer, personId);
    const rows = rowsOf(ctx);
    const [frameworkRows, placementRow, assessmentRows, goals] = await Promise.all([
      rows.frameworks(),
      rows.placement(personId),
      rows.assessmentsOf(personId),
      rows.developmentGoalsOf(personId),
    ]);
    if (!placementRow)
      throw new ProblemError(
        409,
        'No placement',
        `${personId} is on no career track yet, so no level says what is expected: an admin or their manager places them (PUT /people/{id}/placement).`,
      );
    const frameworks = frameworkRows.map(frameworkOf);
    const placement = corePlacement(placementRow);
    const level =
      targetLevelId === undefined
        ? placementTarget(frameworks, placement)
        : findTrackLevel(frameworks, placement.trackId, targetLevelId);
    if (!level) {
      const track = frameworks.flatMap((f) => f.tracks).find((t) => t.id === placement.trackId);
      throw badRequest(
        [
          {
            path: 'target',
            message: track
              ? `is not a level of track ${track.id}; its levels: ${listed(track.levels.map((l) => l.id))}`
              : `the placement's track ${placement.trackId} is no longer in any framework; place the person again`,
          },
        ],
        track ? 400 : 422,
      );
    }
    const assessed = assessedLevelsOf(assessmentRows.map(coreAssessment));
    const gaps = competencyGaps(level.framework, level.level, assessed);
    const visible = goals.filter((g) => ctx.access.canSee(viewer, g));
    const coverage = planCoverage(
      gaps,
      visible.map((g) => ({
        id: g.id,
        owner: g.owner_id,
        kind: 'development' as const,
        competencyIds: competencyIdsOf(g),
        state: g.state,
      })),
      { ownerId: personId, isActive: (g) => g.state !== 'closed' },
    );
    const byId = new Map(visible.map((g) => [g.id, g]));
    const themes = new Map(level.framework.competencies.map((c) => [c.id, c.theme]));
    return {
      personId,
      target: levelRef(level),
      gaps: gaps.map((g) => ({
        competencyId: g.competencyId,
        theme: themes.get(g.competencyId) ?? '',
        expected: g.expected,
        assessed: g.assessed,
        source: g.source,
        flagged: g.source === 'self',
        gap: g.gap,
        ...(g.text === undefined ? {} : { text: g.text }),
        goals: (coverage.goalsByCompetency.get(g.competencyId) ?? []).map((goalId) => {
          const goal = byId.get(goalId) as (typeof visible)[number];
          return { id: goal.id, title: goal.title, state: goal.state };
        }),
      })),
      readiness: readiness(level.framework, level.level, assessed),
      coverage: {
        value: coverage.value,
        gaps: coverage.gaps,
        covered: coverage.covered,
        uncovered: coverage.uncovered,
      },
    };
  }

  // ---- rules --------------------------------------------------------------------------------------

  async #ready(): Promise<StoreContext> {
    await this.#ctx.ready();
    return this.#ctx;
  }

  /**
   * The person, if the caller may see their competencies: themself, their manager chain and admins. To
   * anyone else, and for an id that is no person, 404 with the same words.
   */
  #visiblePerson(ctx: StoreContext, viewer: Person, personId: string): void {
    const owner = ctx.access.owners().get(personId);
    const sees =
      owner?.kind === 'person' &&
      (viewer.id === personId || viewer.role === 'admin' || ctx.access.managerChain(personId).has(viewer.id));
    if (!sees) throw notFound(`Person ${JSON.stringify(personId)}`);
  }

  #assessmentShape(ctx: StoreContext, row: AssessmentRow): Assessment {
    return {
      id: row.id,
      personId: row.person_id,
      competencyId: row.competency_id,
      level: Number(row.level),
      source: row.source,
      assessorId: row.assessor_id,
      assessorName: ctx.access.owners().get(row.assessor_id)?.name ?? row.assessor_id,
      at: row.at,
      reviewId: row.review_id,
      note: row.note,
    };
  }
}

const listed = (ids: readonly string[]) => (ids.length ? ids.join(', ') : '(none)');

const assessedShape = (level: AssessedLevel) => ({
  level: level.level,
  source: level.source,
  flagged: level.source === 'self',
  at: level.at,
  assessmentId: level.assessment.id as string,
});

/** Core's assessed levels as of `asOf`; an `asOf` core cannot read is a 400 at its name. */
function assessedOrProblem(rows: readonly AssessmentRow[], asOf: string | undefined) {
  try {
    return assessedLevelsOf(rows.map(coreAssessment), asOf);
  } catch (error) {
    if (error instanceof RangeError) throw badRequest([{ path: 'asOf', message: error.message }], 400);
    throw error;
  }
}

/**
 * What is wrong with a framework: core's own checks (`findFrameworkProblems`), and a track id another
 * framework has already (a placement names its track by id alone).
 */
function frameworkProblems(framework: CoreFramework, others: readonly FrameworkRow[]): FieldProblem[] {
  const problems: FieldProblem[] = findFrameworkProblems(framework, '').map((p) => ({
    path: p.path.replace(/^\./, ''),
    message: p.message,
  }));
  const taken = new Map<string, string>();
  for (const other of others) for (const track of frameworkOf(other).tracks) taken.set(track.id, other.id);
  framework.tracks.forEach((track, i) => {
    const owner = taken.get(track.id);
    if (owner)
      problems.push({
        path: `tracks[${i}].id`,
        message: `framework ${owner} has a track ${JSON.stringify(track.id)} already; track ids are unique across frameworks`,
      });
  });
  return problems;
}

export type { CoreAssessment };
