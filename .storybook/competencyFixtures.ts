import type { Assessment, Framework, Placement } from '@goalkit/core/competencies';
import { type CompetencyProfileData, competencyProfile, type DevelopmentGoalData } from '@goalkit/core/connect';
import { competencyDocument } from '../packages/core/src/competencies/__tests__/competencyDocument.ts';

/** Display names of the worked example's competencies (core's README, "Competencies and gaps"). */
export const competencyNames = {
  'code-quality': 'Code quality',
  'system-design': 'System design',
  mentoring: 'Mentoring',
  presenting: 'Presenting',
};

const document = competencyDocument();
const frameworks = document.frameworks.map((f) => ({
  ...f,
  competencies: f.competencies.map((c) => ({ refs: [], ...c })),
})) as Framework[];
const assessments = document.assessments as Assessment[];
const ana = document.placements[0] as Placement;

function profileOf(placement: Placement, rated: readonly Assessment[]): CompetencyProfileData {
  const profile = competencyProfile(frameworks, placement, rated, { names: competencyNames });
  if (!profile) throw new Error('the worked example has no such level');
  return profile;
}

/**
 * Ana, engineer working towards senior engineer: code quality rated 3 by her manager (4 expected), system design
 * 3 by herself (4), mentoring met (3), presenting not rated (3). Readiness 17/24 ≈ 71%.
 */
export const anaProfile = (): CompetencyProfileData => profileOf(ana, assessments);
/** Ana with only her own ratings: every assessed level is flagged self-assessed. */
export const selfAssessedProfile = (): CompetencyProfileData =>
  profileOf(
    ana,
    assessments.filter((a) => a.source === 'self'),
  );
/** Ana without a target level: compared with what her current level (engineer) expects. */
export const noTargetProfile = (): CompetencyProfileData =>
  profileOf({ personId: 'ana', trackId: 'ic', levelId: 'ic2' }, assessments);
/** A level that expects nothing yet. */
export const emptyProfile = (): CompetencyProfileData => ({
  personId: 'ana',
  scale: { min: 1, max: 5 },
  level: { id: 'ic1', name: 'Associate engineer' },
  targetLevel: null,
  competencies: [],
  readiness: null,
});
/** Ana's goals: a development goal on presenting, one on system design, and a standard goal naming code quality. */
export const anaGoals = (): DevelopmentGoalData[] =>
  document.objectives.map((o) => ({
    id: o.id,
    title: o.title,
    ...('kind' in o ? { kind: o.kind as 'development' } : {}),
    competencyIds: o.competencyIds,
  }));

const at = '2026-03-02T09:00:00Z';
const scale = { min: 1, max: 5, labels: ['Learning', 'Developing', 'Proficient', 'Advanced', 'Expert'] };
const ic2 = { frameworkId: 'engineering', trackId: 'ic', levelId: 'ic2', name: 'Engineer II' };
const ic3 = { frameworkId: 'engineering', trackId: 'ic', levelId: 'ic3', name: 'Senior Engineer' };
const rated = (level: number, source: 'self' | 'manager', assessmentId: string) => ({
  level,
  source,
  flagged: source === 'self',
  at,
  assessmentId,
});

/**
 * `GET /people/ana/competencies` as the reference server answers it (the connected widgets' tests): Ana, Engineer
 * II working towards Senior Engineer; code quality 3 by her manager (4 expected), system design 3 by herself (3),
 * communication unrated (3), mentoring 2 by her manager (2).
 */
export const anaProfileReply = () => ({
  personId: 'ana',
  asOf: null,
  placement: {
    personId: 'ana',
    frameworkId: 'engineering',
    trackId: 'ic',
    levelId: 'ic2',
    targetLevelId: 'ic3',
    updatedById: 'dana',
    updatedAt: at,
  },
  framework: { id: 'engineering', name: 'Engineering', scale },
  current: ic2,
  target: ic3,
  competencies: [
    {
      competencyId: 'code-quality',
      theme: 'Craft',
      assessed: rated(3, 'manager', 'as-1'),
      current: { expected: 3, gap: 0 },
      target: { expected: 4, gap: 1 },
    },
    {
      competencyId: 'system-design',
      theme: 'Craft',
      assessed: rated(3, 'self', 'as-2'),
      current: { expected: 2, gap: 0 },
      target: { expected: 3, gap: 0, text: "Designs a service end to end and defends it in the team's design review." },
    },
    {
      competencyId: 'communication',
      theme: 'Teamwork',
      assessed: null,
      current: { expected: 2, gap: 1 },
      target: { expected: 3, gap: 2, text: 'Presents their work to the department.' },
    },
    {
      competencyId: 'mentoring',
      theme: 'Leadership',
      assessed: rated(2, 'manager', 'as-3'),
      current: { expected: 1, gap: 0 },
      target: { expected: 2, gap: 0, text: 'Onboards a new joiner.' },
    },
  ],
  readiness: { current: 0.88, target: 0.71 },
});

/** `GET /people/ana/gaps` against Senior Engineer: code quality covered by a development goal, communication not. */
export const anaGapsReply = () => ({
  personId: 'ana',
  target: ic3,
  gaps: [
    {
      competencyId: 'code-quality',
      theme: 'Craft',
      expected: 4,
      assessed: 3,
      source: 'manager' as const,
      flagged: false,
      gap: 1,
      goals: [{ id: 'dev-1', title: 'Lead the code review guild', state: 'active' as const }],
    },
    {
      competencyId: 'system-design',
      theme: 'Craft',
      expected: 3,
      assessed: 3,
      source: 'self' as const,
      flagged: true,
      gap: 0,
      goals: [],
    },
    {
      competencyId: 'communication',
      theme: 'Teamwork',
      expected: 3,
      assessed: null,
      source: null,
      flagged: false,
      gap: 2,
      text: 'Presents their work to the department.',
      goals: [],
    },
    {
      competencyId: 'mentoring',
      theme: 'Leadership',
      expected: 2,
      assessed: 2,
      source: 'manager' as const,
      flagged: false,
      gap: 0,
      goals: [],
    },
  ],
  readiness: 0.71,
  coverage: {
    value: 0.5,
    gaps: ['code-quality', 'communication'],
    covered: ['code-quality'],
    uncovered: ['communication'],
  },
});

/** `GET /people/ana/competencies` for someone on no career track yet. */
export const unplacedProfileReply = () => ({
  personId: 'ana',
  asOf: null,
  placement: null,
  framework: null,
  current: null,
  target: null,
  competencies: [],
  readiness: { current: null, target: null },
});
