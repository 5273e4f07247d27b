import { localized } from './registry.js';

/** The digest's words and sentences. Dates arrive formatted ("Feb 9 – 15, 2026"), statuses as words. */
export interface DigestMessages {
  /** The heading: whose goals (`undefined` when the owner's name is not known) and which days. */
  readonly heading: (name: string | undefined, range: string) => string;
  /** How many objectives the digest covers, and how many owners below the scope's it includes. */
  readonly scope: (objectives: number, below: number) => string;
  /** The label of the summary figures. */
  readonly summary: string;
  /** The summary figures' words after the number ("4" "check-ins"). */
  readonly figures: {
    readonly checkIns: (count: number) => string;
    readonly statusChanges: (count: number) => string;
    readonly newRisks: (count: number) => string;
    readonly kudos: (count: number) => string;
    readonly quiet: (count: number) => string;
  };
  /** The sections' headings. */
  readonly sections: {
    readonly statusChanges: string;
    readonly newRisks: string;
    readonly checkIns: string;
    readonly kudos: string;
    readonly quiet: string;
  };
  /** Nothing changed: no check-ins, status changes, new risks or kudos. */
  readonly empty: string;
  /** Before the status a change started from ("was"), and before the one it reached ("now"). */
  readonly was: string;
  readonly now: string;
  /** The objective a key result belongs to. */
  readonly objective: (title: string) => string;
  /** A check-in's value and confidence, both written out already. */
  readonly checkIn: (p: { value: string; confidence: string }) => string;
  readonly noValue: string;
  readonly noConfidence: string;
  readonly confidence: (band: string) => string;
  /** Who gave kudos. */
  readonly kudosFrom: (name: string) => string;
  /** An objective or key result the digest names but whose title was not given. */
  readonly unknownObjective: string;
  readonly unknownKeyResult: string;
  /** A person whose name was not given. */
  readonly someone: string;
}

const plural = (one: string, other: string) => (count: number) => (count === 1 ? one : other);

const en: DigestMessages = {
  heading: (name, range) => (name ? `The week in ${name}’s goals, ${range}` : `The week in goals, ${range}`),
  scope: (objectives, below) =>
    [
      objectives === 1 ? '1 objective' : `${objectives} objectives`,
      below === 0
        ? ''
        : below === 1
          ? ', including 1 team or person below'
          : `, including ${below} teams and people below`,
    ].join(''),
  summary: 'This week in numbers',
  figures: {
    checkIns: plural('check-in', 'check-ins'),
    statusChanges: plural('status change', 'status changes'),
    newRisks: plural('new risk', 'new risks'),
    kudos: plural('kudos', 'kudos'),
    quiet: plural('key result without a check-in', 'key results without a check-in'),
  },
  sections: {
    statusChanges: 'Status changes',
    newRisks: 'New risks',
    checkIns: 'Check-ins',
    kudos: 'Kudos',
    quiet: 'No check-in yet',
  },
  empty: 'A quiet week: nothing changed.',
  was: 'was',
  now: 'now',
  objective: (title) => `For “${title}”`,
  checkIn: ({ value, confidence }) => `${value}, ${confidence}`,
  noValue: 'no value',
  noConfidence: 'no confidence given',
  confidence: (band) => `${band} confidence`,
  kudosFrom: (name) => `Kudos from ${name}`,
  unknownObjective: 'An objective',
  unknownKeyResult: 'A key result',
  someone: 'Someone',
};

/** The digest catalog for a BCP 47 locale; English when there is none for its language. */
export const getDigestMessages = (locale = 'en'): DigestMessages => localized('digest', en, locale);
