import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from './serverProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'goalkit-crash-'));
const file = join(dir, 'goalkit.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const start = (port: number) => startServerProcess(port, { GOALKIT_DB: file });

describe('crash safety', () => {
  it('keeps every acknowledged check-in and nothing half-written after kill -9 mid-burst', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const base = `http://127.0.0.1:${port}`;
    let child = await start(port);
    const headers = { authorization: 'Bearer gk_demo_platform-lead', 'content-type': 'application/json' };
    const list = await fetch(`${base}/objectives?owner=platform-lead&limit=200`, { headers });
    const { items } = (await list.json()) as { items: { keyResults: { id: string; type: string }[] }[] };
    const targets = items.flatMap((o) => o.keyResults).filter((k) => k.type === 'increase' || k.type === 'decrease');
    expect(targets.length).toBeGreaterThan(0);

    const acknowledged: string[] = [];
    /** Requests the kill cut off: whether their write happened is for the server to say on a retry. */
    const unanswered: { path: string; key: string; body: string }[] = [];
    let sent = 0;
    const worker = async () => {
      for (;;) {
        const n = ++sent;
        const request = {
          path: `/key-results/${targets[n % targets.length]?.id}/check-ins`,
          key: `crash-${n}`,
          body: JSON.stringify({ value: n % 50, note: `burst ${n}` }),
        };
        try {
          const response = await fetch(`${base}${request.path}`, {
            method: 'POST',
            headers: { ...headers, 'idempotency-key': request.key },
            body: request.body,
          });
          if (response.status === 201)
            acknowledged.push(((await response.json()) as { checkIn: { id: string } }).checkIn.id);
        } catch {
          unanswered.push(request);
          return;
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGKILL');
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThan(20);
    // What the dead process may have left (the kill rarely lands between a key's claim and its write,
    // so one such claim is written here as it would be): a key claimed, its write never done.
    const planted = {
      path: `/key-results/${targets[0]?.id}/check-ins`,
      key: 'crash-planted',
      body: '{"value":7,"note":"planted"}',
    };
    const left = new Database(file);
    left
      .prepare(
        "INSERT INTO idempotency_keys (person_id, key, fingerprint, state, created_at) VALUES ('platform-lead', ?, ?, 'running', ?)",
      )
      .run(planted.key, createHash('sha256').update(`POST ${planted.path}\n${planted.body}`).digest('hex'), Date.now());
    left.close();

    child = await start(port);
    try {
      const db = new Database(file, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const stored = new Set((db.prepare('SELECT id FROM check_ins').all() as { id: string }[]).map((r) => r.id));
        const lost = acknowledged.filter((id) => !stored.has(id));
        expect(lost).toEqual([]);
        // A check-in and the version bump of its key result commit together: versions match the check-ins.
        const torn = db
          .prepare(
            `SELECT k.id FROM key_results k WHERE k.version <> 1 + (SELECT COUNT(*) FROM check_ins c WHERE c.key_result_id = k.id)`,
          )
          .all();
        expect(torn).toEqual([]);
      } finally {
        db.close();
      }
      const me = await fetch(`${base}/me`, { headers });
      expect(me.status).toBe(200);

      // Every cut-off request, retried with its key, is answered: the claims of the dead process
      // expire (409 with Retry-After until then), and each write happens once.
      const retried = await Promise.all(
        [...unanswered, planted].map(async (request) => {
          const statuses: number[] = [];
          const deadline = Date.now() + 20_000;
          for (;;) {
            const response = await fetch(`${base}${request.path}`, {
              method: 'POST',
              headers: { ...headers, 'idempotency-key': request.key },
              body: request.body,
            });
            statuses.push(response.status);
            if (response.status !== 409 || Date.now() > deadline) return { key: request.key, statuses };
            const wait = Number(response.headers.get('retry-after'));
            expect(wait).toBeGreaterThan(0);
            expect(wait).toBeLessThanOrEqual(10);
            await new Promise((resolve) => setTimeout(resolve, wait * 1000));
          }
        }),
      );
      for (const { key, statuses } of retried) expect(statuses.at(-1), `${key}: ${statuses.join(' ')}`).toBe(201);
      const after = new Database(file, { readonly: true });
      try {
        const count = after.prepare("SELECT COUNT(*) AS n FROM check_ins WHERE note = 'planted'").get();
        expect(count).toEqual({ n: 1 });
      } finally {
        after.close();
      }
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
