import { WORD_KIND, type WordDictionary, type WordEntry } from './wordLists.js';

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

// The word kinds as constants of this module: read per word, they need no lookup.
const {
  vague: VAGUE,
  activity: ACTIVITY,
  activityLast: ACTIVITY_LAST,
  increase: INCREASE,
  decrease: DECREASE,
  maintain: MAINTAIN,
  multiplier: MULTIPLIER,
  yearMarker: YEAR_MARKER,
  phraseStart: PHRASE_START,
} = WORD_KIND;

/** Character classes: a separator ends a word; an edge is trimmed from both ends of a word. */
const SEPARATOR = 1;
const EDGE = 2;
const DIGIT = 4;

/**
 * The classes of the ASCII characters: whitespace and control characters, brackets, quotes and
 * sentence punctuation separate words; `-`, `'`, `.`, `,` and `*` are edges.
 */
const ASCII_CLASSES: Uint8Array = (() => {
  const classes = new Uint8Array(128);
  for (let code = 0; code <= 32; code++) classes[code] = SEPARATOR;
  for (const character of '()[]{}":;!?|') classes[character.charCodeAt(0)] = SEPARATOR;
  for (const character of "-'.,*") classes[character.charCodeAt(0)] = EDGE;
  for (let code = 48; code <= 57; code++) classes[code] = DIGIT;
  return classes;
})();

/** The class of a character code (0 for a letter or any other character that belongs to a word). */
function classOf(code: number): number {
  if (code < 128) return ASCII_CLASSES[code] as number;
  // No-break space and typographic quotes separate; the typographic apostrophe, ellipsis, bullet and dashes are edges.
  if (code === 0xa0 || code === 0x201c || code === 0x201d || code === 0x201e) return SEPARATOR;
  if (code === 0x2019 || code === 0x2026 || code === 0x2022 || code === 0x2013 || code === 0x2014) return EDGE;
  return 0;
}

function isBoundary(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  return (classOf(text.charCodeAt(index)) & (SEPARATOR | EDGE)) !== 0;
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

/** What the word `text[start, end)` (with {@link hashWord} `hash` of its lower case) is in the dictionary. */
function flagsOf(dictionary: WordDictionary, text: string, start: number, end: number, hash: number): number {
  let flags = 0;
  const words = dictionary.words;
  const mask = words.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = words[slot];
    if (entry == null) break;
    if (entry.hash === hash && entry.text.length === end - start && matchesAt(text, start, entry.text)) {
      flags = entry.flags;
      break;
    }
  }
  const prefixes = dictionary.prefixes[lower(text.charCodeAt(start)) & 0xff] as readonly WordEntry[];
  for (let index = 0; index < prefixes.length; index++) {
    const entry = prefixes[index] as WordEntry;
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
  // Locals while reading, stored once at the end: the fields of `info` would be written per word.
  let wordCount = 0;
  let hasMetric = false;
  let vague: string | undefined;
  let firstActivity: string | undefined;
  let increase = false;
  let decrease = false;
  let maintain = false;
  let fingerprint = 0x811c9dc5 | 0;
  let firstStart = -1;
  let previousFlags = 0;
  let lastStart = 0;
  let lastEnd = 0;
  let pendingYear = false;
  let mayHavePhrase = false;
  let index = 0;
  while (index < length) {
    while (index < length && (classOf(text.charCodeAt(index)) & (SEPARATOR | EDGE)) !== 0) index++;
    const start = index;
    let hasDigit = false;
    // The word ends after its last character that is no edge; its hash is taken on the way.
    let end = start;
    let running = 0x811c9dc5 | 0;
    let hash = running;
    while (index < length) {
      const code = text.charCodeAt(index);
      const kind = classOf(code);
      if (kind & SEPARATOR) break;
      if (kind & DIGIT) hasDigit = true;
      running = Math.imul(running ^ lower(code), 16_777_619);
      index++;
      if (!(kind & EDGE)) {
        end = index;
        hash = running;
      }
    }
    if (end <= start) continue;
    const flags = flagsOf(dictionary, text, start, end, hash);
    wordCount++;
    fingerprint = Math.imul(fingerprint ^ hash, 16_777_619);
    if (pendingYear) {
      if (!(flags & YEAR_MARKER)) hasMetric = true;
      pendingYear = false;
    }
    if (flags !== 0) {
      if (wordCount === 1 && flags & ACTIVITY) firstActivity = text.slice(start, end).toLowerCase();
      if (flags & VAGUE && vague === undefined) vague = text.slice(start, end).toLowerCase();
      if (flags & INCREASE) increase = true;
      if (flags & DECREASE) decrease = true;
      if (flags & MAINTAIN) maintain = true;
      if (flags & MULTIPLIER) hasMetric = true;
      if (flags & PHRASE_START) mayHavePhrase = true;
    }
    if (wordCount === 1) firstStart = start;
    if (!hasMetric) {
      if (end - start === 1 && text.charCodeAt(start) === 37) hasMetric = true;
      else if (hasDigit) {
        NUMBER.lastIndex = start;
        if (NUMBER.test(text) && NUMBER.lastIndex === end) {
          if (!isYear(text, start, end)) hasMetric = true;
          else if (wordCount > 1 && !(previousFlags & YEAR_MARKER)) pendingYear = true;
        }
      }
    }
    previousFlags = flags;
    lastStart = start;
    lastEnd = end;
  }
  const lastActivity =
    wordCount > 1 && previousFlags & ACTIVITY_LAST ? text.slice(lastStart, lastEnd).toLowerCase() : undefined;
  if (mayHavePhrase) {
    // Phrases are rare; lower-casing the whole title is worth it only to look for them.
    const lowered = text.toLowerCase();
    for (const phrase of dictionary.phrases) {
      let at = lowered.indexOf(phrase.text);
      while (at >= 0 && !(isBoundary(text, at - 1) && isBoundary(text, at + phrase.text.length))) {
        at = lowered.indexOf(phrase.text, at + 1);
      }
      if (at < 0) continue;
      if (phrase.flags & VAGUE && vague === undefined) vague = phrase.text;
      if (phrase.flags & ACTIVITY && at === firstStart && firstActivity === undefined) firstActivity = phrase.text;
      if (phrase.flags & INCREASE) increase = true;
      if (phrase.flags & DECREASE) decrease = true;
      if (phrase.flags & MAINTAIN) maintain = true;
    }
  }
  info.wordCount = wordCount;
  info.hasMetric = hasMetric;
  info.vague = vague;
  info.firstActivity = firstActivity;
  info.lastActivity = lastActivity;
  info.increase = increase;
  info.decrease = decrease;
  info.maintain = maintain;
  info.fingerprint = fingerprint >>> 0;
  return info;
}

const NOT_WORDS = /[^\p{L}\p{N}%$€£]+/gu;

/** A title lower-cased with punctuation and spacing normalised: what `structure/duplicate-key-result` compares. */
export function normalizeTitle(title: string): string {
  return title.toLowerCase().replace(NOT_WORDS, ' ').trim();
}
