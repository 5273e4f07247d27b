export {
  confidenceWords,
  DEFAULT_CONFIDENCE,
  IMPORT_FIELDS,
  type ImportField,
  type ImportMap,
  parseImportMap,
} from './importMap.js';
export { DEFAULT_COLUMNS, GOALKIT_CSV_COLUMNS, parseImport } from './parseImport.js';
export {
  applyImport,
  type ImportAction,
  type ImportPlan,
  type ImportPlanOptions,
  type ImportRowOutcome,
  type ImportTarget,
  importedId,
  type PlannedCheckIn,
  type PlannedObjective,
  planImport,
} from './planImport.js';
export { detectSeparator, readCsvRows } from './readCsvRows.js';
export { readXlsxRows, type XlsxResult } from './readXlsxRows.js';
export {
  IMPORT_FORMATS,
  type ImportedCheckIn,
  type ImportedCycle,
  type ImportedKeyResult,
  type ImportedObjective,
  type ImportedOwner,
  type ImportFormat,
  type ImportRejection,
  type ImportWarning,
  type ParsedImport,
} from './types.js';
export { type CellResult, type DateFormat, parseDate, parseNumber, parseProgress } from './values.js';
