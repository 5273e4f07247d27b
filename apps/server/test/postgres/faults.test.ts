import type { ChildProcess } from 'node:child_process';
import { createLiveEvents, type LiveEvent } from '@goalkit/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServerProcess } from '../serverProcess.js';
import { type PostgresCluster, psql, startPostgres } from './cluster.js';

let cluster: PostgresCluster;
let url: string;
const children: ChildProcess[] = [];

/** A server process on the shared database, in demo mode. */
async function start(port: number): Promise<ChildProcess> {
  const child = await startServerProcess(port, { GOALKIT_DATABASE_URL: url });
  children.push(child);
  return child;
}

beforeAll(async () => {
  cluster = await startPostgres();
  url = await cluster.createDatabase('faults');
}, 60_000);
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await cluster?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('two instances on PostgreSQL, one killed and the database restarted', () => {
  it('keeps every acknowledged write exactly once, and the other instance and its live clients carry on', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const [a, b] = [`http://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`];
    // One seeds the demo organisation; the second finds it there.
    const first = await start(port);
    await start(port + 1);
    const headers = { authorization: 'Bearer gk_demo_platform-lead', 'content-type': 'application/json' };
    const list = await fetch(`${b}/objectives?owner=platform-lead&limit=200`, { headers });
    const { items } = (await list.json()) as { items: { id: string; keyResults: { id: string; type: string }[] }[] };
    const targets = items.flatMap((o) => o.keyResults).filter((k) => k.type === 'increase' || k.type === 'decrease');
    expect(targets.length).toBeGreaterThan(0);

    const events: LiveEvent[] = [];
    const live = createLiveEvents({ baseUrl: b, getToken: () => 'gk_demo_platform-lead', minDelayMs: 50 });
    live.on('*', (event) => events.push(event));

    /** Check-in ids the servers acknowledged (201), by idempotency key. */
    const acknowledged = new Map<string, string>();
    let stop = false;
    let sent = 0;
    /** Send one check-in until a server acknowledges it: to A or B, then (A dead, the database away) to B again. */
    const send = async (n: number) => {
      const key = `fault-${n}`;
      const path = `/key-results/${targets[n % targets.length]?.id}/check-ins`;
      const body = JSON.stringify({ value: n % 50, note: key });
      let last = '';
      for (let attempt = 0; attempt < 200; attempt++) {
        const base = attempt === 0 && n % 2 === 0 ? a : b;
        try {
          const response = await fetch(`${base}${path}`, {
            method: 'POST',
            headers: { ...headers, 'idempotency-key': key },
            body,
          });
          if (response.status === 201) {
            acknowledged.set(key, ((await response.json()) as { checkIn: { id: string } }).checkIn.id);
            return;
          }
          last = `${response.status} ${await response.text()}`;
        } catch (error) {
          last = String(error);
          // A's connection dropped (killed): whether its write happened is for the server to say on a retry.
        }
        await sleep(100);
      }
      throw new Error(`${key} never acknowledged: ${last}`);
    };
    const worker = async () => {
      while (!stop) await send(++sent);
    };
    const workers = Array.from({ length: 6 }, worker);
    await sleep(1500);
    first.kill('SIGKILL');
    await sleep(1000);
    await cluster.restart();
    await sleep(1500);
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.size).toBeGreaterThan(30);

    // Every acknowledged check-in is stored, once, with the id it was acknowledged with.
    const stored = (await psql(url, "SELECT note || ' ' || id FROM check_ins WHERE note LIKE 'fault-%'"))
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]);
    const byKey = new Map<string, string[]>();
    for (const [key, id] of stored) byKey.set(key, [...(byKey.get(key) ?? []), id]);
    expect([...byKey.values()].filter((ids) => ids.length > 1)).toEqual([]);
    expect([...acknowledged].filter(([key, id]) => byKey.get(key)?.[0] !== id)).toEqual([]);

    // B serves after the restart, and its live client hears a write made after it.
    const objective = items[0] as (typeof items)[number];
    const comment = await fetch(`${b}/objectives/${objective.id}/comments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ body: 'After the restart' }),
    });
    expect(comment.status).toBe(201);
    await vi.waitFor(() => expect(events.some((e) => e.type === 'comment.created')).toBe(true), { timeout: 15_000 });
    live.close();
  }, 90_000);
});
