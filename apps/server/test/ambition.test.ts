import type { Objective, Problem, Revision } from '@goalkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Server, startServer, tokens } from './harness.js';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe("an objective's ambition", () => {
  it('is committed unless set; aspirational is kept, changed with a revision, and refused when it is neither', async () => {
    const create = (ambition?: string) =>
      request<Objective & Problem>(server, 'POST', '/objectives', tokens.member, {
        title: 'Answer every ticket the same day',
        ownerId: 'platform-1',
        cycleId: '2026-Q4',
        ...(ambition === undefined ? {} : { ambition }),
      });
    expect((await create()).body.ambition).toBe('committed');
    const stretch = (await create('aspirational')).body;
    expect(stretch.ambition).toBe('aspirational');
    const read = await request<Objective>(server, 'GET', `/objectives/${stretch.id}`, tokens.peer);
    expect(read.body.ambition).toBe('aspirational');
    const changed = await request<Objective>(
      server,
      'PATCH',
      `/objectives/${stretch.id}`,
      tokens.member,
      { ambition: 'committed' },
      { 'if-match': `"${stretch.version}"` },
    );
    expect(changed.body.ambition).toBe('committed');
    const history = await request<{ items: Revision[] }>(
      server,
      'GET',
      `/objectives/${stretch.id}/history`,
      tokens.member,
    );
    expect(history.body.items.flatMap((r) => r.changes)).toContainEqual({
      field: 'ambition',
      from: 'aspirational',
      to: 'committed',
    });
    const wrong = await create('heroic');
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors?.[0]?.path).toBe('ambition');
  });
});
