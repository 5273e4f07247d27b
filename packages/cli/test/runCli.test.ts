import { describe, expect, it } from 'vitest';
import { commands } from '../src/commands/index.js';
import { runCli } from '../src/runCli.js';
import { captureIo } from './captureIo.js';

describe('goalkit dispatcher', () => {
  it('lists the commands on stdout with --help', async () => {
    const capture = captureIo();
    expect(await runCli(['--help'], capture.io)).toBe(0);
    expect(capture.stdout()).toMatch(/^Usage: goalkit <command> \[args\]/);
    const lines = capture.stdout().split('\n');
    for (const command of commands) {
      expect(lines.some((line) => line.trim().startsWith(`${command.name} `) && line.endsWith(command.summary))).toBe(
        true,
      );
    }
  });

  it.each([[['frobnicate']], [[]]])('prints usage on stderr and exits 2 for %j', async (argv) => {
    const capture = captureIo();
    expect(await runCli(argv, capture.io)).toBe(2);
    expect(capture.stdout()).toBe('');
    expect(capture.stderr()).toContain('Usage: goalkit <command> [args]');
    if (argv[0]) expect(capture.stderr()).toContain('unknown command "frobnicate"');
  });
});
