import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/parseDocument.js';
import { digest } from './digest.js';

const document = parseDocument({
  version: 1,
  cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
  owners: [
    { id: 'team', kind: 'team', name: 'Team' },
    { id: 'alice', kind: 'person', name: 'Alice', parent: 'team' },
    { id: 'bob', kind: 'person', name: 'Bob', parent: 'team' },
  ],
  objectives: [
    {
      id: 'fast',
      title: 'Faster pages',
      owner: 'alice',
      cycle: 'q1',
      keyResults: [
        {
          id: 'p95',
          title: 'p95 down to 200 ms',
          type: 'decrease',
          start: 1000,
          target: 200,
          checkIns: [
            { at: '2026-02-02', value: 600 },
            { at: '2026-02-10', value: 950, confidence: 0.3 },
          ],
        },
        { id: 'docs', title: 'Docs written', type: 'boolean', checkIns: [] },
      ],
    },
    {
      id: 'hire',
      title: 'Hire two engineers',
      owner: 'bob',
      cycle: 'q1',
      keyResults: [
        {
          id: 'hired',
          title: 'Engineers hired',
          type: 'increase',
          start: 0,
          target: 2,
          checkIns: [{ at: '2026-02-11', value: 1, confidence: 0.8 }],
        },
      ],
    },
  ],
});

describe('digest', () => {
  it('tells a week in a person’s goals: check-ins, a status change, a new risk, kudos and what went quiet', () => {
    const week = digest(document, { ownerId: 'alice' }, '2026-02-09', '2026-02-15', {
      comments: [
        { objectiveId: 'fast', kind: 'kudos', authorId: 'bob', at: '2026-02-12T10:00:00Z', body: 'Great profiling' },
        { objectiveId: 'fast', kind: 'comment', authorId: 'bob', at: '2026-02-12T10:00:00Z', body: 'Why?' },
        { objectiveId: 'fast', kind: 'kudos', authorId: 'bob', at: '2026-02-01T10:00:00Z', body: 'Too early' },
        { objectiveId: 'hire', kind: 'kudos', authorId: 'alice', at: '2026-02-12', body: 'Not Alice’s goal' },
      ],
    });
    expect(week.ownerIds).toEqual(['alice']);
    expect(week.objectives).toBe(1);
    expect(week.checkIns).toEqual([
      { objectiveId: 'fast', keyResultId: 'p95', at: '2026-02-10', value: 950, confidence: 0.3 },
    ]);
    expect(week.newRisks).toEqual([expect.objectContaining({ keyResultId: 'p95', to: 'off-track' })]);
    expect(week.statusChanges).toEqual([expect.objectContaining({ objectiveId: 'fast', to: 'off-track' })]);
    expect(week.statusChanges[0]?.from).not.toBe('off-track');
    expect(week.kudos.map((k) => k.body)).toEqual(['Great profiling']);
    expect(week.quiet).toEqual([{ objectiveId: 'fast', keyResultId: 'docs' }]);
  });

  it('holds a team’s members’ goals, and refuses bad days and unknown owners', () => {
    const team = digest(document, { ownerId: 'team' }, '2026-02-09', '2026-02-15');
    expect(team.ownerIds).toEqual(['team', 'alice', 'bob']);
    expect(team.checkIns.map((c) => c.keyResultId)).toEqual(['p95', 'hired']);
    expect(digest(document, { ownerId: 'team' }, '2026-04-01', '2026-04-07').objectives).toBe(0);
    expect(() => digest(document, { ownerId: 'team' }, '2026-02-15', '2026-02-09')).toThrow(RangeError);
    expect(() => digest(document, { ownerId: 'team' }, 'monday', '2026-02-09')).toThrow(RangeError);
    expect(() => digest(document, { ownerId: 'nobody' }, '2026-02-09', '2026-02-15')).toThrow(/No owner/);
  });

  it('names only the objectives `include` lets through, with their kudos, and counts only those', () => {
    const team = digest(document, { ownerId: 'team' }, '2026-02-09', '2026-02-15', {
      include: (id) => id !== 'hire',
      comments: [{ objectiveId: 'hire', kind: 'kudos', authorId: 'alice', at: '2026-02-12', body: 'Hidden' }],
    });
    expect(team.objectives).toBe(1);
    expect(JSON.stringify(team)).not.toContain('hire');
    expect(team.checkIns.map((c) => c.keyResultId)).toEqual(['p95']);
  });
});
