/** The tools `parseImport` reads exports of; `csv` is goalkit's own CSV (what `goalkit convert --to csv` writes). */
export const IMPORT_FORMATS = ['viva', 'betterworks', 'tability', 'csv'] as const;

/** One format `parseImport` reads; see {@link IMPORT_FORMATS}. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Who a row names as its owner, as written; `planImport` matches it to an owner of the document. */
export interface ImportedOwner {
  /** An owner id of the goalkit document. */
  id?: string;
  /** An email address, compared without regard to case. */
  email?: string;
  /** A display name, matched only through the map's `owners`. */
  name?: string;
}

/** The time period a row names, as written; `planImport` matches it to a cycle of the document. */
export interface ImportedCycle {
  /** A cycle id of the goalkit document. */
  id?: string;
  /** A cycle name (or id), compared without regard to case, such as `Q1 2025`. */
  name?: string;
  /** The first day, `YYYY-MM-DD`. */
  start?: string;
  /** The last day, `YYYY-MM-DD`. */
  end?: string;
}

/** A check-in read from a row. */
export interface ImportedCheckIn {
  /** The row of the file (1-based; the header is row 1). */
  row: number;
  /**
   * The key result it belongs to: the `ref` of a key result of the same import, or, for Tability, the text
   * of its key-result column (an id or a title of a key result already in the document).
   */
  keyResultRef: string;
  /** The day, `YYYY-MM-DD`. */
  at: string;
  /** The value reported, if any. */
  value?: number;
  /** Confidence from 0 to 1. */
  confidence?: number;
  /** The note, if any. */
  note?: string;
}

/** A key result read from a row. */
export interface ImportedKeyResult {
  /** The row of the file (1-based; the header is row 1). */
  row: number;
  /** A stable reference: the tool's id, or its objective's ref and its normalised title. */
  ref: string;
  /** Its owner, when the row names one other than its objective's. */
  owner?: ImportedOwner;
  /** The goalkit key-result fields besides `id`, `owner` and `checkIns`: `title`, `type`, `start`, `target`, … */
  fields: Record<string, unknown>;
  /** Its check-ins. */
  checkIns: ImportedCheckIn[];
}

/** An objective read from a row, with its key results. */
export interface ImportedObjective {
  /** The row of the file (1-based; the header is row 1). */
  row: number;
  /** A stable reference: the tool's id, or its normalised title, owner and period. */
  ref: string;
  /** Its owner, as written. */
  owner: ImportedOwner;
  /** Its time period, as written. */
  cycle: ImportedCycle;
  /** The ref of its parent: another row's ref, or the id of an objective already in the document. */
  parentRef?: string;
  /** The goalkit objective fields besides `id`, `owner`, `cycle`, `parent` and `keyResults`: `title`, `description`, … */
  fields: Record<string, unknown>;
  /** Its key results. */
  keyResults: ImportedKeyResult[];
}

/** A row left out, and why. */
export interface ImportRejection {
  /** The row of the file (1-based; the header is row 1). */
  row: number;
  /** The column the reason is about, as the file's header names it. */
  column?: string;
  /** What was wrong and what to do. */
  reason: string;
}

/** A row imported with something left out (such as a parent that is nowhere), and why. */
export type ImportWarning = ImportRejection;

/** What `parseImport` read from a file. */
export interface ParsedImport {
  /** The format it was read as. */
  from: ImportFormat;
  /** The objectives, each with its key results and their check-ins. */
  items: ImportedObjective[];
  /** Check-ins of key results already in the document (Tability). */
  checkIns: ImportedCheckIn[];
  /** Rows that could not be read. */
  rejected: ImportRejection[];
  /** Things read with something left out, such as a column the map names that the file does not have. */
  warnings: ImportWarning[];
  /** Rows with nothing to import (blank rows, goalkit CSV rows that only define an owner or cycle). */
  skipped: ImportRejection[];
  /** The header of the column each field was read from. */
  columns: Partial<Record<string, string>>;
}
