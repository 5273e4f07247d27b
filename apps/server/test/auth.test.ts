import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { hashToken, parseTokens, TokenRegistry } from '../src/tokens.js';
import { startServer, tokens } from './harness.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'goalkit-auth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  child: ChildProcess;
  /** Resolves with the output once the server listens, or rejects with the exit code and output. */
  ready: Promise<string>;
  exit: Promise<{ code: number | null; output: string }>;
}

function main(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--conditions=@goalkit/source', '--import', 'tsx', 'src/main.ts', ...args], {
    cwd: serverDir,
    env: { ...process.env, GOALKIT_TOKENS_FILE: '', GOALKIT_TOKENS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exit = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('goalkit reference API on')) resolve(output);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exit.then(({ code }) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  ready.catch(() => {});
  return { child, ready, exit };
}

const me = async (port: number, token: string) => {
  const response = await fetch(`http://127.0.0.1:${port}/me`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, id: response.ok ? ((await response.json()) as { id: string }).id : undefined };
};

describe('starting the server', () => {
  it('accepts the demo tokens only in --demo mode, which listens on loopback only', async () => {
    const refused = await main(['--demo', '--host', '0.0.0.0'], {}).exit;
    expect(refused.code).toBe(2);
    expect(refused.output).toContain('loopback');

    const file = join(dir, 'goalkit.db');
    const port = 23_000 + Math.floor(Math.random() * 10_000);
    const demo = main(['--demo', '--port', String(port), '--quiet'], { GOALKIT_DB: file });
    try {
      expect(await demo.ready).toContain('gk_demo_platform-1');
      expect(await me(port, 'gk_demo_platform-1')).toEqual({ status: 200, id: 'platform-1' });
    } finally {
      demo.child.kill('SIGTERM');
      await demo.exit;
    }

    const noTokens = await main(['--port', String(port)], { GOALKIT_DB: file }).exit;
    expect(noTokens.code).toBe(2);
    expect(noTokens.output).toContain('GOALKIT_TOKENS_FILE');

    const secret = 'a-long-random-secret-for-platform-1';
    const tokensFile = join(dir, 'tokens');
    writeFileSync(
      tokensFile,
      `# who, and the SHA-256 of their token\nplatform-1 sha256:${hashToken(secret)}\n\nceo the-ceos-own-long-token-42\n`,
    );
    const production = main(['--port', String(port), '--quiet'], { GOALKIT_DB: file, GOALKIT_TOKENS_FILE: tokensFile });
    try {
      expect(await production.ready).not.toContain('gk_demo_');
      expect(await me(port, 'gk_demo_platform-1')).toEqual({ status: 401, id: undefined });
      expect(await me(port, secret)).toEqual({ status: 200, id: 'platform-1' });
      expect(await me(port, 'the-ceos-own-long-token-42')).toEqual({ status: 200, id: 'ceo' });
      expect((await me(port, `${secret}x`)).status).toBe(401);
    } finally {
      production.child.kill('SIGTERM');
      await production.exit;
    }

    const unknown = await main(['--port', String(port)], {
      GOALKIT_DB: file,
      GOALKIT_TOKENS: 'nobody a-long-random-secret-for-nobody',
    }).exit;
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('"nobody"');
  }, 60_000);
});

describe('tokens', () => {
  it('are read from `<person id> <token>` or `<person id> sha256:<hex>` lines, with the line of a mistake', () => {
    const hash = hashToken('another-long-secret-token');
    expect(parseTokens(`# people\nceo sha256:${hash.toUpperCase()}\n ann  a-long-enough-token-1 \n`, 'file')).toEqual([
      { personId: 'ceo', hash },
      { personId: 'ann', hash: hashToken('a-long-enough-token-1') },
    ]);
    expect(parseTokens('ceo a-long-enough-token-1, ann a-long-enough-token-2', 'GOALKIT_TOKENS')).toHaveLength(2);
    expect(() => parseTokens('ceo\n', 'file')).toThrow('file line 1');
    expect(() => parseTokens('\nceo short', 'file')).toThrow('file line 2: a token needs at least 16 characters');
    expect(() => parseTokens('ceo gk_demo_ceo_with_padding', 'file')).toThrow('--demo');
    expect(() => parseTokens('ceo sha256:abc', 'file')).toThrow('64 hex digits');
  });

  it("read a machine token's scope from the words after it, and name a word that is not one", () => {
    expect(parseTokens('svc a-long-enough-token-1 values:kr-1 values:kr-2 values-of:platform-1', 'file')[0]).toEqual({
      personId: 'svc',
      hash: hashToken('a-long-enough-token-1'),
      scope: { keyResults: ['kr-1', 'kr-2'], owners: ['platform-1'] },
    });
    expect(() => parseTokens('# feeds\nsvc a-long-enough-token-1 read:everything', 'file')).toThrow(
      'file line 2: "read:everything" is not a scope',
    );
    expect(() => parseTokens('svc a-long-enough-token-1 values:', 'file')).toThrow('is not a scope');
  });

  it('are kept as hashes and matched only in full', () => {
    const registry = new TokenRegistry();
    registry.addHash(hashToken('first-long-secret-token'), 'ann');
    registry.add('second-long-secret-token', 'ben');
    expect(registry.size).toBe(2);
    expect(registry.personIdOf('first-long-secret-token')).toBe('ann');
    expect(registry.personIdOf('second-long-secret-token')).toBe('ben');
    expect(registry.personIdOf('second-long-secret-toke')).toBeUndefined();
    expect(registry.personIdOf('')).toBeUndefined();
  });
});

describe('failed authentication', () => {
  it('is limited per client address: past the limit even a valid token waits (429, Retry-After)', async () => {
    const server = await startServer({ authFailureLimit: 3 });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (const token of ['guess-1', 'guess-2', 'guess-3', 'guess-4', tokens.member]) {
        const response = await server.call('/me', { token });
        statuses.push(response.status);
        retryAfter ??= response.headers.get('retry-after');
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      // Asking without a token guesses nothing and is not counted: the answer stays 401.
      expect((await server.call('/me')).status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
