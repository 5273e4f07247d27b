import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse, YAMLParseError } from 'yaml';

/** The raw data of a document file, or why it could not be read. */
export type ReadResult = { ok: true; data: unknown } | { ok: false; message: string };

/**
 * Reads a goalkit document file: `.json` as JSON, anything else as YAML (which also reads JSON).
 * Validation is left to `parseDocument`; this only turns bytes into data.
 */
export async function readDocumentFile(file: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    return { ok: false, message: `${file}: cannot read the file (${reason}); check the path` };
  }
  if (extname(file).toLowerCase() === '.json') {
    try {
      return { ok: true, data: JSON.parse(text) };
    } catch (error) {
      return { ok: false, message: `${file}: not valid JSON (${(error as Error).message}); fix the syntax` };
    }
  }
  try {
    return { ok: true, data: parse(text) };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos ? `:${error.linePos[0].line}:${error.linePos[0].col}` : '';
      const reason = error.message.split('\n')[0];
      return { ok: false, message: `${file}${where}: not valid YAML (${reason}); fix the syntax` };
    }
    throw error;
  }
}
