import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { type Connector, type ConnectorPoint, dayOfPoint } from '@goalkit/core';
import { readCsvRows } from '@goalkit/core/import';
import { z } from 'zod/mini';
import { fetchLimited, type HttpLimits, PullError } from './fetchLimited.js';

/** Where the `csv` connector may read files from (`GOALKIT_CONNECTOR_FILES`); without it, only URLs. */
export interface CsvLimits extends HttpLimits {
  filesDir?: string;
}

const column = z.string().check(z.minLength(1), z.maxLength(200));

/** The settings of a `csv` source: a file (under the server's files folder) or a URL, and the two columns. */
export const csvConfigSchema = z
  .object({
    /** An `http:`/`https:` URL of the CSV; its host must be allowed. */
    url: z.optional(
      z.string().check(z.maxLength(2000), z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'must be an http: or https: URL')),
    ),
    /** A file's path inside the server's files folder (`GOALKIT_CONNECTOR_FILES`). */
    file: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
    /** The header of the column holding the values. */
    column,
    /** The header of the column holding each row's date (`YYYY-MM-DD` or an ISO instant). */
    dateColumn: column,
  })
  .check(
    z.refine((c) => (c.url === undefined) !== (c.file === undefined), {
      message: 'give either url or file, not both',
      path: ['url'],
    }),
  );
export type CsvConfig = z.output<typeof csvConfigSchema>;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

async function readInside(dir: string, file: string, maxBytes: number): Promise<string> {
  const root = await realpath(dir);
  const wanted = resolve(root, file);
  const outside = (path: string) => {
    const rel = relative(root, path);
    return rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel);
  };
  if (isAbsolute(file) || outside(wanted)) throw new PullError(`${file} is not inside the connector files folder`);
  let real: string;
  try {
    real = await realpath(wanted);
  } catch {
    throw new PullError(`there is no file ${file} in the connector files folder`);
  }
  // A link inside the folder to a file outside it is outside it.
  if (outside(real)) throw new PullError(`${file} is not inside the connector files folder`);
  const info = await stat(real);
  if (!info.isFile()) throw new PullError(`${file} is not a file`);
  if (info.size > maxBytes)
    throw new PullError(`${file} (${info.size} bytes) is larger than the limit of ${maxBytes} bytes`);
  return readFile(real, 'utf8');
}

/**
 * `csv`: read a CSV (a file in the server's files folder, or a URL on an allowed host) and take each row's
 * date and value from the named columns. A blank value is no value that day; any other value that is not a
 * number fails the pull, naming its row.
 */
export function csvConnector(limits: CsvLimits): Connector<CsvConfig> {
  return {
    id: 'csv',
    configSchema: csvConfigSchema,
    async pull(config, { signal }) {
      let text: string;
      if (config.file !== undefined) {
        if (!limits.filesDir)
          throw new PullError('this server reads no CSV files: an admin sets GOALKIT_CONNECTOR_FILES to a folder');
        text = await readInside(limits.filesDir, config.file, limits.maxBytes ?? 1024 * 1024);
      } else text = await fetchLimited(config.url as string, limits, signal, 'text/csv');
      const rows = readCsvRows(text);
      const header = (rows[0] ?? []).map((h) => h.trim());
      const valueAt = header.indexOf(config.column.trim());
      const dateAt = header.indexOf(config.dateColumn.trim());
      if (valueAt < 0) throw new PullError(`the CSV has no column "${config.column}" (it has ${header.join(', ')})`);
      if (dateAt < 0) throw new PullError(`the CSV has no column "${config.dateColumn}" (it has ${header.join(', ')})`);
      const points: ConnectorPoint[] = [];
      rows.slice(1).forEach((row, index) => {
        const raw = (row[valueAt] ?? '').trim();
        if (row.length === 0 || raw === '') return;
        if (!NUMBER.test(raw))
          throw new PullError(
            `row ${index + 2}: ${JSON.stringify(raw.slice(0, 40))} in ${config.column} is not a number`,
          );
        const at = (row[dateAt] ?? '').trim();
        if (Number.isNaN(dayOfPoint(at)))
          throw new PullError(
            `row ${index + 2}: ${JSON.stringify(at.slice(0, 40))} in ${config.dateColumn} is not a date written YYYY-MM-DD`,
          );
        points.push({ at, value: Number(raw) });
      });
      return points;
    },
  };
}
