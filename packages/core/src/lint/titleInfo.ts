import { WORD_KEY_MASK, WORD_KIND, type WordDictionary } from './wordLists.js';

/** What the text rules need to know about a title, found in one pass over it. */
export interface TitleInfo {
  /** How many words the title has. */
  wordCount: number;
  /** Whether it carries a number, percentage or multiplier that reads as a metric (not a year, not "Q3" or "B2B"). */
  hasMetric: boolean;
  /** The first vague word or phrase, as written (lower case). */
  vague: string | undefined;
  /** The activity verb (or phrase) the title starts with. */
  firstActivity: string | undefined;
  /** The activity verb a verb-last language (German) ends the title with. */
  lastActivity: string | undefined;
  /** Whether it says a number should go up. */
  increase: boolean;
  /** Whether it says a number should go down. */
  decrease: boolean;
  /** Whether it says a level should be kept. */
  maintain: boolean;
  /** A hash of the lower-case words: equal for titles that differ only in case, spacing and punctuation. */
  fingerprint: number;
}

/** Whether a character code separates words: whitespace, brackets, quotes and sentence punctuation. */
function isSeparator(code: number): boolean {
  if (code <= 32) return true;
  if (code < 127) {
    return (
      code === 40 ||
      code === 41 ||
      code === 91 ||
      code === 93 ||
      code === 123 ||
      code === 125 ||
      code === 34 ||
      code === 58 ||
      code === 59 ||
      code === 33 ||
      code === 63 ||
      code === 124
    );
  }
  return code === 0xa0 || code === 0x201c || code === 0x201d || code === 0x201e;
}

/** Whether a character code is trimmed from both ends of a word. */
function isEdge(code: number): boolean {
  if (code < 127) return code === 45 || code === 39 || code === 46 || code === 44 || code === 42;
  return code === 0x2019 || code === 0x2026 || code === 0x2022 || code === 0x2013 || code === 0x2014;
}

function isBoundary(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  const code = text.charCodeAt(index);
  return isSeparator(code) || isEdge(code);
}

const NUMBER = /[-+~≈]?[$€£]?\d+(?:[.,]\d+)*(?:%|bn|pts|pt|pp|mio|tsd|min|ms|k|m|x|×|s|h|d|€|\$)?/iy;

/** The lower-case code of a character code: ASCII and Latin-1 letters, where goal titles' capitals are. */
function lower(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 32;
  return code;
}

/** Whether `text` has `entry` (lower case) at `start`, ignoring case. */
function matchesAt(text: string, start: number, entry: string): boolean {
  for (let index = 0; index < entry.length; index++) {
    if (lower(text.charCodeAt(start + index)) !== entry.charCodeAt(index)) return false;
  }
  return true;
}

/** Whether `text[start, end)` is a plausible year (1980–2099). */
function isYear(text: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  const c = text.charCodeAt(start + 2);
  const d = text.charCodeAt(start + 3);
  if (!(c >= 48 && c <= 57 && d >= 48 && d <= 57)) return false;
  return (a === 49 && b === 57 && (c === 56 || c === 57)) || (a === 50 && b === 48);
}

function flagsOf(dictionary: WordDictionary, text: string, start: number, end: number, hash: number): number {
  let flags = 0;
  const exact = dictionary.words.get(hash & WORD_KEY_MASK);
  if (exact !== undefined) {
    for (const entry of exact)
      if (entry.text.length === end - start && matchesAt(text, start, entry.text)) flags |= entry.flags;
  }
  const prefixes = dictionary.prefixes.get(lower(text.charCodeAt(start)));
  if (prefixes !== undefined) {
    for (const entry of prefixes)
      if (entry.text.length <= end - start && matchesAt(text, start, entry.text)) flags |= entry.flags;
  }
  return flags;
}

/**
 * Reads a title in one pass without cutting it into strings (so an editor can run it on every
 * keystroke and a server on 50,000 titles). Pass `into` to reuse an object. A four-digit year counts as a date, not a metric,
 * when a time word is next to it ("in 2026", "Q3 2026", "bis 2026") or it starts or ends the title.
 */
export function analyzeTitle(title: string, dictionary: WordDictionary, into?: TitleInfo): TitleInfo {
  const text = title;
  const length = text.length;
  const info: TitleInfo = into ?? ({} as TitleInfo);
  info.wordCount = 0;
  info.hasMetric = false;
  info.vague = undefined;
  info.firstActivity = undefined;
  info.lastActivity = undefined;
  info.increase = false;
  info.decrease = false;
  info.maintain = false;
  info.fingerprint = 0x811c9dc5;
  let firstStart = -1;
  let previousFlags = 0;
  let lastFlags = 0;
  let lastStart = 0;
  let lastEnd = 0;
  let pendingYear = false;
  let mayHavePhrase = false;
  let index = 0;
  while (index < length) {
    while (index < length && (isSeparator(text.charCodeAt(index)) || isEdge(text.charCodeAt(index)))) index++;
    const start = index;
    let hasDigit = false;
    // The word ends after its last character that is no edge; its hash is taken on the way.
    let end = start;
    let running = 0x811c9dc5;
    let hash = running;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (isSeparator(code)) break;
      if (code >= 48 && code <= 57) hasDigit = true;
      running = Math.imul(running ^ lower(code), 16_777_619);
      index++;
      if (!isEdge(code)) {
        end = index;
        hash = running;
      }
    }
    if (end <= start) continue;
    const flags = flagsOf(dictionary, text, start, end, hash);
    info.wordCount++;
    info.fingerprint = Math.imul(info.fingerprint ^ hash, 16_777_619) >>> 0;
    if (pendingYear) {
      if (!(flags & WORD_KIND.yearMarker)) info.hasMetric = true;
      pendingYear = false;
    }
    if (info.wordCount === 1) {
      firstStart = start;
      if (flags & WORD_KIND.activity) info.firstActivity = text.slice(start, end).toLowerCase();
    }
    if (flags & WORD_KIND.vague && info.vague === undefined) info.vague = text.slice(start, end).toLowerCase();
    if (flags & WORD_KIND.increase) info.increase = true;
    if (flags & WORD_KIND.decrease) info.decrease = true;
    if (flags & WORD_KIND.maintain) info.maintain = true;
    if (flags & WORD_KIND.multiplier) info.hasMetric = true;
    if (flags & WORD_KIND.phraseStart) mayHavePhrase = true;
    if (!info.hasMetric) {
      if (end - start === 1 && text.charCodeAt(start) === 37) info.hasMetric = true;
      else if (hasDigit) {
        NUMBER.lastIndex = start;
        if (NUMBER.test(text) && NUMBER.lastIndex === end) {
          if (!isYear(text, start, end)) info.hasMetric = true;
          else if (info.wordCount > 1 && !(previousFlags & WORD_KIND.yearMarker)) pendingYear = true;
        }
      }
    }
    previousFlags = flags;
    lastFlags = flags;
    lastStart = start;
    lastEnd = end;
  }
  if (info.wordCount > 1 && lastFlags & WORD_KIND.activityLast)
    info.lastActivity = text.slice(lastStart, lastEnd).toLowerCase();
  if (!mayHavePhrase) return info;
  // Phrases are rare; lower-casing the whole title is worth it only to look for them.
  const lowered = text.toLowerCase();
  for (const phrase of dictionary.phrases) {
    let at = lowered.indexOf(phrase.text);
    while (at >= 0 && !(isBoundary(text, at - 1) && isBoundary(text, at + phrase.text.length))) {
      at = lowered.indexOf(phrase.text, at + 1);
    }
    if (at < 0) continue;
    if (phrase.flags & WORD_KIND.vague && info.vague === undefined) info.vague = phrase.text;
    if (phrase.flags & WORD_KIND.activity && at === firstStart && info.firstActivity === undefined)
      info.firstActivity = phrase.text;
    if (phrase.flags & WORD_KIND.increase) info.increase = true;
    if (phrase.flags & WORD_KIND.decrease) info.decrease = true;
    if (phrase.flags & WORD_KIND.maintain) info.maintain = true;
  }
  return info;
}

const NOT_WORDS = /[^\p{L}\p{N}%$€£]+/gu;

/** A title lower-cased with punctuation and spacing normalised: what `structure/duplicate-key-result` compares. */
export function normalizeTitle(title: string): string {
  return title.toLowerCase().replace(NOT_WORDS, ' ').trim();
}
