import type { CheckIn, ImportResult, Objective, Problem } from '@goalkit/client';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Server, startServer, tokens } from './harness.js';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

// Betterworks' OKR upload CSV, with the demo organisation's people (platform-1 and platform-2 are
// platform-lead's reports) and a person who is not here.
const BETTERWORKS = [
  'name,type,progress,start_date,end_date,owner_email,categories,description',
  'Make onboarding self-serve,goal,,2026-10-01,2026-12-31,PLATFORM-1@northwind.example,Growth,"Fewer tickets, happier teams"',
  'Guided setup used by 80% of new teams,milestone,45%,2026-10-01,2026-12-31,platform-1@northwind.example,,',
  'Docs rewritten for admins,milestone,100,2026-10-01,2026-12-31,platform-1@northwind.example,,',
  '',
  'Harden the deploy pipeline,goal,,2026-10-01,2026-12-31,platform-2@northwind.example,,',
  'Rollbacks under 5 minutes,milestone,20,2026-10-01,2026-12-31,platform-2@northwind.example,,',
  'Win the Nordics,goal,,2026-10-01,2026-12-31,zoe@elsewhere.example,,',
  'Three reference customers,milestone,10,2026-10-01,2026-12-31,zoe@elsewhere.example,,',
].join('\r\n');

const run = (body: unknown, dryRun: boolean, token = tokens.lead) =>
  request<ImportResult & Problem>(server, 'POST', `/imports${dryRun ? '?dryRun=true' : ''}`, token, body);

describe('POST /imports', () => {
  it('plans without writing on a dry run, reporting every row; owners never invented', async () => {
    const before = (await request<{ items: Objective[] }>(server, 'GET', '/objectives?limit=200', tokens.admin)).body;
    const dry = await run({ from: 'betterworks', content: BETTERWORKS }, true);
    expect(dry.status).toBe(200);
    expect(dry.body.dryRun).toBe(true);
    expect(dry.body.summary).toMatchObject({ create: 2, rejected: 2 });
    const rejected = dry.body.rows.filter((r) => r.action === 'rejected');
    expect(rejected.map((r) => r.row)).toEqual([8, 9]);
    expect(rejected[0]?.reason).toContain('zoe@elsewhere.example');
    expect(rejected[0]?.reason).toContain('never invents');
    const after = (await request<{ items: Objective[] }>(server, 'GET', '/objectives?limit=200', tokens.admin)).body;
    expect(after.items.length).toBe(before.items.length);
  });

  it('imports the rest once: the same file again changes nothing and adds no check-in', async () => {
    const first = await run({ from: 'betterworks', content: BETTERWORKS }, false);
    expect(first.status).toBe(200);
    expect(first.body.summary).toMatchObject({ create: 2, rejected: 2 });
    const id = first.body.rows.find((r) => r.row === 2)?.id as string;
    const objective = (await request<Objective>(server, 'GET', `/objectives/${id}`, tokens.member)).body;
    expect(objective).toMatchObject({
      title: 'Make onboarding self-serve',
      ownerId: 'platform-1',
      cycleId: '2026-Q4',
      state: 'active',
      description: 'Fewer tickets, happier teams',
    });
    expect(objective.keyResults.map((kr) => [kr.title, kr.current])).toEqual([
      ['Guided setup used by 80% of new teams', 45],
      ['Docs rewritten for admins', 100],
    ]);
    const checkIns = async () =>
      (
        await request<{ items: CheckIn[] }>(
          server,
          'GET',
          `/key-results/${objective.keyResults[0]?.id}/check-ins`,
          tokens.member,
        )
      ).body.items;
    expect((await checkIns()).map((c) => [c.value, c.source, c.sourceRef])).toEqual([
      [45, 'api', 'import from betterworks'],
    ]);
    const again = await run({ from: 'betterworks', content: BETTERWORKS }, false);
    expect(again.body.summary).toMatchObject({ create: 0, update: 0, unchanged: 2, checkInsCreated: 0 });
    expect(await checkIns()).toHaveLength(1);
    const same = (await request<Objective>(server, 'GET', `/objectives/${id}`, tokens.member)).body;
    expect(same.version).toBe(objective.version);
    // A changed number in the file is a change: one update, one new check-in.
    const moved = await run({ from: 'betterworks', content: BETTERWORKS.replace('45%', '60%') }, false);
    expect(moved.body.summary).toMatchObject({ update: 1, unchanged: 1 });
    expect((await checkIns()).map((c) => c.value)).toEqual([45, 60]);
  });

  it('leaves out rows for owners the importer may not set goals for, saying why', async () => {
    const reply = await run(
      { from: 'betterworks', content: BETTERWORKS.replace(/platform-2/g, 'smb-1') },
      true,
      tokens.member,
    );
    const rows = reply.body.rows.filter((r) => r.action === 'rejected' && r.reason?.includes('may not set goals'));
    expect(rows.map((r) => r.row)).toContain(6);
  });

  it('refuses a map with a bad field and an XLSX that is not one, at their paths', async () => {
    const badMap = await run(
      { from: 'tability', content: 'outcome,checkin_date,score\n', map: { confidence: { red: 2 } } },
      true,
    );
    expect(badMap.status).toBe(422);
    expect(badMap.body.errors?.[0]?.path).toMatch(/^map\.confidence/);
    const notXlsx = await run(
      { from: 'viva', content: Buffer.from('not a zip').toString('base64'), encoding: 'base64' },
      true,
    );
    expect(notXlsx.status).toBe(422);
    expect(notXlsx.body.errors?.[0]).toMatchObject({ path: 'content' });
    expect(notXlsx.body.errors?.[0]?.message).toContain('not an XLSX workbook');
  });

  it('reads a Viva Goals workbook sent as base64: objective, key result and its check-in', async () => {
    const rows = [
      [
        'ID',
        'Type',
        'Title',
        'Owner Email',
        'Time Period',
        'Start Value',
        'Target Value',
        'Current Value',
        'Parent ID',
        'Check-in Date',
        'Status',
        'Note',
      ],
      [
        'OBJ-1',
        'Objective',
        'Answer every support ticket within a day',
        'platform-1@northwind.example',
        '2026-Q4',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'KR-1',
        'Key Result',
        'Raise same-day answers from 60 to 95 %',
        'platform-1@northwind.example',
        '2026-Q4',
        '60',
        '95',
        '70',
        'OBJ-1',
        '',
        '',
        '',
      ],
      [
        'CI-1',
        'Check-in',
        '',
        'platform-1@northwind.example',
        '',
        '',
        '',
        '70',
        'KR-1',
        '2026-11-02',
        'At risk',
        'Two & a half <b>weeks</b> left',
      ],
    ];
    const xml = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const sheet = `<worksheet><sheetData>${rows
      .map(
        (row, r) =>
          `<row r="${r + 1}">${row.map((v) => `<c t="inlineStr"><is><t>${xml(v)}</t></is></c>`).join('')}</row>`,
      )
      .join('')}</sheetData></worksheet>`;
    const workbook = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': strToU8(sheet) })).toString('base64');
    const reply = await run({ from: 'viva', content: workbook, encoding: 'base64' }, false);
    expect(reply.status).toBe(200);
    expect(reply.body.summary).toMatchObject({ create: 1, checkInsCreated: 1, rejected: 0 });
    const id = reply.body.rows.find((r) => r.kind === 'objective')?.id as string;
    const objective = (await request<Objective>(server, 'GET', `/objectives/${id}`, tokens.member)).body;
    const kr = objective.keyResults[0];
    expect(kr).toMatchObject({ title: 'Raise same-day answers from 60 to 95 %', start: 60, target: 95, current: 70 });
    const checkIns = (
      await request<{ items: CheckIn[] }>(server, 'GET', `/key-results/${kr?.id}/check-ins`, tokens.member)
    ).body.items;
    expect(checkIns.map((c) => [c.at, c.value, c.confidence, c.note])).toEqual([
      ['2026-11-02T00:00:00Z', 70, 0.5, 'Two & a half <b>weeks</b> left'],
    ]);
    expect((await run({ from: 'viva', content: workbook, encoding: 'base64' }, false)).body.summary).toMatchObject({
      create: 0,
      unchanged: 1,
      checkInsCreated: 0,
    });
  });
});
