import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Where everything the demo serves lives; each can be overridden for tests. */
export interface DemoServerOptions {
  /** The reference API, such as `http://127.0.0.1:8787`. */
  apiUrl: string;
  /** @default 8080 */
  port?: number;
  host?: string;
  /** The elements' one-file embed bundle. @default packages/elements/dist/goalkit.js */
  embedBundle?: string;
  /** The built HR-platform app. @default apps/demo/dist */
  hrDir?: string;
  /** The static Storybook, served under /storybook/ when present. @default storybook-static */
  storybookDir?: string;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The Content-Security-Policy the demo pages run under: goalkit works without inline script or style. */
export const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/**
 * The demo's web server: the intranet page (plain HTML), the HR-platform app (React), the embed
 * bundle, the static Storybook, and `/api/goalkit/*` proxied to the reference server so the pages
 * call their own origin.
 */
export function createDemoServer(options: DemoServerOptions): Server {
  const embedBundle = options.embedBundle ?? here('../../../packages/elements/dist/goalkit.js');
  const intranet = sirv(here('../intranet'), { dev: true, etag: true });
  const hr = sirv(options.hrDir ?? here('../dist'), { single: 'hr/index.html', etag: true });
  const landing = sirv(here('../public'), { etag: true });
  const storybookDir = options.storybookDir ?? here('../../../storybook-static');
  const storybook = existsSync(storybookDir) ? sirv(storybookDir, { etag: true }) : undefined;
  const api = new URL(options.apiUrl);
  const embedDir = sirv(dirname(embedBundle), { etag: true });

  const proxy = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').replace(/^\/api\/goalkit/, '') || '/';
    const upstream = request(
      { hostname: api.hostname, port: api.port, method: req.method, path, headers: { ...req.headers, host: api.host } },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'application/problem+json' });
        res.end(
          JSON.stringify({
            type: 'about:blank',
            title: 'Bad gateway',
            status: 502,
            detail: 'The reference server is not reachable.',
          }),
        );
      } else res.destroy();
    });
    req.pipe(upstream);
    res.on('close', () => upstream.destroy());
  };

  return createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/api/goalkit/') || url === '/api/goalkit') return proxy(req, res);
    if (url.startsWith('/storybook')) {
      if (!storybook) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('Storybook is not built yet: run pnpm build-storybook.');
      }
      req.url = url.replace(/^\/storybook/, '') || '/';
      return storybook(req, res, () => {
        res.writeHead(404);
        res.end();
      });
    }
    res.setHeader('content-security-policy', DEMO_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    };
    if (/^\/goalkit[\w.-]*\.js(\?|$)/.test(url)) {
      if (!existsSync(embedBundle)) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        return res.end('The embed bundle is not built yet: run pnpm --filter @goalkit/elements build:embed.');
      }
      return embedDir(req, res, notFound);
    }
    if (url.startsWith('/intranet')) {
      req.url = url.replace(/^\/intranet/, '') || '/';
      return intranet(req, res, notFound);
    }
    if (url.startsWith('/hr')) return hr(req, res, notFound);
    return landing(req, res, notFound);
  }).listen(options.port ?? 8080, options.host ?? '127.0.0.1');
}
