import type { Connector } from '@goalkit/core';
import { type CsvLimits, csvConnector } from './csv.js';
import { httpJsonConnector } from './httpJson.js';

export { type CsvConfig, type CsvLimits, csvConfigSchema, csvConnector } from './csv.js';
export { fetchLimited, type HttpLimits, PullError } from './fetchLimited.js';
export { type HttpJsonConfig, httpJsonConfigSchema, httpJsonConnector, parsePath } from './httpJson.js';

/** The connectors the reference server ships: `http-json` and `csv`, under the same limits. */
export function builtInConnectors(limits: CsvLimits): Connector[] {
  return [httpJsonConnector(limits) as Connector, csvConnector(limits) as Connector];
}
