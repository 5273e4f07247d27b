import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/runCli.js';
import { captureIo } from './captureIo.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const goals = fixture('rhythm-goals.yaml');
const rhythm = fixture('rhythm.yaml');

async function run(args: string[], options?: Parameters<typeof captureIo>[0]) {
  const capture = captureIo(options);
  const exitCode = await runCli(args, capture.io);
  return { exitCode, stdout: capture.stdout(), stderr: capture.stderr() };
}

describe('goalkit due', () => {
  it('prints who owes which check-in as a table, overdue and escalated ones with their manager', async () => {
    const { exitCode, stdout, stderr } = await run([
      'due',
      goals,
      '--policies',
      rhythm,
      '--as-of',
      '2026-03-11T09:00:00Z',
    ]);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(stdout).toBe(
      [
        'As of 2026-03-11T09:00:00.000Z',
        '',
        'RECIPIENT  STATE             DUE AT                LAST CHECK-IN  KEY RESULT  TITLE',
        'lea        escalated to kim  2026-03-02T08:00:00Z  2026-02-23     uptime      Uptime at least 99.9%',
        'ana        overdue           2026-03-09T08:00:00Z  2026-03-02     p95         Cut p95 latency from 900 to 300 ms',
        '',
        '2 check-ins owed: 0 due, 1 overdue, 1 escalated.',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON for programs, takes a day as its last moment, and fails CI on --fail-on', async () => {
    const json = await run(['due', goals, '--policies', rhythm, '--as-of', '2026-03-09', '--format', 'json']);
    expect(json.exitCode).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.asOf).toBe('2026-03-09T23:59:59.999Z');
    expect(result.due.map((d: { keyResultId: string; state: string }) => `${d.keyResultId} ${d.state}`)).toEqual([
      'uptime overdue',
      'p95 due',
    ]);
    expect(
      (await run(['due', goals, '--policies', rhythm, '--as-of', '2026-03-09', '--fail-on', 'overdue'])).exitCode,
    ).toBe(1);
    expect(
      (await run(['due', goals, '--policies', rhythm, '--as-of', '2026-03-09', '--fail-on', 'escalated'])).exitCode,
    ).toBe(0);
    const none = await run(['due', goals, '--policies', rhythm, '--as-of', '2026-03-01T00:00:00Z']);
    expect(none.stdout).toContain('Nobody owes a check-in.');
  });

  it('refuses bad arguments and bad rhythm files with the path to each problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goalkit-due-'));
    const bad = join(dir, 'rhythm.json');
    writeFileSync(
      bad,
      JSON.stringify({
        policies: [
          { scopeOwnerId: 'org', frequency: 'daily', weekday: 'monday', localTime: '09:00', timeZone: 'Mars/Olympus' },
        ],
      }),
    );
    const invalid = await run(['due', goals, '--policies', bad]);
    expect(invalid.exitCode).toBe(2);
    expect(invalid.stderr).toBe(
      [
        `goalkit due: ${bad} is not a valid rhythm file (2 problems):`,
        `${bad}: policies[0].frequency: must be weekly, biweekly or monthly`,
        `${bad}: policies[0].timeZone: must be an IANA time zone such as Europe/Berlin or America/New_York`,
        '',
      ].join('\n'),
    );
    const stranger = join(dir, 'stranger.json');
    writeFileSync(
      stranger,
      JSON.stringify({
        policies: [
          { scopeOwnerId: 'nobody', frequency: 'weekly', weekday: 'monday', localTime: '09:00', timeZone: 'UTC' },
        ],
      }),
    );
    expect((await run(['due', goals, '--policies', stranger])).stderr).toContain(
      'policies[0].scopeOwnerId: no owner of',
    );
    expect((await run(['due', goals])).stderr).toContain('missing --policies RHYTHM');
    expect((await run(['due', goals, '--policies', rhythm, '--as-of', 'monday'])).exitCode).toBe(2);
    expect((await run(['due', goals, '--policies', rhythm, '--as-of', '2026-02-30'])).exitCode).toBe(2);
    expect((await run(['due', goals, '--policies', rhythm, '--fail-on', 'late'])).exitCode).toBe(2);
  });

  it('gives a key result to the person its checkInResponsibleId names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goalkit-due-'));
    const named = join(dir, 'goals.yaml');
    writeFileSync(
      named,
      readFileSync(goals, 'utf8').replace(
        '        type: decrease\n',
        '        type: decrease\n        checkInResponsibleId: ben\n',
      ),
    );
    const json = await run(['due', named, '--policies', rhythm, '--as-of', '2026-03-11T09:00:00Z', '--format', 'json']);
    expect(json.stderr).toBe('');
    const due = JSON.parse(json.stdout).due as { keyResultId: string; recipientId: string }[];
    expect(due.find((d) => d.keyResultId === 'p95')?.recipientId).toBe('ben');
  });
});
