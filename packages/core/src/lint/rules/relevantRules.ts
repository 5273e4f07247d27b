import { cycleDay } from '../cycleDay.js';
import { defineDocumentRule, defineObjectiveRule } from './defineRule.js';

/** `relevant/unaligned`: an objective of a team or person that aligns to no parent objective. */
export const unaligned = defineObjectiveRule({
  id: 'relevant/unaligned',
  category: 'relevant',
  letter: 'relevant',
  severity: 'warn',
  recommended: true,
  points: 40,
  docs: {
    description:
      "Flags an objective without `parent` whose owner is of a kind in `kinds` (default team and person). Needs the document's owners to know the kind.",
    why: 'Alignment is how a team shows that its work moves the company; an unaligned team goal is either missing its link or not worth the quarter.',
    bad: '{ id: o7, title: Make support replies feel personal, owner: support-team }',
    good: '{ id: o7, title: Make support replies feel personal, owner: support-team, parent: o1 }',
  },
  messageIds: ['unaligned'],
  defaultOptions: { kinds: ['team', 'person'] },
  optionChoices: { kinds: ['org', 'team', 'person'] },
  check(context) {
    if (context.objective.parent !== undefined) return;
    const owner = context.owner;
    if (owner === undefined) return;
    if (!context.options.kinds.includes(owner.kind)) return;
    context.report({ field: 'parent', messageId: 'unaligned', data: { owner: owner.name, kind: owner.kind } });
  },
});

/** `relevant/parent-in-other-cycle`: the parent's cycle does not overlap this objective's cycle. */
export const parentInOtherCycle = defineDocumentRule({
  id: 'relevant/parent-in-other-cycle',
  category: 'relevant',
  letter: 'relevant',
  severity: 'warn',
  recommended: true,
  points: 30,
  docs: {
    description: "Flags an objective whose parent's cycle shares no day with its own cycle.",
    why: 'A Q3 team goal that contributes to a Q1 company goal counts towards a roll-up that was graded months ago.',
    bad: 'o9 in 2026-Q3 with parent o1 in 2026-Q1',
    good: 'o9 in 2026-Q3 with parent o12, the company objective of 2026-Q3 (or the 2026 annual objective)',
  },
  messageIds: ['parentInOtherCycle'],
  defaultOptions: {},
  check(context) {
    const objectives = context.document.objectives;
    objectives.forEach((objective, index) => {
      if (objective.parent === undefined || objective.cycle === undefined) return;
      const parentIndex = context.objectiveIndex.get(objective.parent);
      const parent = parentIndex === undefined ? undefined : objectives[parentIndex];
      if (parent?.cycle === undefined) return;
      const own = context.cycles.get(objective.cycle);
      const theirs = context.cycles.get(parent.cycle);
      if (own === undefined || theirs === undefined) return;
      const overlap = cycleDay(own.start) <= cycleDay(theirs.end) && cycleDay(theirs.start) <= cycleDay(own.end);
      if (!overlap) {
        context.report(index, {
          field: 'parent',
          messageId: 'parentInOtherCycle',
          data: { parent: parent.id, parentCycle: theirs.id, cycle: own.id },
        });
      }
    });
  },
});

/** `relevant/alignment-cycle`: objectives that align to each other in a loop. */
export const alignmentCycle = defineDocumentRule({
  id: 'relevant/alignment-cycle',
  category: 'relevant',
  letter: 'relevant',
  severity: 'error',
  recommended: true,
  points: 60,
  docs: {
    description:
      'Flags every objective on a loop of `parent` links (o1 → o2 → o1). `parseDocument` rejects such documents, so this fires on documents built in an editor or by code before they are parsed.',
    why: 'A loop has no top: progress cannot roll up and nobody can say which goal serves which.',
    bad: 'o1 with parent o2, and o2 with parent o1',
    good: 'o2 with parent o1, and o1 with no parent (or the company objective)',
  },
  messageIds: ['alignmentCycle'],
  defaultOptions: {},
  check(context) {
    const objectives = context.document.objectives;
    // 0: not visited yet, 1: on the current walk up the parent links, 2: done.
    const state = new Uint8Array(objectives.length);
    // The current walk: one buffer for every walk, as each starts empty.
    const trail = new Int32Array(objectives.length);
    for (let begin = 0; begin < objectives.length; begin++) {
      if (state[begin] !== 0) continue;
      let length = 0;
      let node: number | undefined = begin;
      while (node !== undefined && state[node] === 0) {
        state[node] = 1;
        trail[length++] = node;
        const parent: string | undefined = objectives[node]?.parent;
        node = parent === undefined ? undefined : context.objectiveIndex.get(parent);
      }
      if (node !== undefined && state[node] === 1) {
        let from = 0;
        while (trail[from] !== node) from++;
        const loop = Array.from(trail.subarray(from, length));
        const ids = loop.map((index) => objectives[index]?.id ?? '');
        const chain = [...ids, ids[0]].join(' → ');
        for (const index of [...loop].sort((a, b) => a - b)) {
          context.report(index, { field: 'parent', messageId: 'alignmentCycle', data: { chain } });
        }
      }
      for (let index = 0; index < length; index++) state[trail[index] as number] = 2;
    }
  },
});

/** `relevant/development-goal-has-competency`: a development goal that names no competency it develops. */
export const developmentGoalHasCompetency = defineObjectiveRule({
  id: 'relevant/development-goal-has-competency',
  category: 'relevant',
  letter: 'relevant',
  severity: 'warn',
  recommended: true,
  points: 30,
  docs: {
    description:
      "Flags an objective with `kind: development` whose `competencyIds` is missing or empty. `parseDocument` checks that the ids it does list name competencies of the document's frameworks.",
    why: 'A development goal is how a person closes a competency gap; without the competency it develops, it counts towards no gap, plan coverage cannot see it, and the growth conversation has nothing to measure it against.',
    bad: '{ id: o5, title: Become a confident public speaker, owner: ana, kind: development }',
    good: '{ id: o5, title: Become a confident public speaker, owner: ana, kind: development, competencyIds: [presenting] }',
  },
  messageIds: ['developmentGoalWithoutCompetency'],
  defaultOptions: {},
  check(context) {
    const objective = context.objective;
    if (objective.kind !== 'development') return;
    if (objective.competencyIds !== undefined && objective.competencyIds.length > 0) return;
    context.report({ field: 'competencyIds', messageId: 'developmentGoalWithoutCompetency', data: {} });
  },
});

/** The `relevant` rules. */
export const relevantRules = [unaligned, parentInOtherCycle, alignmentCycle, developmentGoalHasCompetency] as const;
