import type { CommandIo } from '../src/command.js';

/** A CommandIo that records what a command writes, for tests that spawn no process. */
export function captureIo(options: { isTTY?: boolean; env?: Record<string, string | undefined>; now?: Date } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    stdout: { write: (text: string) => out.push(text), isTTY: options.isTTY ?? false },
    stderr: { write: (text: string) => err.push(text) },
    env: options.env ?? {},
    ...(options.now ? { now: () => options.now as Date } : {}),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
