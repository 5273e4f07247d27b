import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/openDatabase.js';
import { seedDemo } from '../src/seed/seedDemo.js';

// The demo organisation should look like one people believe (issue 19.10).
describe('the demo seed', () => {
  const today = '2026-11-16';
  const db = openDatabase(':memory:');
  seedDemo(db, today);
  const startOfToday = `${today}T00:00:00Z`;

  it('has nothing dated after the day it was seeded', () => {
    const future = db
      .prepare<[string, string, string, string], { what: string; at: string }>(
        `SELECT 'check-in' AS what, at FROM check_ins WHERE at >= ?
         UNION ALL SELECT 'comment', created_at FROM comments WHERE created_at >= ?
         UNION ALL SELECT 'key result', last_check_in_at FROM key_results WHERE last_check_in_at >= ?
         UNION ALL SELECT 'revision', at FROM revisions WHERE at >= ?`,
      )
      .all(startOfToday, startOfToday, startOfToday, startOfToday);
    expect(future).toEqual([]);
  });

  it('counts things in whole numbers', () => {
    const measured = new Set(['%', 'h', 'seconds', 'days', 'points', 'minutes', 'million']);
    const rows = db
      .prepare<[], { data: string; value: string | null }>(
        'SELECT k.data, c.value FROM check_ins c JOIN key_results k ON k.id = c.key_result_id WHERE c.value IS NOT NULL',
      )
      .all();
    const fractionalCounts = rows.filter((r) => {
      const unit = (JSON.parse(r.data) as { unit?: string }).unit;
      const value = JSON.parse(r.value as string);
      return unit !== undefined && !measured.has(unit) && typeof value === 'number' && !Number.isInteger(value);
    });
    expect(rows.length).toBeGreaterThan(100);
    expect(fractionalCounts).toEqual([]);
  });

  it('gives people goals that fit their team and role', () => {
    const titlesOf = (person: string) =>
      db
        .prepare<[string], { title: string }>(
          "SELECT title FROM objectives WHERE owner_id = ? AND cycle_id = '2026-Q4'",
        )
        .all(person)
        .map((r) => r.title);
    expect(titlesOf('platform-1')).not.toEqual(titlesOf('support-1'));
    expect(titlesOf('platform-1')).not.toEqual(titlesOf('platform-lead'));
    const personal = db
      .prepare<[], { title: string }>(
        "SELECT DISTINCT o.title FROM objectives o JOIN owners w ON w.id = o.owner_id WHERE w.kind = 'person'",
      )
      .all();
    expect(personal.length).toBeGreaterThanOrEqual(12);
  });
});
