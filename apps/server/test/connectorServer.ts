import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server for connector tests: good replies and hostile ones (huge, slow, redirects, not JSON,
 * not numbers). `hits` counts requests per path.
 */
export async function startDataServer() {
  const hits = new Map<string, number>();
  const replies: Record<string, unknown> = {};
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const json = (body: unknown, status = 200) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (path in replies) return json(replies[path]);
    switch (path) {
      case '/value':
        return json({ data: { activeTeams: 150 } });
      case '/series':
        return json({
          series: [
            { day: '2026-09-30', v: 90 },
            { day: '2026-11-02', v: 120 },
            { day: '2026-11-02T18:00:00Z', v: 125 },
            { day: '2026-11-09', v: 140 },
            { day: '2026-11-20', v: 999 },
          ],
        });
      case '/huge':
        // No Content-Length: the limit must hold while reading.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"pad":"');
        for (let i = 0; i < 64; i++) res.write('x'.repeat(64 * 1024));
        return res.end('"}');
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) });
        return res.end('{}');
      case '/slow':
        // Never answers: the timeout must end it.
        return;
      case '/drip': {
        res.writeHead(200, { 'content-type': 'application/json' });
        const timer = setInterval(() => res.write(' '), 100);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case '/redirect-same':
        res.writeHead(302, { location: '/value' });
        return res.end();
      case '/redirect-other': {
        const { port } = server.address() as AddressInfo;
        res.writeHead(302, { location: `http://localhost:${port}/value` });
        return res.end();
      }
      case '/redirect-loop':
        res.writeHead(302, { location: '/redirect-loop' });
        return res.end();
      case '/not-json':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<html>Sign in</html>');
      case '/text-number':
        return json({ data: { activeTeams: '150' } });
      case '/object':
        return json({ data: { activeTeams: { count: 150 } } });
      case '/proto':
        return json({ data: {} });
      case '/error':
        return json({ message: 'boom' }, 500);
      case '/sheet.csv':
        res.writeHead(200, { 'content-type': 'text/csv' });
        return res.end(
          '\uFEFFday;teams;note\r\n2026-11-02;120;first\r\n\r\n2026-11-09;140;"a; quoted, note"\r\n2026-11-10;;blank\r\n',
        );
      case '/bad.csv':
        res.writeHead(200, { 'content-type': 'text/csv' });
        return res.end('day,teams\n2026-11-02,120\n2026-11-09,lots\n');
      default:
        res.writeHead(404);
        return res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    hits,
    /** Answer `body` as JSON at `path` from now on. */
    reply: (path: string, body: unknown) => {
      replies[path] = body;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
