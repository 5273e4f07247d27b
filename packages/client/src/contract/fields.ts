import { MAGNITUDE_MESSAGE, MAX_MAGNITUDE } from '@goalkit/core/model';
import * as z from 'zod/mini';

/** Timestamps on the wire: RFC 3339 UTC (`2026-02-10T09:30:00Z`). */
export const timestamp = z.iso.datetime({ offset: true });
/** Calendar days on the wire: `YYYY-MM-DD`. */
export const day = z.iso.date();
/**
 * Text a client sends holds no NUL character (U+0000): JSON can carry it, but no database the reference
 * server runs on stores it in text, and nothing a person types contains it.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL character is what this check refuses.
export const noNul = () => z.regex(/^[^\u0000]*$/, 'must not contain the NUL character (U+0000)');
export const id = z.string().check(z.minLength(1), z.maxLength(200), noNul());
export const title = z.string().check(z.trim(), z.minLength(1), z.maxLength(500), noNul());
/** A number the server sends: finite (JSON has no NaN or Infinity). */
export const finite = z.number();
/**
 * A number a person sends (values, starts, targets, bounds): finite and within ±1e15, the bound of the
 * goalkit document format (`MAX_MAGNITUDE`), so nothing computed from it overflows.
 */
export const bounded = z
  .number()
  .check(z.gte(-MAX_MAGNITUDE, MAGNITUDE_MESSAGE), z.lte(MAX_MAGNITUDE, MAGNITUDE_MESSAGE));
export const weight = z.number().check(z.gte(0), z.lte(1000));
export const unitInterval = z.number().check(z.gte(0), z.lte(1));
export const version = z.int().check(z.gte(1));
