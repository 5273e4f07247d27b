import { describe, expect, it } from 'vitest';
import { GoalkitValidationError, type ValidationProblem } from '../model/goalkitValidationError.js';
import { findDocumentProblems, parseDocument } from '../model/parseDocument.js';
import { competencyDocument } from './__tests__/competencyDocument.js';
import { assessmentSchema, frameworkSchema, placementSchema } from './competencySchemas.js';
import { findFrameworkProblems } from './findCompetencyProblems.js';

type Doc = ReturnType<typeof competencyDocument>;

function problemsOf(input: unknown, mode: 'strict' | 'draft' = 'strict'): ValidationProblem[] {
  try {
    parseDocument(input, { mode });
  } catch (error) {
    expect(error).toBeInstanceOf(GoalkitValidationError);
    return [...(error as GoalkitValidationError).problems];
  }
  return [];
}

function edited(change: (document: Doc) => void): Doc {
  const document = competencyDocument();
  change(document);
  return document;
}

const framework = (document: Doc) => document.frameworks[0] as Doc['frameworks'][number];
const ic3 = (document: Doc) => framework(document).tracks[0]?.levels[1] as { expectations: Record<string, unknown> };

describe('competencies in a goalkit document', () => {
  it('parses frameworks, placements, assessments and development goals, strict and draft', () => {
    for (const mode of ['strict', 'draft'] as const) {
      const document = parseDocument(competencyDocument(), { mode });
      expect(document.frameworks?.[0]?.competencies.map((competency) => competency.id)).toEqual([
        'code-quality',
        'system-design',
        'mentoring',
        'presenting',
      ]);
      // Defaults are filled in: refs of a competency, as keyResults of an objective.
      expect(document.frameworks?.[0]?.competencies[1]?.refs).toEqual([]);
      expect(document.placements).toEqual([{ personId: 'ana', trackId: 'ic', levelId: 'ic2', targetLevelId: 'ic3' }]);
      expect(document.assessments).toHaveLength(5);
      expect(document.objectives[0]).toMatchObject({ kind: 'development', competencyIds: ['presenting'] });
      expect(document.objectives[2]?.kind).toBeUndefined();
    }
  });

  it('leaves a document without competencies as it was (no empty lists added)', () => {
    const document = parseDocument({ version: 1, objectives: [] });
    expect(document).toEqual({ version: 1, cycles: [], owners: [], objectives: [] });
  });

  it('round-trips through JSON, and reads YAML 1.1 timestamps (Date objects)', () => {
    const parsed = parseDocument(competencyDocument());
    const again = parseDocument(JSON.parse(JSON.stringify(parsed)));
    expect(again).toEqual(parsed);
    const yamlLike = edited((document) => {
      (document.assessments[0] as { at: unknown }).at = new Date('2026-02-01T09:00:00Z');
    });
    expect(parseDocument(yamlLike).assessments?.[0]?.at).toBe('2026-02-01T09:00:00.000Z');
  });

  it('says where a field is of the wrong shape', () => {
    const input = edited((document) => {
      (document.assessments[0] as { source: string }).source = 'peer';
      (document.assessments[1] as { at: string }).at = '1 March';
      (framework(document).competencies[0] as { refs: unknown }).refs = [{ scheme: 'onet', id: 'x' }];
      (ic3(document).expectations as Record<string, unknown>)['code-quality'] = { level: 'high' };
      (document.placements[0] as { trackId: string }).trackId = '';
      (document.objectives[0] as { kind: string }).kind = 'growth';
    });
    expect(problemsOf(input)).toEqual(
      expect.arrayContaining([
        { path: 'assessments[0].source', message: 'must be one of self, manager (got "peer")' },
        {
          path: 'assessments[1].at',
          message: 'must be an ISO timestamp such as 2026-03-31T14:00:00Z or a date such as 2026-03-31 (got "1 March")',
        },
        { path: 'frameworks[0].competencies[0].refs[0].scheme', message: 'must be one of esco, custom (got "onet")' },
        {
          path: 'frameworks[0].tracks[0].levels[1].expectations.code-quality.level',
          message: 'must be a number (got "high")',
        },
        { path: 'placements[0].trackId', message: 'must not be empty; write an id such as "code-quality"' },
        { path: 'objectives[0].kind', message: 'must be one of standard, development (got "growth")' },
      ]),
    );
  });

  it('reports cross-references with the path of the bad field, in strict and draft mode', () => {
    const input = edited((document) => {
      ic3(document).expectations.leadership = { level: 2 };
      (ic3(document).expectations.presenting as { level: number }).level = 7;
      framework(document).competencies.push({ id: 'mentoring', theme: 'Leadership' });
      document.placements.push({ personId: 'ben', trackId: 'manager', levelId: 'm1', targetLevelId: 'm2' });
      document.placements.push({ personId: 'zoe', trackId: 'ic', levelId: 'ic2', targetLevelId: 'ic9' });
      (document.assessments[2] as { competencyId: string }).competencyId = 'typing';
      (document.assessments[3] as { level: number }).level = 0;
      (document.assessments[4] as { assessorId: string }).assessorId = 'ceo';
      (document.assessments[1] as { id: string }).id = 'a1';
      (document.objectives[1] as { competencyIds: string[] }).competencyIds = ['system-design', 'dancing'];
    });
    const expected = [
      {
        path: 'frameworks[0].competencies[4].id',
        message:
          'duplicate competency id "mentoring" (already used at frameworks[0].competencies[2]); give each competency its own id',
      },
      {
        path: 'frameworks[0].tracks[0].levels[1].expectations.presenting.level',
        message:
          "the expected level 7 is outside the framework's scale (1 to 5); use a level from 1 to 5 or widen the scale",
      },
      {
        path: 'frameworks[0].tracks[0].levels[1].expectations.leadership',
        message:
          'the framework has no competency "leadership"; use one of its competency ids (code-quality, system-design, mentoring, presenting) or add that competency',
      },
      {
        path: 'placements[1].trackId',
        message: 'no framework has a track "manager"; use one of the tracks\' ids (ic) or add that track',
      },
      {
        path: 'placements[2].personId',
        message: 'no owner has the id "zoe"; use one of the document\'s owner ids (growth, ben, ana) or add that owner',
      },
      {
        path: 'placements[2].targetLevelId',
        message: 'the track "ic" has no level "ic9"; use one of its level ids (ic2, ic3)',
      },
      {
        path: 'assessments[1].id',
        message: 'duplicate assessment id "a1" (already used at assessments[0]); give each assessment its own id',
      },
      {
        path: 'assessments[2].competencyId',
        message:
          'no framework has a competency "typing"; use one of the frameworks\' competency ids (code-quality, system-design, mentoring, presenting) or add that competency',
      },
      {
        path: 'assessments[3].level',
        message: "the level 0 is outside the framework's scale (1 to 5); use a level from 1 to 5 or widen the scale",
      },
      {
        path: 'assessments[4].assessorId',
        message: 'no owner has the id "ceo"; use one of the document\'s owner ids (growth, ben, ana) or add that owner',
      },
      {
        path: 'objectives[1].competencyIds[1]',
        message:
          'no framework has a competency "dancing"; use one of the frameworks\' competency ids (code-quality, system-design, mentoring, presenting) or add that competency',
      },
    ];
    for (const mode of ['strict', 'draft'] as const) {
      const problems = problemsOf(input, mode);
      expect(problems).toEqual(expect.arrayContaining(expected));
      expect(problems).toHaveLength(expected.length);
      expect(findDocumentProblems(input, { mode })).toEqual(problems);
    }
  });

  it('checks a self-assessment is given by the person, and track ids are unique across frameworks', () => {
    const input = edited((document) => {
      (document.assessments[2] as { assessorId: string }).assessorId = 'ben';
      document.frameworks.push({
        id: 'eng',
        name: 'Engineering management',
        scale: { min: 1, max: 4 },
        competencies: [],
        tracks: [{ id: 'ic', name: 'Copy', levels: [] }],
      } as never);
    });
    expect(problemsOf(input).map((problem) => problem.path)).toEqual([
      'frameworks[1].id',
      'frameworks[1].tracks[0].id',
      'assessments[2].assessorId',
    ]);
  });

  it('only checks competency ids against frameworks when the document has some', () => {
    const input = edited((document) => {
      document.frameworks = [];
      document.placements = [];
    });
    expect(problemsOf(input)).toEqual([]);
  });
});

describe('findFrameworkProblems', () => {
  it('checks the scale and its labels', () => {
    expect(findFrameworkProblems({ scale: { min: 3, max: 1 } })).toEqual([
      { path: 'framework.scale.max', message: "the scale's max (1) is below its min (3); swap the two values" },
    ]);
    expect(findFrameworkProblems({ scale: { min: 1, max: 3, labels: ['low', 'high'] } }, 'body')).toEqual([
      {
        path: 'body.scale.labels',
        message: 'has 2 labels but the scale has 3 levels (1 to 3); give one label per level, the first for 1',
      },
    ]);
    expect(findFrameworkProblems({ scale: { min: 0, max: 2.5, labels: [] } })[0]?.message).toMatch(
      /labels need whole-numbered levels/,
    );
  });

  it('reports duplicate level ids within a track', () => {
    const input = {
      scale: { min: 1, max: 3 },
      competencies: [],
      tracks: [{ id: 't', levels: [{ id: 'l1' }, { id: 'l1' }] }],
    };
    expect(findFrameworkProblems(input)).toEqual([
      {
        path: 'framework.tracks[0].levels[1].id',
        message:
          'duplicate level id "l1" in this track (already used at framework.tracks[0].levels[0]); give each level its own id',
      },
    ]);
  });

  it('never throws on junk', () => {
    for (const junk of [null, 3, 'x', [], { tracks: 'x' }, { tracks: [{ levels: [{ expectations: [1] }] }] }]) {
      expect(() => findFrameworkProblems(junk)).not.toThrow();
    }
  });
});

describe('the standalone schemas', () => {
  it('validate a framework, a placement and an assessment for an API body', () => {
    expect(frameworkSchema.safeParse(competencyDocument().frameworks[0]).success).toBe(true);
    expect(placementSchema.safeParse({ personId: 'ana', trackId: 'ic', levelId: 'ic2' }).success).toBe(true);
    expect(
      assessmentSchema.safeParse({
        personId: 'ana',
        competencyId: 'c',
        level: 3,
        source: 'self',
        assessorId: 'ana',
        at: '2026-03-01T12:00:00.123+01:00',
      }).success,
    ).toBe(true);
    expect(frameworkSchema.safeParse({ id: 'f', name: 'F', scale: { min: -1, max: 3 } }).success).toBe(false);
  });
});
