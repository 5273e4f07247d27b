import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The reference server in a process of its own (`src/main.ts --demo --quiet`, rate limits off) on
 * `port`, with `env` added (its database); resolves once it listens. For the tests and benchmarks that
 * kill it, load it from outside, or run several on one database.
 */
export function startServerProcess(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=@goalkit/source', '--import', 'tsx', 'src/main.ts', '--demo', '--quiet'],
    {
      cwd: serverDir,
      env: { ...process.env, ...env, PORT: String(port), GOALKIT_RATE_LIMIT: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('goalkit reference API on')) resolve(child);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code, signal) =>
      reject(new Error(`server on ${port} exited (${code ?? signal}): ${out.slice(-2000)}`)),
    );
  });
}
