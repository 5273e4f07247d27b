import { describe, expect, it } from 'vitest';
import { type GoalkitDocument, parseDocument } from '../model/index.js';
import { parseImportMap } from './importMap.js';
import { parseImport } from './parseImport.js';
import { applyImport, importedId, planImport } from './planImport.js';
import { readCsvRows } from './readCsvRows.js';
import type { ImportFormat } from './types.js';

const target: GoalkitDocument = parseDocument({
  version: 1,
  cycles: [
    { id: 'q1', name: 'Q1 2025', start: '2025-01-01', end: '2025-03-31' },
    { id: 'q2', name: 'Q2 2025', start: '2025-04-01', end: '2025-06-30' },
  ],
  owners: [
    { id: 'acme', kind: 'org', name: 'Acme' },
    { id: 'ana', kind: 'person', name: 'Ana Ruiz', email: 'ana@acme.example', parent: 'acme' },
    { id: 'ben', kind: 'person', name: 'Ben Ode', email: 'Ben@Acme.example', parent: 'acme' },
    { id: 'sales', kind: 'team', name: 'Sales', parent: 'acme' },
  ],
  objectives: [
    {
      id: 'company-growth',
      title: 'Grow the business',
      owner: 'acme',
      cycle: 'q1',
      keyResults: [
        {
          id: 'arr',
          title: 'Reach 3M ARR',
          type: 'increase',
          start: 2,
          target: 3,
          checkIns: [{ at: '2025-01-15', value: 2.2 }],
        },
        { id: 'launch', title: 'Launch in Spain', type: 'boolean' },
      ],
    },
  ],
});

function run(from: ImportFormat, text: string, map?: unknown, into: GoalkitDocument = target) {
  const parsedMap = map === undefined ? undefined : parseImportMap(map);
  const parsed = parseImport(from, readCsvRows(text), parsedMap);
  const plan = planImport(parsed, into, parsedMap ? { map: parsedMap } : {});
  return { parsed, plan, document: applyImport(into, plan) };
}

const VIVA = [
  'ID,Type,Title,Parent ID,Owner,Owner Email,Time Period,Start Date,End Date,Start Value,Target Value,Current Value,Unit,Progress,Status,Check-in Date,Note',
  'O-1,Objective,Win the mid-market,company-growth,Ana Ruiz,ana@acme.example,Q1 2025,2025-01-01,2025-03-31,,,,,,,,',
  'KR-1,Key Result,Sign 40 new customers,O-1,Ana Ruiz,ana@acme.example,Q1 2025,,,0,40,12,customers,,On track,,',
  'C-1,Check-in,,KR-1,,,,,,,,12,,,On track,2025-02-01,"Two big deals, one pilot"',
  'C-2,Check-in,,KR-1,,,,,,,,18,,,At risk,2025-03-01,',
  'KR-2,Key Result,Ship the partner portal,O-1,Ben Ode,ben@acme.example,,,,,,,,45%,,,',
  'O-2,Objective,Keep customers happy,O-1,Sales,,Q2 2025,,,,,,,,,,',
  'KR-3,Key Result,NPS from 30 to 45,O-2,,,,,,30,45,,points,0.2,,,',
  'P-1,Project,Hire an agency,O-2,,,,,,,,,,,,,',
].join('\n');

describe('parseImport and planImport: Viva Goals', () => {
  it('imports objectives, key results and check-ins, matching owners by email and cycles by name', () => {
    const { plan, document } = run('viva', VIVA, { owners: { Sales: 'sales' } });
    expect(plan.rejected).toEqual([
      {
        row: 9,
        column: 'Type',
        reason: '"Project" has no place in goalkit (only Objective, Key Result or Check-in); the row is left out',
      },
    ]);
    expect(plan.summary).toMatchObject({ create: 2, update: 0, unchanged: 0, checkInsCreated: 2, rejected: 1 });
    const win = document.objectives.find((objective) => objective.title === 'Win the mid-market');
    expect(win).toMatchObject({ id: importedId('viva', 'objective', 'O-1'), owner: 'ana', cycle: 'q1' });
    expect(win?.parent).toBe('company-growth');
    expect(win?.keyResults).toEqual([
      {
        id: importedId('viva', 'key-result', 'KR-1'),
        title: 'Sign 40 new customers',
        type: 'increase',
        start: 0,
        target: 40,
        current: 12,
        unit: 'customers',
        checkIns: [
          { at: '2025-02-01', value: 12, confidence: 0.8, note: 'Two big deals, one pilot' },
          { at: '2025-03-01', value: 18, confidence: 0.5 },
        ],
      },
      {
        id: importedId('viva', 'key-result', 'KR-2'),
        title: 'Ship the partner portal',
        owner: 'ben',
        type: 'increase',
        start: 0,
        target: 100,
        unit: '%',
        current: 45,
        checkIns: [],
      },
    ]);
    const happy = document.objectives.find((objective) => objective.title === 'Keep customers happy');
    expect(happy).toMatchObject({ owner: 'sales', cycle: 'q2', parent: win?.id });
    expect(happy?.keyResults[0]).toMatchObject({ start: 30, target: 45, current: 33, unit: 'points' });
    expect(() => parseDocument(document)).not.toThrow();
  });

  it('never invents an owner: the row is rejected with the reason, and so are its key results', () => {
    const { plan } = run('viva', VIVA);
    expect(plan.rejected).toContainEqual({
      row: 7,
      column: 'Owner Email',
      reason:
        'owner "Sales" is not a person or team here; goalkit never invents owners: add them to the document (with their email) or map them under owners in the map',
    });
    expect(plan.rejected).toContainEqual({ row: 8, reason: 'its objective (row 7) was left out, so this is too' });
    expect(plan.objectives.map((objective) => objective.objective.owner)).toEqual(['ana']);
  });

  it('finds everything unchanged the second time and adds no check-in twice', () => {
    const first = run('viva', VIVA, { owners: { Sales: 'sales' } });
    const second = run('viva', VIVA, { owners: { Sales: 'sales' } }, first.document);
    expect(second.plan.summary).toMatchObject({ create: 0, update: 0, unchanged: 2, checkInsCreated: 0 });
    expect(second.plan.checkIns.every((checkIn) => checkIn.action === 'unchanged')).toBe(true);
    expect(second.document).toEqual(first.document);
  });

  it('updates an objective whose row changed, keeping its check-ins', () => {
    const first = run('viva', VIVA, { owners: { Sales: 'sales' } });
    const changed = VIVA.replace(
      'Sign 40 new customers,O-1,Ana Ruiz,ana@acme.example,Q1 2025,,,0,40,12',
      'Sign 50 new customers,O-1,Ana Ruiz,ana@acme.example,Q1 2025,,,0,50,12',
    );
    const second = run('viva', changed, { owners: { Sales: 'sales' } }, first.document);
    expect(second.plan.summary).toMatchObject({ create: 0, update: 1, unchanged: 1, checkInsCreated: 0 });
    expect(second.plan.rows.find((row) => row.row === 3)).toMatchObject({ action: 'update', kind: 'key-result' });
    const kr = second.document.objectives.flatMap((o) => o.keyResults).find((k) => k.title === 'Sign 50 new customers');
    expect(kr?.checkIns).toHaveLength(2);
  });

  it('imports an objective whose parent is nowhere without a parent, and warns', () => {
    const { plan, document } = run('viva', VIVA.replace('company-growth', 'gone-1'), { owners: { Sales: 'sales' } });
    expect(plan.warnings).toEqual([
      {
        row: 2,
        column: 'Parent ID',
        reason:
          'parent "gone-1" is neither a row of the file that was imported nor an objective here; the objective is imported without a parent',
      },
    ]);
    expect(plan.rows.filter((row) => row.row === 2).map((row) => row.action)).toEqual(['create', 'warning']);
    expect(document.objectives.find((o) => o.title === 'Win the mid-market')?.parent).toBeUndefined();
  });

  it('reads a messy export: BOM, ; separators, Excel serial and dd/mm/yyyy dates, blank rows, newlines in quotes, trailing spaces', () => {
    const messy = [
      '\uFEFFID;Type;Title;Parent ID;Owner Email;Start Date;End Date;Target Value;Current Value;Progress;Status;Check-in Date;Note ',
      'O-1 ;Objective ;"Win the\nmid-market"  ;;ANA@acme.example ;45658;31/03/2025;;;;;;',
      '',
      'KR-1;Key Result;Sign 40 new customers;O-1;;;;40;12,5;;;;',
      ';;;;;;;;;;;;',
      'C-1;Check-in;;KR-1;;;;;;50%;Green;15/02/2025;"first line\nsecond line"',
      'C-2;Check-in;;KR-1;;;;;;;;03/04/2025;',
      'C-3;Check-in;;KR-1;;;;;14;;Amber;2025-03-05;',
    ].join('\r\n');
    const { plan, document } = run('viva', messy);
    expect(plan.rejected).toEqual([
      {
        row: 7,
        column: 'Check-in Date',
        reason:
          '"03/04/2025" could be day/month or month/day; set dateFormat: dmy or mdy in the map, or write it as YYYY-MM-DD',
      },
      {
        row: 8,
        column: 'Status',
        reason:
          '"Amber" is not a confidence word (red, yellow, green, on track, at risk, behind, off track) or a number from 0 to 1; add it under confidence in the map',
      },
    ]);
    expect(plan.rows.filter((row) => row.action === 'skipped').map((row) => row.row)).toEqual([3, 5]);
    const [objective] = document.objectives.filter((o) => o.id.startsWith('viva-'));
    expect(objective).toMatchObject({ title: 'Win the\nmid-market', owner: 'ana', cycle: 'q1' });
    expect(objective?.keyResults[0]).toMatchObject({ target: 40, current: 12.5 });
    expect(objective?.keyResults[0]?.checkIns).toEqual([
      { at: '2025-02-15', value: 20, confidence: 0.8, note: 'first line\nsecond line' },
    ]);

    const settled = run('viva', messy, { dateFormat: 'dmy', confidence: { amber: 0.4 } });
    expect(settled.plan.rejected).toEqual([
      {
        row: 7,
        column: 'Current Value',
        reason: `is empty; a check-in of the key result "${objective?.keyResults[0]?.id}" needs a value`,
      },
    ]);
    expect(settled.plan.checkIns.map((c) => [c.checkIn.at, c.checkIn.value, c.checkIn.confidence])).toEqual([
      ['2025-02-15', 20, 0.8],
      ['2025-03-05', 14, 0.4],
    ]);
  });
});

const BETTERWORKS = [
  'name,type,progress,start_date,end_date,owner_email,categories,description',
  'Grow revenue in Europe,goal,,2025-01-01,2025-03-31,ana@acme.example,Growth,"Focus on Spain, Italy"',
  'Close 10 deals,milestone,40,2025-01-01,2025-03-31,ana@acme.example,,',
  'Hire two reps,milestone,100%,2025-01-01,2025-03-31,ben@acme.example,,',
  'Improve onboarding,goal,,2025-04-01,2025-06-30,zoe@elsewhere.example,,',
  'Cut time to first value,milestone,0.25,2025-04-01,2025-06-30,zoe@elsewhere.example,,',
  'Make a plan,goal,,2025-07-01,2025-09-30,BEN@acme.example,,',
].join('\n');

describe('parseImport and planImport: Betterworks', () => {
  it('reads goals and their milestones, progress as a percentage, owners by email and cycles by dates', () => {
    const { plan, document } = run('betterworks', BETTERWORKS);
    const imported = document.objectives.filter((objective) => objective.id.startsWith('betterworks-'));
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({
      title: 'Grow revenue in Europe',
      description: 'Focus on Spain, Italy',
      owner: 'ana',
      cycle: 'q1',
    });
    expect(imported[0]?.keyResults.map((kr) => [kr.title, kr.owner, (kr as { current?: number }).current])).toEqual([
      ['Close 10 deals', undefined, 40],
      ['Hire two reps', 'ben', 100],
    ]);
    expect(plan.rejected).toEqual([
      {
        row: 5,
        column: 'owner_email',
        reason:
          'owner "zoe@elsewhere.example" is not a person or team here; goalkit never invents owners: add them to the document (with their email) or map them under owners in the map',
      },
      { row: 6, reason: 'its objective (row 5) was left out, so this is too' },
      {
        row: 7,
        column: 'start_date',
        reason:
          'no cycle here matches the time period (2025-07-01 – 2025-09-30); add the cycle to the document (same name, or dates that contain these)',
      },
    ]);
  });

  it('takes the map’s owners and cycle, and its columns over the defaults', () => {
    const text = BETTERWORKS.replace('name,type', 'Goal title,type').replaceAll(',2025-07-01,2025-09-30,', ',,,');
    const { plan } = run('betterworks', text, {
      columns: { 'Goal title': 'title' },
      owners: { 'zoe@elsewhere.example': 'ben' },
      cycle: 'q2',
    });
    expect(plan.rejected).toEqual([]);
    expect(
      plan.objectives.map((planned) => [planned.objective.title, planned.objective.owner, planned.objective.cycle]),
    ).toEqual([
      ['Grow revenue in Europe', 'ana', 'q1'],
      ['Improve onboarding', 'ben', 'q2'],
      ['Make a plan', 'ben', 'q2'],
    ]);
  });
});

const TABILITY = [
  'outcome,checkin_date,score,confidence,body',
  'Reach 3M ARR,2025-02-01,2.4,green,On plan',
  'arr,2025-01-15,2.2,yellow,',
  'reach 3m arr ,2025-03-01,2.6,red,"Lost a deal,\nneed help"',
  'Launch in Spain,2025-02-10,1,green,',
  'Launch in Spain,2025-02-11,7,green,',
  'Unknown outcome,2025-02-01,3,green,',
  'Reach 3M ARR,2025-03-02,2.7,purple,',
].join('\n');

describe('parseImport and planImport: Tability', () => {
  it('adds check-ins to key results named by id or title, mapping confidence words', () => {
    const { plan, document } = run('tability', TABILITY);
    expect(plan.checkIns.map((c) => [c.row, c.action, c.keyResultId, c.checkIn])).toEqual([
      [2, 'create', 'arr', { at: '2025-02-01', value: 2.4, confidence: 0.8, note: 'On plan' }],
      [3, 'unchanged', 'arr', { at: '2025-01-15', value: 2.2, confidence: 0.5 }],
      [4, 'create', 'arr', { at: '2025-03-01', value: 2.6, confidence: 0.2, note: 'Lost a deal,\nneed help' }],
      [5, 'create', 'launch', { at: '2025-02-10', value: 1, confidence: 0.8 }],
    ]);
    expect(plan.rejected.map((rejection) => [rejection.row, rejection.column])).toEqual([
      [6, 'score'],
      [7, 'outcome'],
      [8, 'confidence'],
    ]);
    expect(plan.rejected[1]?.reason).toBe(
      '"Unknown outcome" is neither the id nor the title of a key result here; import its key result first, or write its id',
    );
    const arr = document.objectives[0]?.keyResults[0];
    expect(arr?.checkIns.map((checkIn) => checkIn.at)).toEqual(['2025-01-15', '2025-02-01', '2025-03-01']);
    const again = run('tability', TABILITY, undefined, document);
    expect(again.plan.summary.checkInsCreated).toBe(0);
    expect(again.document).toEqual(document);
  });
});

describe('parseImport and planImport: goalkit CSV', () => {
  it('keeps goalkit ids, reads JSON cells, and skips rows that only define owners or cycles', () => {
    const csv = [
      'objective_id,objective_title,owner,owner_name,owner_kind,cycle,cycle_name,cycle_start,cycle_end,parent,key_result_id,key_result_title,type,start,target,milestones,check_ins',
      'o1,Ship v2,ana,Ana Ruiz,person,q1,Q1 2025,2025-01-01,2025-03-31,company-growth,kr1,Cut p95,decrease,900,300,,"[{""at"":""2025-01-10"",""value"":800}]"',
      'o1,Ship v2,ana,,,q1,,,,,kr2,Docs,milestones,,,"[{""title"":""Draft""}]",',
      ',,ghost,Ghost,person,,,,,,,,,,,,',
    ].join('\n');
    const { plan, document } = run('csv', csv);
    expect(plan.rejected).toEqual([]);
    expect(plan.rows.find((row) => row.row === 4)).toMatchObject({ action: 'skipped' });
    expect(document.objectives.find((objective) => objective.id === 'o1')).toEqual({
      id: 'o1',
      title: 'Ship v2',
      owner: 'ana',
      cycle: 'q1',
      parent: 'company-growth',
      keyResults: [
        {
          id: 'kr1',
          title: 'Cut p95',
          type: 'decrease',
          start: 900,
          target: 300,
          checkIns: [{ at: '2025-01-10', value: 800 }],
        },
        { id: 'kr2', title: 'Docs', type: 'milestones', milestones: [{ title: 'Draft' }], checkIns: [] },
      ],
    });
  });

  it('rejects a key result the goalkit schema refuses, with the reason', () => {
    const csv =
      'objective_id,objective_title,owner,cycle,key_result_id,key_result_title,type,target\no1,X,ana,q1,kr1,Y,increase,abc\no1,X,ana,q1,kr2,Z,sideways,1';
    const { plan } = run('csv', csv);
    expect(plan.rejected[0]).toEqual({ row: 2, column: 'target', reason: '"abc" is not a number' });
    expect(plan.rejected[1]?.row).toBe(3);
    expect(plan.rejected[1]?.reason).toMatch(/^the key result cannot be imported \(keyResults\[0\]\.type: /);
  });
});

describe('planImport: edge cases', () => {
  it('rejects a goalkit CSV check-in the schema refuses, keeping the key result', () => {
    const csv =
      'objective_id,objective_title,owner,cycle,key_result_id,key_result_title,type,start,target,check_ins\n' +
      'o1,X,ana,q1,kr1,Y,increase,0,10,"[{""at"":""soon"",""value"":1},{""at"":""2025-01-02"",""value"":2}]"';
    const { plan, document } = run('csv', csv);
    expect(plan.rejected).toEqual([
      {
        row: 2,
        reason:
          'the check-in cannot be imported (at: must be a date written YYYY-MM-DD, such as 2026-03-31 (got "soon"))',
      },
    ]);
    expect(document.objectives.find((o) => o.id === 'o1')?.keyResults[0]?.checkIns).toEqual([
      { at: '2025-01-02', value: 2 },
    ]);
  });

  it('asks for an id when a Tability outcome title is shared by two key results', () => {
    const twins = parseDocument({
      ...target,
      objectives: [
        ...target.objectives,
        {
          id: 'other',
          title: 'Other',
          owner: 'ben',
          cycle: 'q1',
          keyResults: [{ id: 'arr-2', title: 'Reach 3M ARR', type: 'increase', start: 0, target: 3 }],
        },
      ],
    });
    const { plan } = run('tability', 'outcome,checkin_date,score\nReach 3M ARR,2025-02-01,2.4\n', undefined, twins);
    expect(plan.rejected).toEqual([
      {
        row: 2,
        column: 'outcome',
        reason: '"Reach 3M ARR" is the title of 2 key results here (arr, arr-2); name it by its id',
      },
    ]);
  });

  // How fast is a benchmark's business (pnpm bench), not a timed test's: this one checks the large plan is right.
  it('plans a large export whole: 5,000 key results with 20,000 check-ins', () => {
    const lines = ['ID,Type,Title,Owner Email,Time Period,Target Value,Current Value,Check-in Date'];
    lines.push('O,Objective,Big,ana@acme.example,Q1 2025,,,');
    for (let kr = 0; kr < 5000; kr++) {
      lines.push(`K${kr},Key Result,KR ${kr},,,100,${kr % 100},`);
      for (let day = 1; day <= 4; day++) lines.push(`C${kr}-${day},Check-in,,,,,${day * 10},2025-02-0${day}`);
    }
    const { plan } = run('viva', lines.join('\n'));
    expect(plan.rejected).toEqual([]);
    expect(plan.summary).toMatchObject({ create: 1, checkInsCreated: 20_000 });
    expect(plan.objectives[0]?.objective.keyResults).toHaveLength(5000);
  });
});
