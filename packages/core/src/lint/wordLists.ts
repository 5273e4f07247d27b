/** Languages with a message catalog and word lists. */
export type LintLocale = 'en' | 'de';

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

/** A compiled exact word: an entry with the {@link hashWord} of its text, as a signed 32-bit integer. */
export interface HashedWordEntry extends WordEntry {
  readonly hash: number;
}

/**
 * The word lists of some languages compiled so a title is checked in one pass without cutting
 * it into strings: exact words in an open-addressed hash table, prefixes by first letter, phrases
 * in a short list.
 */
export interface WordDictionary {
  /**
   * Exact words by hash, linear probing from `hash & (words.length - 1)` to the next `null`.
   * The length is a power of two, at least four times the number of words, so most words of a
   * title that are in no list stop at the first slot.
   */
  readonly words: readonly (HashedWordEntry | null)[];
  /** Prefix entries by the low byte of their first character's code (its own code for Latin-1). */
  readonly prefixes: readonly (readonly WordEntry[])[];
  readonly phrases: readonly WordEntry[];
}

/** FNV-1a over the character codes of `text` from `start` to `end`, as a signed 32-bit integer (a small integer to V8 on 64-bit). */
export function hashWord(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 16_777_619);
  return hash;
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

const NO_ENTRIES: readonly WordEntry[] = Object.freeze([]);

/** Merges `flags` into the entry for `text`, adding it when it is new. */
function addEntry(entries: Map<string, number>, text: string, flags: number): void {
  entries.set(text, (entries.get(text) ?? 0) | flags);
}

/** The open-addressed table of {@link WordDictionary.words}. */
function wordTable(words: ReadonlyMap<string, number>): (HashedWordEntry | null)[] {
  let size = 16;
  while (size < words.size * 4) size *= 2;
  const table: (HashedWordEntry | null)[] = new Array<HashedWordEntry | null>(size).fill(null);
  for (const [text, flags] of words) {
    const hash = hashWord(text, 0, text.length);
    let slot = hash & (size - 1);
    while (table[slot] !== null) slot = (slot + 1) & (size - 1);
    table[slot] = { text, flags, hash };
  }
  return table;
}

const compiled = new Map<string, WordDictionary>();
let lastLanguages: readonly LintLocale[] = [];
let lastDictionary: WordDictionary | undefined;

function sameLanguages(a: readonly LintLocale[], b: readonly LintLocale[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** The word lists of `languages`, merged and compiled (cached, so calling it per keystroke costs next to nothing). */
export function compileWords(languages: readonly LintLocale[] = LINT_LOCALES): WordDictionary {
  // Callers ask for the same languages on every keystroke: skip building the cache key for them.
  if (lastDictionary !== undefined && sameLanguages(languages, lastLanguages)) return lastDictionary;
  const key = languages.join(',');
  let dictionary = compiled.get(key);
  if (dictionary === undefined) {
    const words = new Map<string, number>();
    const prefixes = new Map<string, number>();
    const phrases = new Map<string, number>();
    for (const language of languages) {
      const list = WORD_LISTS[language];
      for (const [kind, flag] of KINDS) {
        const flags = flag | (kind === 'activity' && list.verbLast ? WORD_KIND.activityLast : 0);
        for (const entry of list[kind]) {
          if (entry.endsWith('*')) addEntry(prefixes, entry.slice(0, -1), flags);
          else if (entry.includes(' ')) {
            addEntry(phrases, entry, flags);
            addEntry(words, entry.slice(0, entry.indexOf(' ')), WORD_KIND.phraseStart);
          } else addEntry(words, entry, flags);
        }
      }
    }
    const byLetter = Array.from({ length: 256 }, (): WordEntry[] => []);
    for (const [text, flags] of prefixes) byLetter[text.charCodeAt(0) & 0xff]?.push({ text, flags });
    dictionary = {
      words: wordTable(words),
      prefixes: byLetter.map((entries) => (entries.length > 0 ? entries : NO_ENTRIES)),
      phrases: [...phrases].map(([text, flags]) => ({ text, flags })),
    };
    compiled.set(key, dictionary);
  }
  lastLanguages = [...languages];
  lastDictionary = dictionary;
  return dictionary;
}
