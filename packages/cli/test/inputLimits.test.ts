import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/runCli.js';
import { captureIo } from './captureIo.js';

// Input that would exhaust memory or the stack, or come out garbled, ends with exit 2 and one sentence.
const dir = mkdtempSync(join(tmpdir(), 'goalkit-limits-'));
const example = fileURLToPath(new URL('./fixtures/example.yaml', import.meta.url));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
async function run(args: string[]) {
  const capture = captureIo();
  const exitCode = await runCli(args, capture.io);
  return { exitCode, stdout: capture.stdout(), stderr: capture.stderr() };
}
const oneSentence = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe('input limits of the CLI', () => {
  it('refuses a file over the documented size, and reads it when the limit is raised', async () => {
    const text = readFileSync(example, 'utf8');
    const big = write('big.yaml', `${text}\n${'# padding\n'.repeat(1_100_000)}`);
    for (const command of ['lint', 'score', 'convert']) {
      const extra = command === 'convert' ? ['--to', 'json'] : [];
      const result = await run([command, big, ...extra]);
      expect(result.exitCode, command).toBe(2);
      expect(result.stderr).toMatch(
        /the file is 10\.\d MB, more than the 10 MB goalkit reads by default; raise the limit with --max-input-size/,
      );
      // convert heads its problems with one line naming the file.
      oneSentence(command === 'convert' ? result.stderr.split('\n').slice(1).join('\n') : result.stderr);
    }
    expect((await run(['score', big, '--max-input-size', '20MB', '--as-of', '2026-02-15'])).exitCode).toBe(0);
    const lower = await run(['score', big, '--max-input-size', '5MB']);
    expect(lower.exitCode).toBe(2);
    expect(lower.stderr).toMatch(
      /the file is 10\.\d MB, more than the 5 MB --max-input-size allows; raise it \(such as/,
    );
    const bad = await run(['score', big, '--max-input-size', 'lots']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--max-input-size must be a size such as 20MB or 500000 (got "lots")');
  });

  it('stops reading a pipe at the limit instead of reading it to the end', async () => {
    // A pipe (or /dev/zero) has no size to check first: 30 MB are on offer, at most 10 MB and a byte are read.
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const writer = createWriteStream(fifo);
    let written = 0;
    writer.on('error', () => {}); // the reader hangs up early: that is the point
    const block = Buffer.alloc(1024 * 1024, '#');
    const feed = () => {
      while (written < 30) {
        written++;
        if (!writer.write(block)) return void writer.once('drain', feed);
      }
      writer.end();
    };
    writer.once('open', feed);
    const result = await run(['lint', fifo]);
    writer.destroy();
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      'the input runs past the 10 MB goalkit reads by default; raise the limit with --max-input-size',
    );
    oneSentence(result.stderr);
    expect(written).toBeLessThan(30);
  });

  it('stops a YAML alias bomb and 100,000-deep nesting with one sentence', async () => {
    let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let previous = 'a';
    for (const name of 'bcdefghi') {
      bomb += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
      previous = name;
    }
    const aliases = await run(['lint', write('bomb.yaml', bomb)]);
    expect(aliases.exitCode).toBe(2);
    expect(aliases.stderr).toContain('repeats aliases (*name) so often it would expand without bound');
    oneSentence(aliases.stderr);
    for (const name of ['deep.yaml', 'deep.json']) {
      const deep = await run(['lint', write(name, `${'['.repeat(100_000)}${']'.repeat(100_000)}`)]);
      expect(deep.exitCode, name).toBe(2);
      expect(deep.stderr).toContain('nests more than 64 levels deep');
      oneSentence(deep.stderr);
    }
    const nested = `{"version":1,"objectives":[{"id":"o1","title":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`;
    const inside = await run(['convert', write('inside.json', nested), '--to', 'yaml']);
    expect(inside.exitCode).toBe(2);
    expect(inside.stderr).toContain('nests more than 64 levels deep');
  });

  it('says a file that is not UTF-8 is not, instead of reading U+FFFD', async () => {
    const latin1 = write('latin1.yaml', Buffer.from('version: 1\n# caf\xe9\n', 'latin1'));
    const result = await run(['lint', latin1]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('the file is not UTF-8 (an invalid byte at offset 16); save it as UTF-8');
    oneSentence(result.stderr);
    const csv = await run([
      'convert',
      write('latin1.csv', Buffer.from('objective_id,objective_title\no1,Caf\xe9\n', 'latin1')),
      '--to',
      'json',
    ]);
    expect(csv.exitCode).toBe(2);
    expect(csv.stderr).toContain('is not UTF-8');
  });
});
