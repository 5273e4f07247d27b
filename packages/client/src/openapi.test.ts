import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { routes } from './contract/routes.js';
import { buildOpenApiDocument } from './openapi.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

describe('openapi.json', () => {
  it('is generated from the contract and committed up to date', () => {
    const committed = readFileSync(`${packageDir}openapi.json`, 'utf8');
    expect(committed, 'openapi.json is stale: run `pnpm --filter @goalkit/client openapi` and commit it').toBe(
      `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`,
    );
  });

  it('documents every route of the contract, with If-Match where writes need it', () => {
    const document = buildOpenApiDocument() as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    for (const route of Object.values(routes)) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      const headers = (operation?.parameters ?? []).map((p) => p.name);
      expect(headers.includes('If-Match')).toBe('ifMatch' in route && route.ifMatch === true);
    }
  });

  it('passes @redocly/cli lint with the recommended rules, without warnings', () => {
    const output = execFileSync(
      'pnpm',
      ['exec', 'redocly', 'lint', 'openapi.json', '--config', 'redocly.yaml', '--format', 'json'],
      {
        cwd: packageDir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const report = JSON.parse(output.slice(output.indexOf('{'))) as { totals: { errors: number; warnings: number } };
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);
});
