import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectorPoint } from '@goalkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvConnector, type HttpLimits, httpJsonConnector, parsePath } from '../src/connectors/index.js';
import { startDataServer } from './connectorServer.js';

let data: Awaited<ReturnType<typeof startDataServer>>;
let dir: string;
beforeAll(async () => {
  data = await startDataServer();
  dir = await mkdtemp(join(tmpdir(), 'gk-files-'));
  await mkdir(join(dir, 'feeds'));
  await writeFile(join(dir, 'feeds', 'teams.csv'), 'day,teams\n2026-11-02,120\n2026-11-09,140\n');
  await writeFile(join(dir, '..', `${dir.split('/').pop()}-secret.csv`), 'day,teams\n2026-11-02,1\n');
  await symlink(join(dir, '..', `${dir.split('/').pop()}-secret.csv`), join(dir, 'feeds', 'link.csv'));
});
afterAll(async () => {
  await data.close();
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}-secret.csv`, { force: true });
});

const context = () => ({ asOf: new Date('2026-11-16T12:00:00Z'), signal: new AbortController().signal });
const limits = () => ({ allowHosts: [data.host], timeoutMs: 500, maxBytes: 256 * 1024 });
const json = (config: Record<string, unknown>, l: HttpLimits = limits()) =>
  httpJsonConnector(l).pull(httpJsonConnector(l).configSchema.parse(config), context());

describe('http-json', () => {
  it('reads one number at a path, as of the pull', async () => {
    expect(await json({ url: data.url('/value'), path: 'data.activeTeams' })).toEqual([
      { at: '2026-11-16T12:00:00.000Z', value: 150 },
    ]);
  });

  it('reads a list of dated points', async () => {
    const points = await json({ url: data.url('/series'), path: '$.series', valuePath: 'v', datePath: 'day' });
    expect(points).toHaveLength(5);
    expect(points[1]).toEqual({ at: '2026-11-02', value: 120 });
  });

  it('asks no host that is not allowed, whatever the URL', async () => {
    await expect(json({ url: data.url('/value'), path: 'data.activeTeams' }, { allowHosts: [] })).rejects.toThrow(
      `${data.host} is not an allowed host`,
    );
    await expect(
      json({ url: data.url('/value'), path: 'data.activeTeams' }, { allowHosts: ['127.0.0.1:1'] }),
    ).rejects.toThrow('is not an allowed host');
  });

  it('follows a redirect on the same host, never to another, and not forever', async () => {
    expect(await json({ url: data.url('/redirect-same'), path: 'data.activeTeams' })).toHaveLength(1);
    const before = data.hits.get('/value') ?? 0;
    await expect(json({ url: data.url('/redirect-other'), path: 'data.activeTeams' })).rejects.toThrow(
      'redirected to another host (localhost',
    );
    expect(data.hits.get('/value') ?? 0).toBe(before);
    await expect(json({ url: data.url('/redirect-loop') })).rejects.toThrow('redirected more than 3 times');
  });

  it('gives up on a host that does not answer, or answers too slowly, within the timeout', async () => {
    // Both end with the timeout's words (a hang would end at the test's own timeout instead).
    await expect(json({ url: data.url('/slow') })).rejects.toThrow('did not answer within 0.5 s');
    await expect(json({ url: data.url('/drip') })).rejects.toThrow('did not answer within 0.5 s');
  });

  it('stops reading past the size limit, declared or not', async () => {
    await expect(json({ url: data.url('/huge') })).rejects.toThrow('larger than the limit of 262144 bytes');
    await expect(json({ url: data.url('/huge-declared') })).rejects.toThrow('is larger than the limit');
  });

  it('refuses what is not JSON, not a number, an error status, and paths into the prototype', async () => {
    await expect(json({ url: data.url('/not-json') })).rejects.toThrow('the reply is not JSON');
    await expect(json({ url: data.url('/text-number'), path: 'data.activeTeams' })).rejects.toThrow(
      'at data.activeTeams the reply holds "150", not a number or a list',
    );
    await expect(json({ url: data.url('/object'), path: 'data.activeTeams' })).rejects.toThrow('holds an object');
    await expect(json({ url: data.url('/proto'), path: 'data.constructor.name' })).rejects.toThrow('holds nothing');
    await expect(json({ url: data.url('/error') })).rejects.toThrow('answered 500');
    await expect(json({ url: data.url('/series'), path: 'series', valuePath: 'day' })).rejects.toThrow(
      'item 1 at series holds "2026-09-30", not a number',
    );
  });

  it('checks its settings: an http(s) URL and a path it can read', () => {
    const schema = httpJsonConnector(limits()).configSchema;
    expect(schema.safeParse({ url: 'file:///etc/passwd' }).success).toBe(false);
    expect(schema.safeParse({ url: data.url('/value'), path: 'data..x' }).success).toBe(false);
    expect(parsePath('$.series[0].v')).toEqual(['series', 0, 'v']);
    expect(parsePath('a[x]')).toBeUndefined();
  });
});

describe('csv', () => {
  const csv = (config: Record<string, unknown>, l: Parameters<typeof csvConnector>[0] = limits()) => {
    const connector = csvConnector(l);
    return connector.pull(connector.configSchema.parse(config), context());
  };

  it('reads a URL with a BOM, ";" separators, blank rows and blank values', async () => {
    const points: ConnectorPoint[] = await csv({ url: data.url('/sheet.csv'), column: 'teams', dateColumn: 'day' });
    expect(points).toEqual([
      { at: '2026-11-02', value: 120 },
      { at: '2026-11-09', value: 140 },
    ]);
  });

  it('names the row of a value that is not a number, and a column that is not there', async () => {
    await expect(csv({ url: data.url('/bad.csv'), column: 'teams', dateColumn: 'day' })).rejects.toThrow(
      'row 3: "lots" in teams is not a number',
    );
    await expect(csv({ url: data.url('/bad.csv'), column: 'users', dateColumn: 'day' })).rejects.toThrow(
      'the CSV has no column "users" (it has day, teams)',
    );
  });

  it('reads files only inside its folder: not without one, not outside it, not through a link', async () => {
    const inFolder = { ...limits(), filesDir: dir };
    expect(await csv({ file: 'feeds/teams.csv', column: 'teams', dateColumn: 'day' }, inFolder)).toHaveLength(2);
    await expect(csv({ file: 'feeds/teams.csv', column: 'teams', dateColumn: 'day' })).rejects.toThrow(
      'GOALKIT_CONNECTOR_FILES',
    );
    for (const file of ['../x-secret.csv', '/etc/passwd', 'feeds/../../etc/passwd', 'feeds/link.csv'])
      await expect(csv({ file, column: 'teams', dateColumn: 'day' }, inFolder)).rejects.toThrow(
        'is not inside the connector files folder',
      );
    await expect(csv({ file: 'feeds/none.csv', column: 'teams', dateColumn: 'day' }, inFolder)).rejects.toThrow(
      'there is no file feeds/none.csv',
    );
  });

  it('takes a file or a URL, not both', () => {
    const schema = csvConnector(limits()).configSchema;
    expect(schema.safeParse({ column: 'a', dateColumn: 'b' }).success).toBe(false);
    expect(schema.safeParse({ file: 'a.csv', url: data.url('/a'), column: 'a', dateColumn: 'b' }).success).toBe(false);
  });
});
