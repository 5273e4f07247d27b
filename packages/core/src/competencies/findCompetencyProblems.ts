import { formatPath, type ValidationProblem } from '../model/goalkitValidationError.js';

type UnknownRecord = Record<string, unknown>;

const NONE: readonly unknown[] = [];

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : NONE;
}

function stringField(item: UnknownRecord, key: string): string | undefined {
  const value = item[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function finiteField(item: UnknownRecord, key: string): number | undefined {
  const value = item[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function choices(ids: Iterable<string>): string {
  const first: string[] = [];
  for (const id of ids) {
    if (first.length === 8) break;
    first.push(id);
  }
  return first.length > 0 ? ` (${first.join(', ')})` : '';
}

/** Ids of `items` by first index; duplicates are reported at `${path}[i].id`. */
function indexIds(
  items: readonly unknown[],
  path: string,
  kind: string,
  problems: ValidationProblem[],
  scope = '',
): Map<string, number> {
  const byId = new Map<string, number>();
  items.forEach((item, index) => {
    const id = isRecord(item) ? stringField(item, 'id') : undefined;
    if (id === undefined) return;
    const first = byId.get(id);
    if (first === undefined) byId.set(id, index);
    else
      problems.push({
        path: `${path}[${index}].id`,
        message: `duplicate ${kind} id "${id}"${scope} (already used at ${path}[${first}]); give each ${kind} its own id`,
      });
  });
  return byId;
}

interface Scale {
  min: number;
  max: number;
}

function scaleOf(framework: UnknownRecord): Scale | undefined {
  const scale = framework.scale;
  if (!isRecord(scale)) return undefined;
  const min = finiteField(scale, 'min');
  const max = finiteField(scale, 'max');
  return min !== undefined && max !== undefined && min <= max ? { min, max } : undefined;
}

function outsideScale(path: string, value: number, scale: Scale, what: string): ValidationProblem {
  return {
    path,
    message: `${what} ${value} is outside the framework's scale (${scale.min} to ${scale.max}); use a level from ${scale.min} to ${scale.max} or widen the scale`,
  };
}

/**
 * The problems of one framework that its schema cannot see: a scale whose `min` is above its `max` or
 * whose labels do not match its levels, duplicate competency, track and level ids, expectations naming
 * a competency the framework does not have, and expected levels outside the scale. Reads the input
 * defensively (it may not have passed the schema); paths start with `path`.
 */
export function findFrameworkProblems(framework: unknown, path = 'framework'): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!isRecord(framework)) return problems;
  const rawScale = isRecord(framework.scale) ? framework.scale : undefined;
  if (rawScale !== undefined) {
    const min = finiteField(rawScale, 'min');
    const max = finiteField(rawScale, 'max');
    if (min !== undefined && max !== undefined && min > max) {
      problems.push({
        path: `${path}.scale.max`,
        message: `the scale's max (${max}) is below its min (${min}); swap the two values`,
      });
    }
    const labels = rawScale.labels;
    if (Array.isArray(labels) && min !== undefined && max !== undefined && min <= max) {
      const levels = Number.isInteger(min) && Number.isInteger(max) ? max - min + 1 : undefined;
      if (levels !== labels.length) {
        problems.push({
          path: `${path}.scale.labels`,
          message:
            levels === undefined
              ? `labels need whole-numbered levels, but the scale runs from ${min} to ${max}; use whole numbers or remove the labels`
              : `has ${labels.length} ${labels.length === 1 ? 'label' : 'labels'} but the scale has ${levels} levels (${min} to ${max}); give one label per level, the first for ${min}`,
        });
      }
    }
  }
  const scale = scaleOf(framework);
  const competencies = indexIds(list(framework.competencies), `${path}.competencies`, 'competency', problems);
  const tracks = list(framework.tracks);
  indexIds(tracks, `${path}.tracks`, 'track', problems);
  tracks.forEach((track, trackIndex) => {
    if (!isRecord(track)) return;
    const trackPath = `${path}.tracks[${trackIndex}]`;
    const levels = list(track.levels);
    indexIds(levels, `${trackPath}.levels`, 'level', problems, ' in this track');
    levels.forEach((level, levelIndex) => {
      if (!isRecord(level) || !isRecord(level.expectations)) return;
      const levelPath = `${trackPath}.levels[${levelIndex}].expectations`;
      for (const [competencyId, expectation] of Object.entries(level.expectations)) {
        // Written as formatPath writes zod's paths: `expectations.code-quality`, `expectations["a b"]`.
        const key = formatPath([competencyId]);
        const at = key.startsWith('[') ? `${levelPath}${key}` : `${levelPath}.${key}`;
        if (!competencies.has(competencyId)) {
          problems.push({
            path: at,
            message: `the framework has no competency "${competencyId}"; use one of its competency ids${choices(competencies.keys())} or add that competency`,
          });
        }
        const expected = isRecord(expectation) ? finiteField(expectation, 'level') : undefined;
        if (scale !== undefined && expected !== undefined && (expected < scale.min || expected > scale.max)) {
          problems.push(outsideScale(`${at}.level`, expected, scale, 'the expected level'));
        }
      }
    });
  });
  return problems;
}

/** Checks that `item[key]`, when present, names an owner, pushing a problem at `${path}.${key}` when not. */
export type OwnerCheck = (item: UnknownRecord, key: string, path: string) => void;

interface TrackEntry {
  levels: Set<string>;
}

/**
 * The competency part of a document's reference checks (run by `parseDocument` and
 * `findDocumentProblems`): each framework's own problems, duplicate framework ids and track ids (a
 * placement names a track by id alone), placements naming an unknown track or a level not on their
 * track, assessments naming an unknown competency or rated outside its scale, a self-assessment by
 * someone else, and development goals naming an unknown competency. Competency ids are only checked
 * when the document has frameworks: without any, they refer to frameworks kept elsewhere.
 */
export function findCompetencyProblems(
  input: UnknownRecord,
  checkOwner: OwnerCheck,
  problems: ValidationProblem[],
): void {
  const frameworks = list(input.frameworks);
  indexIds(frameworks, 'frameworks', 'framework', problems);
  /** Every competency id, with the scales of the frameworks that have it. */
  const competencies = new Map<string, Scale[]>();
  const tracks = new Map<string, TrackEntry>();
  frameworks.forEach((framework, index) => {
    if (!isRecord(framework)) return;
    const path = `frameworks[${index}]`;
    for (const problem of findFrameworkProblems(framework, path)) problems.push(problem);
    const scale = scaleOf(framework);
    for (const competency of list(framework.competencies)) {
      const id = isRecord(competency) ? stringField(competency, 'id') : undefined;
      if (id === undefined) continue;
      const scales = competencies.get(id) ?? [];
      if (scale !== undefined) scales.push(scale);
      competencies.set(id, scales);
    }
    list(framework.tracks).forEach((track, trackIndex) => {
      const id = isRecord(track) ? stringField(track, 'id') : undefined;
      if (!isRecord(track) || id === undefined) return;
      const levels = new Set<string>();
      for (const level of list(track.levels)) {
        const levelId = isRecord(level) ? stringField(level, 'id') : undefined;
        if (levelId !== undefined) levels.add(levelId);
      }
      if (tracks.has(id)) {
        problems.push({
          path: `${path}.tracks[${trackIndex}].id`,
          message: `duplicate track id "${id}" (another framework has a track with it); placements name a track by id alone, so give each track of the document its own id`,
        });
      } else tracks.set(id, { levels });
    });
  });
  const checkCompetencies = frameworks.length > 0;
  const unknownCompetency = (path: string, id: string): ValidationProblem => ({
    path,
    message: `no framework has a competency "${id}"; use one of the frameworks' competency ids${choices(competencies.keys())} or add that competency`,
  });

  list(input.placements).forEach((placement, index) => {
    if (!isRecord(placement)) return;
    const path = `placements[${index}]`;
    checkOwner(placement, 'personId', path);
    const trackId = stringField(placement, 'trackId');
    if (trackId === undefined) return;
    const track = tracks.get(trackId);
    if (track === undefined) {
      problems.push({
        path: `${path}.trackId`,
        message: `no framework has a track "${trackId}"; use one of the tracks' ids${choices(tracks.keys())} or add that track`,
      });
      return;
    }
    for (const key of ['levelId', 'targetLevelId']) {
      const levelId = stringField(placement, key);
      if (levelId !== undefined && !track.levels.has(levelId)) {
        problems.push({
          path: `${path}.${key}`,
          message: `the track "${trackId}" has no level "${levelId}"; use one of its level ids${choices(track.levels)}`,
        });
      }
    }
  });

  const assessments = list(input.assessments);
  indexIds(assessments, 'assessments', 'assessment', problems);
  assessments.forEach((assessment, index) => {
    if (!isRecord(assessment)) return;
    const path = `assessments[${index}]`;
    checkOwner(assessment, 'personId', path);
    checkOwner(assessment, 'assessorId', path);
    const personId = stringField(assessment, 'personId');
    const assessorId = stringField(assessment, 'assessorId');
    if (assessment.source === 'self' && personId !== undefined && assessorId !== undefined && personId !== assessorId) {
      problems.push({
        path: `${path}.assessorId`,
        message: `a self-assessment is given by the person assessed ("${personId}"), not "${assessorId}"; set assessorId to ${personId} or use source: manager`,
      });
    }
    const competencyId = stringField(assessment, 'competencyId');
    if (!checkCompetencies || competencyId === undefined) return;
    const scales = competencies.get(competencyId);
    if (scales === undefined) {
      problems.push(unknownCompetency(`${path}.competencyId`, competencyId));
      return;
    }
    const level = finiteField(assessment, 'level');
    const first = scales[0];
    if (level !== undefined && first !== undefined && !scales.some((s) => level >= s.min && level <= s.max)) {
      problems.push(outsideScale(`${path}.level`, level, first, 'the level'));
    }
  });

  if (!checkCompetencies) return;
  list(input.objectives).forEach((objective, index) => {
    if (!isRecord(objective)) return;
    list(objective.competencyIds).forEach((id, idIndex) => {
      if (typeof id === 'string' && id !== '' && !competencies.has(id)) {
        problems.push(unknownCompetency(`objectives[${index}].competencyIds[${idIndex}]`, id));
      }
    });
  });
}
