import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the goalkit bin', () => {
  it('runs score in a real process, printing only JSON on stdout', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [
        '--conditions=@goalkit/source',
        '--import',
        'tsx',
        'packages/cli/src/bin.ts',
        'score',
        'packages/cli/test/fixtures/example.yaml',
        '--as-of',
        '2026-02-15',
        '--format',
        'json',
      ],
      { cwd: root },
    );
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).objectives[1].progress).toBeCloseTo(0.5238, 4);
  }, 30_000);

  it('exits 2 for an unknown command', async () => {
    const failure = await promisify(execFile)(
      process.execPath,
      ['--conditions=@goalkit/source', '--import', 'tsx', 'packages/cli/src/bin.ts', 'nope'],
      { cwd: root },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('unknown command "nope"');
  }, 30_000);
});
