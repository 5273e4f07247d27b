import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { GoalkitValidationError } from '@goalkit/core';
import { parse, YAMLParseError } from 'yaml';
import type { CommandIo } from './command.js';

/** The raw data of a document file, or why it could not be read. */
export type ReadResult = { ok: true; data: unknown } | { ok: false; message: string };

/** The largest input file read by default: 10 MB (a 10,000-objective export is about 9 MB of JSON). */
export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** How input files are read. */
export interface ReadOptions {
  /** Refuse files larger than this many bytes. @default {@link DEFAULT_MAX_INPUT_BYTES} */
  maxBytes?: number;
}

/** Where a document may nest at most (a goalkit document needs 6 levels); deeper is refused, not recursed into. */
const MAX_DEPTH = 64;

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * `--max-input-size`: a number of bytes, or with `KB`/`MB`/`GB` (powers of 1024). `undefined` for anything else.
 */
export function parseByteSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase()[0] as 'b' | 'k' | 'm' | 'g';
  const bytes = Number(match[1]) * { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit];
  return Number.isFinite(bytes) && bytes >= 1 ? Math.floor(bytes) : undefined;
}

/**
 * Reads a text file as UTF-8, refusing what would exhaust memory or come out garbled: a file over
 * `maxBytes` (a pipe or a device is read no further than that), and bytes that are not UTF-8 (never
 * turned silently into U+FFFD).
 */
export async function readInputText(
  file: string,
  options: ReadOptions = {},
): Promise<{ ok: true; text: string } | { ok: false; message: string; missing?: boolean }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const tooLarge = (size: number | undefined) => {
    const limit =
      maxBytes === DEFAULT_MAX_INPUT_BYTES
        ? `the ${megabytes(maxBytes)} goalkit reads by default; raise the limit with --max-input-size`
        : `the ${megabytes(maxBytes)} --max-input-size allows; raise it`;
    const message =
      size === undefined
        ? `${file}: the input runs past ${limit}`
        : `${file}: the file is ${megabytes(size)}, more than ${limit} (such as --max-input-size ${Math.ceil(size / (1024 * 1024))}MB)`;
    return { ok: false as const, message };
  };
  let bytes: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) return tooLarge(size);
      // A pipe or a device says nothing of its size (or 0): read at most one byte past the limit, never all of it.
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const buffer = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        chunks.push(buffer.subarray(0, bytesRead));
        total += bytesRead;
        if (total > maxBytes) return tooLarge(undefined);
      }
      bytes = Buffer.concat(chunks, total);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    return {
      ok: false,
      message: `${file}: cannot read the file (${reason}); check the path`,
      missing: code === 'ENOENT',
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      message: `${file}: the file is not UTF-8 (an invalid byte at offset ${at}); save it as UTF-8 and try again`,
    };
  }
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

/** How deep data nests, counted without recursion (so a 100,000-deep list costs a loop, not the stack). */
function depthOf(data: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value !== 'object' || value === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Reads a goalkit document file: `.json` as JSON, anything else as YAML (which also reads JSON).
 * Validation is left to `parseDocument`; this only turns bytes into data, and refuses, with one sentence
 * each, files over the size limit, text that is not UTF-8, YAML alias bombs and data nested too deep.
 */
export async function readDocumentFile(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const read = await readInputText(file, options);
  if (!read.ok) return read;
  const { text } = read;
  let data: unknown;
  if (extname(file).toLowerCase() === '.json') {
    try {
      data = JSON.parse(text);
    } catch (error) {
      if (error instanceof RangeError) return tooDeep(file);
      return { ok: false, message: `${file}: not valid JSON (${(error as Error).message}); fix the syntax` };
    }
  } else {
    try {
      // Aliases may repeat a node at most this often: a "billion laughs" file stops here, not at the memory's end.
      data = parse(text, { maxAliasCount: 100 });
    } catch (error) {
      if (error instanceof RangeError || /call stack/i.test((error as Error).message)) return tooDeep(file);
      if (error instanceof ReferenceError && /alias/i.test(error.message))
        return {
          ok: false,
          message: `${file}: the YAML repeats aliases (*name) so often it would expand without bound; write the values out instead`,
        };
      if (error instanceof YAMLParseError) {
        const where = error.linePos ? `:${error.linePos[0].line}:${error.linePos[0].col}` : '';
        const reason = error.message.split('\n')[0];
        return { ok: false, message: `${file}${where}: not valid YAML (${reason}); fix the syntax` };
      }
      throw error;
    }
  }
  if (depthOf(data, MAX_DEPTH) > MAX_DEPTH) return tooDeep(file);
  return { ok: true, data };
}

const tooDeep = (file: string): ReadResult => ({
  ok: false,
  message: `${file}: the data nests more than ${MAX_DEPTH} levels deep; a goalkit document needs a handful, so check the file`,
});

/**
 * Read a JSON or YAML file and check it with `parse` (a document, a rhythm file, an import map), printing
 * what is wrong the way every command does: `goalkit <command>: <file> is not a valid <what> (N problems):`
 * and one `file: path: message` line per problem. Answers undefined when it could not.
 */
export async function readValidatedFile<T>(
  command: string,
  file: string,
  what: string,
  parse: (data: unknown) => T,
  io: CommandIo,
  maxBytes: number,
): Promise<T | undefined> {
  const read = await readDocumentFile(file, { maxBytes });
  if (!read.ok) {
    io.stderr.write(`goalkit ${command}: ${read.message}\n`);
    return undefined;
  }
  try {
    return parse(read.data);
  } catch (error) {
    if (!(error instanceof GoalkitValidationError)) throw error;
    const { problems } = error;
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    io.stderr.write(`goalkit ${command}: ${file} is not a valid ${what} (${count}):\n`);
    for (const problem of problems) io.stderr.write(`${file}: ${problem.path || '(file)'}: ${problem.message}\n`);
    return undefined;
  }
}
