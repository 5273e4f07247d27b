import type { LintLocale } from './types.js';

/**
 * The words the text rules look for, in one language. Entries are lower case; an entry ending in
 * `*` matches every word starting with it; an entry with a space is a phrase.
 */
export interface WordList {
  /** Words that sound like a goal but say nothing measurable ("improve", "various"). */
  vague: readonly string[];
  /** Verbs (and German nominalised verbs) that describe work rather than an outcome ("launch", "einführen"). */
  activity: readonly string[];
  /** Verbs that say a number should go up. */
  increase: readonly string[];
  /** Verbs that say a number should go down. */
  decrease: readonly string[];
  /** Verbs that say a level should be kept, as health metrics do ("keep churn below 2%"). */
  maintain: readonly string[];
  /** Words that carry a metric without digits ("double", "halbieren"). */
  multipliers: readonly string[];
  /** Words next to a year that make it a date, not a metric ("in 2026", "bis 2026"). */
  yearMarkers: readonly string[];
  /** Whether activity verbs may also end the title, as German infinitives do ("Preisseite einführen"). */
  verbLast: boolean;
}

const en: WordList = {
  vague: [
    'improve*',
    'enhanc*',
    'better',
    'optimi*',
    'strengthen*',
    'maximi*',
    'minimi*',
    'streamlin*',
    'some',
    'various',
    'several',
    'many',
    'properly',
    'efficient*',
    'effective*',
    'world-class',
    'world class',
    'best-in-class',
    'best in class',
    'as needed',
    'as much as possible',
    'as soon as possible',
    'asap',
    'boost*',
    'leverag*',
    'robust',
    'seamless*',
    'significant*',
    'appropriate*',
    'adequate*',
    'sufficient*',
    'high-quality',
    'state-of-the-art',
  ],
  activity: [
    'launch',
    'build',
    'implement',
    'create',
    'deliver',
    'migrate',
    'write',
    'hold',
    'run',
    'develop',
    'design',
    'redesign',
    'complete',
    'ship',
    'set up',
    'setup',
    'roll out',
    'introduce',
    'establish',
    'organize',
    'organise',
    'conduct',
    'publish',
    'release',
    'deploy',
    'define',
    'draft',
    'prepare',
    'plan',
    'hire',
    'train',
    'refactor',
    'rebuild',
    'rewrite',
    'integrate',
    'automate',
    'document',
    'audit',
    'research',
    'investigate',
    'finish',
    'finalize',
    'finalise',
    'host',
    'install',
    'configure',
    'upgrade',
    'translate',
    'pilot',
    'kick off',
    'start',
    'add',
    'produce',
  ],
  increase: ['increase', 'raise', 'grow', 'lift', 'double', 'triple', 'expand', 'boost'],
  decrease: [
    'reduce',
    'cut',
    'lower',
    'decrease',
    'shrink',
    'halve',
    'minimize',
    'minimise',
    'eliminate',
    'bring down',
  ],
  maintain: ['keep', 'maintain', 'stay', 'sustain', 'remain', 'preserve', 'hold steady'],
  multipliers: ['double', 'triple', 'quadruple', 'halve', 'tenfold', 'twofold', 'threefold', 'percent', 'percentage'],
  yearMarkers: [
    'in',
    'by',
    'for',
    'of',
    'until',
    'since',
    'from',
    'through',
    'before',
    'after',
    'end',
    'fy',
    'year',
    'the',
    'our',
    'q1',
    'q2',
    'q3',
    'q4',
    'h1',
    'h2',
  ],
  verbLast: false,
};

const de: WordList = {
  vague: [
    'verbesser*',
    'optimier*',
    'stärk*',
    'maximier*',
    'minimier*',
    'besser*',
    'einige',
    'einigen',
    'manche',
    'verschiedene*',
    'diverse*',
    'mehrere',
    'viele',
    'ordnungsgemäß',
    'ordentlich*',
    'effizient*',
    'effektiv*',
    'erstklassig*',
    'weltklasse',
    'bei bedarf',
    'nach bedarf',
    'so viel wie möglich',
    'möglichst',
    'zeitnah',
    'deutlich*',
    'signifikant*',
    'nachhaltig*',
    'hochwertig*',
    'optimal*',
    'angemessen*',
    'ausreichend*',
    'robust*',
    'nahtlos*',
  ],
  activity: [
    'einführen',
    'einführung',
    'entwickeln',
    'entwicklung',
    'bauen',
    'aufbauen',
    'implementieren',
    'implementierung',
    'erstellen',
    'erstellung',
    'liefern',
    'ausliefern',
    'migrieren',
    'migration',
    'schreiben',
    'durchführen',
    'durchführung',
    'veranstalten',
    'abhalten',
    'gestalten',
    'entwerfen',
    'abschließen',
    'fertigstellen',
    'ausrollen',
    'aufsetzen',
    'einrichten',
    'starten',
    'launchen',
    'umsetzen',
    'umsetzung',
    'veröffentlichen',
    'organisieren',
    'planen',
    'definieren',
    'erarbeiten',
    'konzipieren',
    'programmieren',
    'integrieren',
    'automatisieren',
    'dokumentieren',
    'überarbeiten',
    'schulen',
    'einstellen',
    'bereitstellen',
    'vorbereiten',
  ],
  increase: ['steigern', 'erhöhen', 'ausbauen', 'verdoppeln', 'verdreifachen', 'vergrößern', 'wachsen', 'anheben'],
  decrease: ['senken', 'reduzieren', 'verringern', 'halbieren', 'verkürzen', 'minimieren', 'abbauen', 'eliminieren'],
  maintain: ['halten', 'beibehalten', 'bleiben', 'sichern', 'wahren', 'stabil'],
  multipliers: ['verdoppeln', 'verdreifachen', 'vervierfachen', 'halbieren', 'prozent', 'prozentpunkte'],
  yearMarkers: [
    'in',
    'bis',
    'im',
    'für',
    'seit',
    'ab',
    'vor',
    'nach',
    'ende',
    'jahr',
    'geschäftsjahr',
    'gj',
    'das',
    'unser',
    'q1',
    'q2',
    'q3',
    'q4',
    'h1',
    'h2',
  ],
  verbLast: true,
};

/** The built-in word lists, one per language. */
export const WORD_LISTS: Readonly<Record<LintLocale, WordList>> = { en, de };

/** Every language with word lists. */
export const LINT_LOCALES: readonly LintLocale[] = ['en', 'de'];

/** Bit flags of what a word is, in a compiled {@link WordDictionary}. */
export const WORD_KIND = {
  vague: 1,
  activity: 2,
  activityLast: 4,
  increase: 8,
  decrease: 16,
  maintain: 32,
  multiplier: 64,
  yearMarker: 128,
  /** The first word of a phrase entry: only titles with one are searched for phrases. */
  phraseStart: 256,
} as const;

/** One compiled entry: its text and what it is. */
export interface WordEntry {
  readonly text: string;
  readonly flags: number;
}

/**
 * The word lists of some languages compiled so a title is checked in one pass without cutting
 * it into strings: exact words by hash, prefixes by first letter, phrases in a short list.
 */
export interface WordDictionary {
  readonly words: ReadonlyMap<number, readonly WordEntry[]>;
  readonly prefixes: ReadonlyMap<number, readonly WordEntry[]>;
  readonly phrases: readonly WordEntry[];
}

/**
 * The exact-word map's keys are word hashes cut to 30 bits: a full 32-bit hash is no small integer,
 * so every lookup would box it. Entries are confirmed by their text, so a shorter key costs nothing.
 */
export const WORD_KEY_MASK = 0x3fff_ffff;

/** FNV-1a over the character codes of `text` from `start` to `end`. */
export function hashWord(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 16_777_619);
  return hash >>> 0;
}

const KINDS: readonly [Exclude<keyof WordList, 'verbLast'>, number][] = [
  ['vague', WORD_KIND.vague],
  ['activity', WORD_KIND.activity],
  ['increase', WORD_KIND.increase],
  ['decrease', WORD_KIND.decrease],
  ['maintain', WORD_KIND.maintain],
  ['multipliers', WORD_KIND.multiplier],
  ['yearMarkers', WORD_KIND.yearMarker],
];

function addEntry(map: Map<number, WordEntry[]>, key: number, text: string, flags: number): void {
  const bucket = map.get(key);
  const existing = bucket?.findIndex((entry) => entry.text === text) ?? -1;
  if (bucket === undefined) map.set(key, [{ text, flags }]);
  else if (existing >= 0) bucket[existing] = { text, flags: (bucket[existing]?.flags ?? 0) | flags };
  else bucket.push({ text, flags });
}

const compiled = new Map<string, WordDictionary>();

/** The word lists of `languages`, merged and compiled (cached, so calling it per keystroke costs a map lookup). */
export function compileWords(languages: readonly LintLocale[] = LINT_LOCALES): WordDictionary {
  const key = languages.join(',');
  let dictionary = compiled.get(key);
  if (dictionary !== undefined) return dictionary;
  const words = new Map<number, WordEntry[]>();
  const prefixes = new Map<number, WordEntry[]>();
  const phrases = new Map<string, number>();
  for (const language of languages) {
    const list = WORD_LISTS[language];
    for (const [kind, flag] of KINDS) {
      const flags = flag | (kind === 'activity' && list.verbLast ? WORD_KIND.activityLast : 0);
      for (const entry of list[kind]) {
        if (entry.endsWith('*')) addEntry(prefixes, entry.charCodeAt(0), entry.slice(0, -1), flags);
        else if (entry.includes(' ')) {
          phrases.set(entry, (phrases.get(entry) ?? 0) | flags);
          const first = entry.slice(0, entry.indexOf(' '));
          addEntry(words, hashWord(first, 0, first.length) & WORD_KEY_MASK, first, WORD_KIND.phraseStart);
        } else addEntry(words, hashWord(entry, 0, entry.length) & WORD_KEY_MASK, entry, flags);
      }
    }
  }
  dictionary = { words, prefixes, phrases: [...phrases].map(([text, flags]) => ({ text, flags })) };
  compiled.set(key, dictionary);
  return dictionary;
}
