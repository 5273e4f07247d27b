import { describe, expect, it } from 'vitest';
import type { GoalkitDocument } from '../model/documentSchema.js';
import { GoalkitValidationError } from '../model/goalkitValidationError.js';
import { parseDocument } from '../model/parseDocument.js';
import { dueCheckIns } from './dueCheckIns.js';
import type { CadencePolicyInput, RhythmPerson } from './policies.js';
import { zonedDate, zonedInstant } from './zonedTime.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zonedInstant', () => {
  it('puts Monday 09:00 in Berlin and in New York at different instants, each right across its DST change', () => {
    // Winter: CET (UTC+1) and EST (UTC−5).
    expect(iso(zonedInstant('2026-03-02', '09:00', 'Europe/Berlin'))).toBe('2026-03-02T08:00:00.000Z');
    expect(iso(zonedInstant('2026-03-02', '09:00', 'America/New_York'))).toBe('2026-03-02T14:00:00.000Z');
    // New York moved its clocks on 8 March, Berlin not until 29 March: four hours apart for three weeks.
    expect(iso(zonedInstant('2026-03-09', '09:00', 'America/New_York'))).toBe('2026-03-09T13:00:00.000Z');
    expect(iso(zonedInstant('2026-03-09', '09:00', 'Europe/Berlin'))).toBe('2026-03-09T08:00:00.000Z');
    expect(iso(zonedInstant('2026-03-30', '09:00', 'Europe/Berlin'))).toBe('2026-03-30T07:00:00.000Z');
    // Autumn: Berlin back on 25 October, New York on 1 November.
    expect(iso(zonedInstant('2026-10-26', '09:00', 'Europe/Berlin'))).toBe('2026-10-26T08:00:00.000Z');
    expect(iso(zonedInstant('2026-10-26', '09:00', 'America/New_York'))).toBe('2026-10-26T13:00:00.000Z');
    expect(iso(zonedInstant('2026-11-02', '09:00', 'America/New_York'))).toBe('2026-11-02T14:00:00.000Z');
  });

  it('moves a time the clocks skip forward by the gap, and takes the earlier of a time shown twice', () => {
    expect(iso(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(iso(zonedInstant('2026-10-25', '02:30', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z'); // first 02:30
    expect(iso(zonedInstant('2026-06-01', '00:00', 'Asia/Kolkata'))).toBe('2026-05-31T18:30:00.000Z');
    expect(zonedDate(Date.parse('2026-03-01T23:30:00Z'), 'Europe/Berlin')).toBe('2026-03-02');
    expect(zonedDate(Date.parse('2026-03-02T03:00:00Z'), 'America/New_York')).toBe('2026-03-01');
  });
});

/** Q1 2026: an organisation, a team, three people and their goals, each with one key result. */
function organisation(checkIns: Record<string, string[]> = {}): GoalkitDocument {
  const goal = (id: string, owner: string, cycle = 'q1') => ({
    id,
    title: id,
    owner,
    cycle,
    keyResults: [
      {
        id: `${id}-kr`,
        title: `${id} kr`,
        type: 'increase',
        start: 0,
        target: 10,
        checkIns: (checkIns[id] ?? []).map((at) => ({ at, value: 1 })),
      },
    ],
  });
  return parseDocument({
    version: 1,
    cycles: [
      { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' },
      { id: 'q4', name: 'Q4 2025', start: '2025-10-01', end: '2025-12-31' },
    ],
    owners: [
      { id: 'org', kind: 'org', name: 'Org' },
      { id: 'team', kind: 'team', name: 'Team', parent: 'org' },
      { id: 'lonely', kind: 'team', name: 'Team without a lead', parent: 'org' },
      { id: 'alice', kind: 'person', name: 'Alice', parent: 'team' },
      { id: 'bob', kind: 'person', name: 'Bob', parent: 'team' },
      { id: 'lea', kind: 'person', name: 'Lea', parent: 'team' },
    ],
    objectives: [
      goal('alice-goal', 'alice'),
      goal('bob-goal', 'bob'),
      goal('team-goal', 'team'),
      goal('lonely-goal', 'lonely'),
      goal('old-goal', 'alice', 'q4'),
    ],
  });
}

const people: RhythmPerson[] = [
  { id: 'alice', managerId: 'lea' },
  { id: 'bob', managerId: 'lea' },
  { id: 'lea', managerId: null, leadOf: ['team'] },
];
const berlin: CadencePolicyInput = {
  scopeOwnerId: 'org',
  frequency: 'weekly',
  weekday: 'monday',
  localTime: '09:00',
  timeZone: 'Europe/Berlin',
  graceDays: 2,
  escalateTo: 'manager',
};
const newYork: CadencePolicyInput = { ...berlin, scopeOwnerId: 'bob', timeZone: 'America/New_York' };
const monday = ['2026-03-02'];

describe('dueCheckIns', () => {
  it('owes a Berlin check-in at 09:00 Berlin time while New York’s is hours away', () => {
    const document = organisation({ 'alice-goal': monday, 'bob-goal': monday, 'team-goal': monday });
    const at = (now: string) => dueCheckIns(document, [berlin, newYork], people, now);
    expect(at('2026-03-09T07:59:00Z')).toEqual([expect.objectContaining({ keyResultId: 'lonely-goal-kr' })]);
    expect(at('2026-03-09T08:30:00Z')).toEqual([
      // Never checked in: owed since the cycle's first Monday, and nobody leads its team.
      expect.objectContaining({ keyResultId: 'lonely-goal-kr', recipientId: null, dueAt: '2026-01-05T08:00:00.000Z' }),
      {
        keyResultId: 'alice-goal-kr',
        objectiveId: 'alice-goal',
        recipientId: 'alice',
        dueAt: '2026-03-09T08:00:00.000Z',
        state: 'due',
        lastCheckInAt: '2026-03-02',
        policyOwnerId: 'org',
      },
      // A team goal is its lead's to check in.
      expect.objectContaining({ keyResultId: 'team-goal-kr', recipientId: 'lea', dueAt: '2026-03-09T08:00:00.000Z' }),
    ]);
    const bob = at('2026-03-09T13:00:00Z').find((d) => d.keyResultId === 'bob-goal-kr');
    expect(bob).toMatchObject({ recipientId: 'bob', dueAt: '2026-03-09T13:00:00.000Z', policyOwnerId: 'bob' });
    expect(at('2026-03-09T12:59:59Z').some((d) => d.keyResultId === 'bob-goal-kr')).toBe(false);
  });

  it('is due, then overdue after the grace days, then escalated to the manager once the next one is missed too', () => {
    const document = organisation({ 'alice-goal': monday });
    const alice = (now: string) =>
      dueCheckIns(document, [berlin], people, now).find((d) => d.keyResultId === 'alice-goal-kr');
    expect(alice('2026-03-11T07:59:00Z')).toMatchObject({ state: 'due', dueAt: '2026-03-09T08:00:00.000Z' });
    expect(alice('2026-03-11T08:00:00Z')).toMatchObject({ state: 'overdue', dueAt: '2026-03-09T08:00:00.000Z' });
    expect(alice('2026-03-18T07:59:00Z')).toMatchObject({ state: 'overdue' });
    expect(alice('2026-03-18T08:00:00Z')).toMatchObject({
      state: 'escalated',
      escalatedToId: 'lea',
      dueAt: '2026-03-09T08:00:00.000Z',
    });
    // Without escalation the check-in stays overdue; a recipient without a manager is not escalated.
    expect(
      dueCheckIns(document, [{ ...berlin, escalateTo: null }], people, '2026-03-25T09:00:00Z').find(
        (d) => d.keyResultId === 'alice-goal-kr',
      ),
    ).toMatchObject({ state: 'overdue' });
    expect(
      dueCheckIns(document, [berlin], people, '2026-03-25T09:00:00Z').find((d) => d.keyResultId === 'team-goal-kr'),
    ).toMatchObject({ state: 'overdue', recipientId: 'lea' });
  });

  it('does not owe a key result checked in within the skip window, nor one checked in since', () => {
    const friday = organisation({ 'alice-goal': ['2026-03-06'] });
    const now = '2026-03-09T10:00:00Z';
    const alice = (policy: CadencePolicyInput) =>
      dueCheckIns(friday, [policy], people, now).find((d) => d.keyResultId === 'alice-goal-kr');
    expect(alice(berlin)).toMatchObject({ state: 'due' });
    expect(alice({ ...berlin, skipIfCheckedInWithinDays: 2 })).toMatchObject({ state: 'due' });
    expect(alice({ ...berlin, skipIfCheckedInWithinDays: 3 })).toBeUndefined();
    const sameDay = organisation({ 'alice-goal': ['2026-03-09'] });
    expect(dueCheckIns(sameDay, [berlin], people, now).some((d) => d.keyResultId === 'alice-goal-kr')).toBe(false);
  });

  it('owes the oldest occurrence missed, from the first of the cycle when there has been no check-in', () => {
    const document = organisation();
    const alice = dueCheckIns(document, [berlin], people, '2026-01-20T12:00:00Z').find(
      (d) => d.keyResultId === 'alice-goal-kr',
    );
    expect(alice).toMatchObject({ dueAt: '2026-01-05T08:00:00.000Z', state: 'escalated', lastCheckInAt: null });
  });

  it('finds the latest check-in in any order, counting none not dated YYYY-MM-DD', () => {
    const now = '2026-03-09T10:00:00Z';
    const alice = (document: GoalkitDocument) =>
      dueCheckIns(document, [berlin], people, now).find((d) => d.keyResultId === 'alice-goal-kr');
    const afterMarch2 = { dueAt: '2026-03-09T08:00:00.000Z', state: 'due', lastCheckInAt: '2026-03-02' };
    for (const days of [
      ['2026-03-02', '2026-01-12', '2026-02-23'],
      ['2026-01-12', '2026-03-02', '2026-02-23'],
    ])
      expect(alice(organisation({ 'alice-goal': days }))).toMatchObject(afterMarch2);
    // parseDocument refuses other dates, but a document built by hand may have them: they count for nothing,
    // whether they sort before the latest date or after it.
    const handBuilt = organisation();
    const keyResult = handBuilt.objectives.find((o) => o.id === 'alice-goal')?.keyResults[0];
    if (!keyResult) throw new Error('alice-goal has no key result');
    const dated = (...days: string[]) => {
      keyResult.checkIns = days.map((at) => ({ at, value: 1 }));
      return handBuilt;
    };
    expect(alice(dated('2026-01-12', '2026-03-02', '2026-02-30'))).toMatchObject(afterMarch2);
    expect(
      alice(dated('2026-03-09T09:30:00+01:00', '2026-01-12', '2026-03-02', '2026-02-30', '2026-03-08T23:00:00Z')),
    ).toMatchObject(afterMarch2);
    expect(alice(dated('2026-03-09T09:30:00+01:00', '2026-02-30'))).toMatchObject({
      dueAt: '2026-01-05T08:00:00.000Z',
      lastCheckInAt: null,
    });
  });

  it('never owes drafts, closed cycles or cycles not running, and lets a locked policy override a lower one', () => {
    const document = organisation({ 'bob-goal': monday });
    const now = '2026-03-09T09:00:00Z';
    const ids = (list: { keyResultId: string }[]) => list.map((d) => d.keyResultId);
    expect(ids(dueCheckIns(document, [berlin], people, now))).not.toContain('old-goal-kr');
    expect(ids(dueCheckIns(document, [berlin], people, now, { notStarted: ['alice-goal'] }))).not.toContain(
      'alice-goal-kr',
    );
    expect(dueCheckIns(document, [berlin], people, now, { closedCycles: ['q1'] })).toEqual([]);
    expect(dueCheckIns(document, [berlin], people, '2026-04-06T09:00:00Z')).toEqual([]);
    // Bob's own New York policy applies (not due yet at 09:00 UTC), unless the organisation's is locked.
    expect(ids(dueCheckIns(document, [berlin, newYork], people, now))).not.toContain('bob-goal-kr');
    expect(
      dueCheckIns(document, [{ ...berlin, inherit: 'locked' }, newYork], people, now).find(
        (d) => d.keyResultId === 'bob-goal-kr',
      ),
    ).toMatchObject({ dueAt: '2026-03-09T08:00:00.000Z', policyOwnerId: 'org' });
    // No policy anywhere above: never due.
    expect(dueCheckIns(document, [newYork], people, now).map((d) => d.keyResultId)).toEqual([]);
  });

  it('gives a key result to its named responsible person', () => {
    const document = organisation();
    const team = dueCheckIns(document, [berlin], people, '2026-01-06T09:00:00Z', {
      responsible: { 'team-goal-kr': 'bob' },
    }).find((d) => d.keyResultId === 'team-goal-kr');
    expect(team).toMatchObject({ recipientId: 'bob' });
  });

  it('gives a key result to the person its checkInResponsibleId names, and options.responsible wins over it', () => {
    const document = organisation();
    const named = {
      ...document,
      objectives: document.objectives.map((o) => ({
        ...o,
        keyResults: o.keyResults.map((kr) =>
          kr.id === 'team-goal-kr' ? { ...kr, checkInResponsibleId: 'alice' } : kr,
        ),
      })),
    };
    const find = (options = {}) =>
      dueCheckIns(named, [berlin], people, '2026-01-06T09:00:00Z', options).find(
        (d) => d.keyResultId === 'team-goal-kr',
      );
    expect(find()).toMatchObject({ recipientId: 'alice' });
    expect(find({ responsible: { 'team-goal-kr': 'bob' } })).toMatchObject({ recipientId: 'bob' });
  });

  it('counts biweekly from the first such day of the cycle, and monthly on the first such day of each month', () => {
    const document = organisation({ 'alice-goal': ['2026-01-05'] });
    const alice = (policy: CadencePolicyInput, now: string) =>
      dueCheckIns(document, [policy], people, now).find((d) => d.keyResultId === 'alice-goal-kr')?.dueAt;
    // Mondays of Q1 2026: 5, 12, 19, 26 January …; every second one: 5 and 19 January, 2 February …
    expect(alice({ ...berlin, frequency: 'biweekly' }, '2026-01-13T12:00:00Z')).toBeUndefined();
    expect(alice({ ...berlin, frequency: 'biweekly' }, '2026-01-19T12:00:00Z')).toBe('2026-01-19T08:00:00.000Z');
    // First Mondays: 5 January, 2 February, 2 March.
    expect(alice({ ...berlin, frequency: 'monthly' }, '2026-01-30T12:00:00Z')).toBeUndefined();
    expect(alice({ ...berlin, frequency: 'monthly' }, '2026-02-02T12:00:00Z')).toBe('2026-02-02T08:00:00.000Z');
  });

  it('refuses policies it cannot follow, with the path to each bad field', () => {
    const document = organisation();
    const problems = (policies: unknown[]) => {
      try {
        dueCheckIns(document, policies, people, '2026-03-09T09:00:00Z');
      } catch (error) {
        expect(error).toBeInstanceOf(GoalkitValidationError);
        return (error as GoalkitValidationError).problems.map((p) => `${p.path}: ${p.message}`);
      }
      return [];
    };
    expect(
      problems([{ ...berlin, timeZone: 'Europe/Atlantis', localTime: '9am', weekday: 'funday', graceDays: -1 }]),
    ).toEqual([
      'policies[0].weekday: must be one of monday, tuesday, wednesday, thursday, friday, saturday, sunday',
      'policies[0].localTime: must be a time of day written HH:MM (24 hours), such as 09:00',
      'policies[0].timeZone: must be an IANA time zone such as Europe/Berlin or America/New_York',
      'policies[0].graceDays: must be 0 or more days',
    ]);
    expect(problems([berlin, { ...berlin, timeZone: 'UTC' }])).toEqual([
      'policies[1].scopeOwnerId: "org" already has a policy (policies[0]); an owner has one',
    ]);
    expect(() => dueCheckIns(document, [berlin], people, 'not a date')).toThrow(RangeError);
  });
});
