import { describe, expect, it } from 'vitest';
import type { GoalkitDraft } from '../../model/documentSchema.js';
import { lintDocument } from '../lintDocument.js';
import { draft, lintWith, objective } from './lintHelpers.js';

describe('relevant/unaligned', () => {
  const rule = 'relevant/unaligned';
  const company = objective({ id: 'o0', owner: 'acme', title: 'Become the easiest analytics tool to adopt' });

  it('flags team and person objectives without a parent', () => {
    const messages = lintWith(rule, [company, objective({ id: 'o1' }), objective({ id: 'o2', owner: 'ana' })]);
    expect(messages.map((message) => message.objectiveId)).toEqual(['o1', 'o2']);
    expect(messages[0]?.message).toBe('This objective of team Growth aligns to no parent objective.');
  });

  it('leaves org objectives and aligned objectives alone, and honours kinds', () => {
    expect(lintWith(rule, [company, objective({ id: 'o1', parent: 'o0' })])).toEqual([]);
    expect(
      lintWith(rule, [company, objective({ id: 'o2', owner: 'ana' })], { entry: ['warn', { kinds: ['team'] }] }),
    ).toEqual([]);
  });

  it('names the owner kind in German', () => {
    const [message] = lintWith(rule, [objective({ owner: 'ana' })], { locale: 'de' });
    expect(message?.message).toBe('Dieses Ziel von Ana Ruiz (Person) ist an kein übergeordnetes Ziel angebunden.');
  });
});

describe('relevant/parent-in-other-cycle', () => {
  const rule = 'relevant/parent-in-other-cycle';

  it('flags a parent whose cycle does not overlap', () => {
    const messages = lintWith(rule, [
      objective({ id: 'o0', owner: 'acme' }),
      objective({ id: 'o1', parent: 'o0', cycle: '2026-Q3' }),
    ]);
    expect(messages.map((message) => [message.objectiveId, message.data])).toEqual([
      ['o1', { parent: 'o0', parentCycle: '2026-Q1', cycle: '2026-Q3' }],
    ]);
  });

  it('leaves same, overlapping (annual) and unknown cycles alone', () => {
    expect(
      lintWith(rule, [
        objective({ id: 'o0', owner: 'acme', cycle: '2026' }),
        objective({ id: 'o1', parent: 'o0', cycle: '2026-Q3' }),
        objective({ id: 'o2', parent: 'o1', cycle: '2026-Q3' }),
        objective({ id: 'o3', parent: 'o1', cycle: undefined }),
      ]),
    ).toEqual([]);
  });
});

describe('relevant/alignment-cycle', () => {
  const rule = 'relevant/alignment-cycle';
  // parseDocument rejects loops, so these documents are built by hand, as an editor would hold them.
  const handBuilt = (parents: Record<string, string | undefined>): GoalkitDraft => ({
    version: 1,
    cycles: [],
    owners: [],
    objectives: Object.entries(parents).map(([id, parent]) => ({
      id,
      title: `Objective ${id} with a title`,
      keyResults: [],
      ...(parent !== undefined && { parent }),
    })),
  });
  const config = { rules: { [rule]: 'error' as const }, extends: 'recommended' as const };

  it('flags every objective on a loop, as an error', () => {
    const result = lintDocument(handBuilt({ o1: 'o3', o2: 'o1', o3: 'o2', o4: 'o1' }), { config });
    const messages = result.objectives.flatMap((item) => item.messages).filter((message) => message.ruleId === rule);
    expect(messages.map((message) => message.objectiveId)).toEqual(['o1', 'o2', 'o3']);
    expect(messages[0]?.severity).toBe('error');
    expect(messages[0]?.message).toContain('→');
  });

  it('leaves a tree alone', () => {
    const result = lintDocument(handBuilt({ o1: undefined, o2: 'o1', o3: 'o2', o4: 'o1' }), { config });
    expect(result.objectives.flatMap((item) => item.messages).filter((message) => message.ruleId === rule)).toEqual([]);
  });
});

describe('relevant/development-goal-has-competency', () => {
  const rule = 'relevant/development-goal-has-competency';

  it('flags a development goal without competencies, at competencyIds', () => {
    const messages = lintWith(rule, [
      objective({ id: 'o1', owner: 'ana', kind: 'development' }),
      objective({ id: 'o2', owner: 'ana', kind: 'development', competencyIds: [] }),
    ]);
    expect(messages.map((message) => [message.objectiveId, message.field, message.ruleId])).toEqual([
      ['o1', 'competencyIds', rule],
      ['o2', 'competencyIds', rule],
    ]);
    expect(messages[0]?.message).toBe('This development goal names no competency it develops.');
    expect(messages[0]?.suggestion).toMatch(/^Add competencyIds: /);
  });

  it('leaves development goals with competencies and standard goals alone', () => {
    expect(
      lintWith(rule, [
        objective({ id: 'o1', owner: 'ana', kind: 'development', competencyIds: ['presenting'] }),
        objective({ id: 'o2', kind: 'standard' }),
        objective({ id: 'o3' }),
      ]),
    ).toEqual([]);
  });

  it('speaks German, and is on in the recommended preset', () => {
    const [message] = lintWith(rule, [objective({ owner: 'ana', kind: 'development' })], { locale: 'de' });
    expect(message?.message).toBe('Dieses Entwicklungsziel nennt keine Kompetenz, die es entwickelt.');
    const result = lintDocument(draft([objective({ owner: 'ana', parent: undefined, kind: 'development' })]));
    expect(result.objectives[0]?.messages.map((item) => item.ruleId)).toContain(rule);
  });
});
