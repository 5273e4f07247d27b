import { messageLocaleOf } from '../i18n/messages.js';
import type { LintLocale, MessageData } from './types.js';

/** The sentence and rewrite hint of one message id, filled from its data. */
export interface MessageTemplate {
  /** What is wrong. */
  message(data: MessageData): string;
  /** How to fix it. */
  suggestion?(data: MessageData): string;
}

/** One language's messages, by message id. */
export type LintCatalog = Readonly<Record<string, MessageTemplate>>;

function plural(count: string | number | undefined, one: string, many: string): string {
  return count === 1 ? one : many;
}

const numberFormats: Partial<Record<LintLocale, Intl.NumberFormat>> = {};

function formatNumber(value: string | number | undefined, locale: LintLocale): string {
  if (typeof value !== 'number') return String(value ?? '');
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  let format = numberFormats[locale];
  if (format === undefined) {
    format = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-US', { maximumFractionDigits: 2 });
    numberFormats[locale] = format;
  }
  return format.format(value);
}

const en: LintCatalog = {
  vagueWording: {
    message: (d) => `The key result is built on the vague word "${d.word}" and has no number.`,
    suggestion: (d) =>
      d.to !== undefined
        ? `Say the change in the title, such as "… from ${formatNumber(d.from, 'en')} to ${formatNumber(d.to, 'en')}${d.unit ? ` ${d.unit}` : ''}".`
        : 'Name the metric and the number to reach, such as "Raise week-1 activation from 20% to 35%".',
  },
  objectiveTooShort: {
    message: (d) =>
      d.count === 0
        ? `The objective has no title yet; a goal needs at least ${d.min} words.`
        : `The objective title has ${d.count} ${plural(d.count, 'word', 'words')}; a goal needs at least ${d.min}.`,
    suggestion: () => 'Say what should change and for whom, such as "Make onboarding effortless for new customers".',
  },
  keyResultTooShort: {
    message: (d) =>
      d.count === 0
        ? `The key result has no title yet; a result needs at least ${d.min} words.`
        : `The key result title has ${d.count} ${plural(d.count, 'word', 'words')}; a result needs at least ${d.min}.`,
    suggestion: () => 'Name the metric, its direction and the target, such as "Cut median response time to 2 hours".',
  },
  missingOwner: {
    message: () => 'The objective has no owner.',
    suggestion: () => 'Add owner: with the id of the team or person who drives it.',
  },
  noTarget: {
    message: (d) => `This ${d.type} key result has no target.`,
    suggestion: () => 'Add target: with the value to reach by the end of the cycle.',
  },
  noRangeBounds: {
    message: (d) => `This range key result has no ${d.field}.`,
    suggestion: () => 'Add min: and max: with the band the value should stay in.',
  },
  noBaseline: {
    message: (d) => `This ${d.type} key result has no baseline (start).`,
    suggestion: () =>
      'Add start: with the value at the beginning of the cycle, so progress and ambition can be judged.',
  },
  noUnit: {
    message: () => 'This numeric key result has no unit.',
    suggestion: (d) =>
      d.hint
        ? `Add unit: "${d.hint}" (the title speaks of percent).`
        : 'Add unit: such as "%", "customers", "h" or an ISO currency code with unit-kind: currency.',
  },
  targetNotAboveStart: {
    message: (d) =>
      `An increase needs a target above its start (start ${formatNumber(d.start, 'en')}, target ${formatNumber(d.target, 'en')}).`,
    suggestion: () => 'Raise the target, or use type: decrease if the number should go down.',
  },
  targetNotBelowStart: {
    message: (d) =>
      `A decrease needs a target below its start (start ${formatNumber(d.start, 'en')}, target ${formatNumber(d.target, 'en')}).`,
    suggestion: () => 'Lower the target, or use type: increase if the number should go up.',
  },
  tooManyKeyResults: {
    message: (d) => `The objective has ${d.count} key results; at most ${d.max} keep it focused.`,
    suggestion: () => 'Keep the key results that matter most; move the others to team tasks or another objective.',
  },
  tooManyObjectives: {
    message: (d) => `${d.owner} has ${d.count} objectives in ${d.cycle}; at most ${d.max} keep priorities clear.`,
    suggestion: () => 'Drop or defer the least important objectives, or merge related ones.',
  },
  implausibleJump: {
    message: (d) =>
      `The target ${formatNumber(d.target, 'en')} is ${formatNumber(d.ratio, 'en')}× the start ${formatNumber(d.start, 'en')}, beyond the plausible ×${d.factor}.`,
    suggestion: () =>
      'Set a target that is ambitious but reachable this cycle, and keep the moonshot for the objective.',
  },
  implausibleForecast: {
    message: (d) =>
      `Past mid-cycle, the forecast is ${formatNumber(d.forecast, 'en')} against a target of ${formatNumber(d.target, 'en')} (${d.percent}% of the way).`,
    suggestion: () => 'Re-plan now: change the approach, get help, or agree on a lower target.',
  },
  alreadyAchieved: {
    message: (d) =>
      `The starting value ${formatNumber(d.value, 'en')} already meets the target: there is nothing to achieve.`,
    suggestion: () =>
      'Raise the bar, or phrase it as keeping a level ("Keep … at or above …") if it is a health metric.',
  },
  lowConfidence: {
    message: (d) =>
      `The latest confidence is ${formatNumber(d.confidence, 'en')} (${d.at}): the owner does not expect to make it.`,
    suggestion: () => 'Talk about scope, help or a new target now rather than at grading.',
  },
  unaligned: {
    message: (d) => `This objective of ${d.kind} ${d.owner} aligns to no parent objective.`,
    suggestion: () => 'Add parent: with the id of the objective this one contributes to.',
  },
  parentInOtherCycle: {
    message: (d) =>
      `The parent ${d.parent} is in ${d.parentCycle}, which does not overlap this objective's cycle ${d.cycle}.`,
    suggestion: () => 'Align to an objective of an overlapping cycle (or an annual one).',
  },
  alignmentCycle: {
    message: (d) => `Objectives align to each other in a loop (${d.chain}).`,
    suggestion: () => 'Remove one of these parent links so the alignment has a top.',
  },
  developmentGoalWithoutCompetency: {
    message: () => 'This development goal names no competency it develops.',
    suggestion: () =>
      'Add competencyIds: with the ids of the competencies it works on, such as [presenting], or drop kind: development if it is not about growth.',
  },
  noCycle: {
    message: () => 'The objective has no cycle.',
    suggestion: () => 'Add cycle: with the id of the quarter or year it belongs to.',
  },
  keyResultNoDeadline: {
    message: () => 'The key result has neither a due date nor a cycle.',
    suggestion: () => 'Add due: YYYY-MM-DD, or give the objective a cycle.',
  },
  dueOutsideCycle: {
    message: (d) => `${d.date} is outside the cycle ${d.cycle} (${d.start} to ${d.end}).`,
    suggestion: (d) =>
      `Pick a date between ${d.start} and ${d.end}, or move the key result to the cycle it belongs to.`,
  },
  stale: {
    message: (d) => `No check-in for ${d.days} days (more than ${d.max}).`,
    suggestion: () => 'Record a check-in with the current value and your confidence.',
  },
  neverCheckedIn: {
    message: (d) =>
      d.anchor === 'approval'
        ? `No check-in yet, ${d.days} days after its approval (more than ${d.max}).`
        : `No check-in yet, ${d.days} days into the cycle (more than ${d.max}).`,
    suggestion: () => 'Record a first check-in with the current value and your confidence.',
  },
  noInterimCheckpoint: {
    message: (d) => `The cycle runs ${d.days} days (more than ${d.max}) and no key result has an interim checkpoint.`,
    suggestion: () =>
      'Add phased targets (targets: [{ at, value }]), milestones, or an earlier due date; or split the objective into quarters.',
  },
  objectiveHasMetric: {
    message: () => 'The objective title carries a number; metrics belong in key results.',
    suggestion: () => 'Say where you want to go and why in the objective, and move the number into a key result.',
  },
  keyResultIsTask: {
    message: (d) => `The key result is phrased as an activity ("${d.verb}"): describe the outcome, not the work.`,
    suggestion: () =>
      'Say what changes when the work is done, such as "Raise pricing-page conversion from 2.1% to 3%".',
  },
  tooFewKeyResults: {
    message: (d) =>
      `The objective has ${d.count} key ${plural(d.count, 'result', 'results')}; at least ${d.min} measure it from more than one side.`,
    suggestion: () =>
      'Add a key result, ideally one that balances the first (quality against speed, retention against growth).',
  },
  duplicateKeyResult: {
    message: (d) => `The key result repeats ${d.other}.`,
    suggestion: () => 'Remove the duplicate, or reword it if it measures something else.',
  },
  allWeightsZero: {
    message: () => 'Every key result has weight 0, so the objective can never progress.',
    suggestion: () => 'Give the key results weights above 0 that say how much each one matters.',
  },
};

const de: LintCatalog = {
  vagueWording: {
    message: (d) => `Das Schlüsselergebnis beruht auf dem vagen Wort „${d.word}“ und enthält keine Zahl.`,
    suggestion: (d) =>
      d.to !== undefined
        ? `Nennen Sie die Veränderung im Titel, etwa „… von ${formatNumber(d.from, 'de')} auf ${formatNumber(d.to, 'de')}${d.unit ? ` ${d.unit}` : ''}“.`
        : 'Nennen Sie die Kennzahl und den Zielwert, etwa „Aktivierung in Woche 1 von 20 % auf 35 % steigern“.',
  },
  objectiveTooShort: {
    message: (d) =>
      d.count === 0
        ? `Das Ziel hat noch keinen Titel; ein Ziel braucht mindestens ${d.min} Wörter.`
        : `Der Titel des Ziels hat ${d.count} ${plural(d.count, 'Wort', 'Wörter')}; ein Ziel braucht mindestens ${d.min}.`,
    suggestion: () => 'Sagen Sie, was sich für wen ändern soll, etwa „Neuen Kunden den Einstieg mühelos machen“.',
  },
  keyResultTooShort: {
    message: (d) =>
      d.count === 0
        ? `Das Schlüsselergebnis hat noch keinen Titel; ein Ergebnis braucht mindestens ${d.min} Wörter.`
        : `Der Titel des Schlüsselergebnisses hat ${d.count} ${plural(d.count, 'Wort', 'Wörter')}; ein Ergebnis braucht mindestens ${d.min}.`,
    suggestion: () => 'Nennen Sie Kennzahl, Richtung und Zielwert, etwa „Mittlere Antwortzeit auf 2 Stunden senken“.',
  },
  missingOwner: {
    message: () => 'Das Ziel hat keinen Verantwortlichen.',
    suggestion: () => 'Ergänzen Sie owner: mit der ID des Teams oder der Person, die es vorantreibt.',
  },
  noTarget: {
    message: (d) => `Dieses Schlüsselergebnis vom Typ ${d.type} hat keinen Zielwert.`,
    suggestion: () => 'Ergänzen Sie target: mit dem Wert, der bis zum Ende des Zyklus erreicht werden soll.',
  },
  noRangeBounds: {
    message: (d) => `Diesem Bereichs-Schlüsselergebnis fehlt ${d.field}.`,
    suggestion: () => 'Ergänzen Sie min: und max: mit dem Band, in dem der Wert bleiben soll.',
  },
  noBaseline: {
    message: (d) => `Diesem Schlüsselergebnis vom Typ ${d.type} fehlt der Ausgangswert (start).`,
    suggestion: () =>
      'Ergänzen Sie start: mit dem Wert zu Beginn des Zyklus, damit Fortschritt und Anspruch beurteilt werden können.',
  },
  noUnit: {
    message: () => 'Diesem numerischen Schlüsselergebnis fehlt die Einheit.',
    suggestion: (d) =>
      d.hint
        ? `Ergänzen Sie unit: "${d.hint}" (der Titel spricht von Prozent).`
        : 'Ergänzen Sie unit: etwa "%", "Kunden", "h" oder einen ISO-Währungscode mit unit-kind: currency.',
  },
  targetNotAboveStart: {
    message: (d) =>
      `Eine Steigerung braucht einen Zielwert über dem Ausgangswert (start ${formatNumber(d.start, 'de')}, target ${formatNumber(d.target, 'de')}).`,
    suggestion: () => 'Erhöhen Sie den Zielwert oder verwenden Sie type: decrease, wenn die Zahl sinken soll.',
  },
  targetNotBelowStart: {
    message: (d) =>
      `Eine Senkung braucht einen Zielwert unter dem Ausgangswert (start ${formatNumber(d.start, 'de')}, target ${formatNumber(d.target, 'de')}).`,
    suggestion: () => 'Senken Sie den Zielwert oder verwenden Sie type: increase, wenn die Zahl steigen soll.',
  },
  tooManyKeyResults: {
    message: (d) => `Das Ziel hat ${d.count} Schlüsselergebnisse; höchstens ${d.max} halten es fokussiert.`,
    suggestion: () =>
      'Behalten Sie die wichtigsten Schlüsselergebnisse; verschieben Sie die übrigen in Teamaufgaben oder ein anderes Ziel.',
  },
  tooManyObjectives: {
    message: (d) => `${d.owner} hat ${d.count} Ziele in ${d.cycle}; höchstens ${d.max} halten die Prioritäten klar.`,
    suggestion: () => 'Streichen oder verschieben Sie die unwichtigsten Ziele oder fassen Sie verwandte zusammen.',
  },
  implausibleJump: {
    message: (d) =>
      `Der Zielwert ${formatNumber(d.target, 'de')} ist das ${formatNumber(d.ratio, 'de')}-Fache des Ausgangswerts ${formatNumber(d.start, 'de')}, mehr als das plausible ${d.factor}-Fache.`,
    suggestion: () => 'Setzen Sie einen ehrgeizigen, aber in diesem Zyklus erreichbaren Zielwert.',
  },
  implausibleForecast: {
    message: (d) =>
      `Nach der Hälfte des Zyklus liegt die Prognose bei ${formatNumber(d.forecast, 'de')} bei einem Zielwert von ${formatNumber(d.target, 'de')} (${d.percent} % des Wegs).`,
    suggestion: () => 'Planen Sie jetzt um: anderer Ansatz, Unterstützung oder ein niedrigerer Zielwert.',
  },
  alreadyAchieved: {
    message: (d) =>
      `Der Ausgangswert ${formatNumber(d.value, 'de')} erfüllt den Zielwert bereits: Es gibt nichts zu erreichen.`,
    suggestion: () =>
      'Legen Sie die Latte höher oder formulieren Sie es als Halten eines Niveaus („… bei mindestens … halten“), wenn es eine Gesundheitskennzahl ist.',
  },
  lowConfidence: {
    message: (d) =>
      `Die letzte Zuversicht ist ${formatNumber(d.confidence, 'de')} (${d.at}): Der Verantwortliche rechnet nicht mit dem Erreichen.`,
    suggestion: () =>
      'Sprechen Sie jetzt über Umfang, Unterstützung oder einen neuen Zielwert, nicht erst bei der Bewertung.',
  },
  unaligned: {
    message: (d) =>
      `Dieses Ziel von ${d.owner} (${d.kind === 'person' ? 'Person' : d.kind === 'team' ? 'Team' : 'Organisation'}) ist an kein übergeordnetes Ziel angebunden.`,
    suggestion: () => 'Ergänzen Sie parent: mit der ID des Ziels, zu dem dieses beiträgt.',
  },
  parentInOtherCycle: {
    message: (d) =>
      `Das übergeordnete Ziel ${d.parent} liegt in ${d.parentCycle}, das sich nicht mit dem Zyklus ${d.cycle} dieses Ziels überschneidet.`,
    suggestion: () => 'Binden Sie das Ziel an eines aus einem überlappenden (oder jährlichen) Zyklus an.',
  },
  alignmentCycle: {
    message: (d) => `Ziele sind im Kreis aneinander ausgerichtet (${d.chain}).`,
    suggestion: () => 'Entfernen Sie eine dieser parent-Verknüpfungen, damit die Ausrichtung eine Spitze hat.',
  },
  developmentGoalWithoutCompetency: {
    message: () => 'Dieses Entwicklungsziel nennt keine Kompetenz, die es entwickelt.',
    suggestion: () =>
      'Ergänzen Sie competencyIds: mit den IDs der Kompetenzen, an denen es arbeitet, etwa [presenting], oder entfernen Sie kind: development, wenn es nicht um Entwicklung geht.',
  },
  noCycle: {
    message: () => 'Das Ziel hat keinen Zyklus.',
    suggestion: () => 'Ergänzen Sie cycle: mit der ID des Quartals oder Jahres, zu dem es gehört.',
  },
  keyResultNoDeadline: {
    message: () => 'Das Schlüsselergebnis hat weder Fälligkeitsdatum noch Zyklus.',
    suggestion: () => 'Ergänzen Sie due: JJJJ-MM-TT oder geben Sie dem Ziel einen Zyklus.',
  },
  dueOutsideCycle: {
    message: (d) => `${d.date} liegt außerhalb des Zyklus ${d.cycle} (${d.start} bis ${d.end}).`,
    suggestion: (d) =>
      `Wählen Sie ein Datum zwischen ${d.start} und ${d.end} oder verschieben Sie das Schlüsselergebnis in seinen Zyklus.`,
  },
  stale: {
    message: (d) => `Seit ${d.days} Tagen kein Check-in (mehr als ${d.max}).`,
    suggestion: () => 'Erfassen Sie einen Check-in mit dem aktuellen Wert und Ihrer Zuversicht.',
  },
  neverCheckedIn: {
    message: (d) =>
      d.anchor === 'approval'
        ? `Noch kein Check-in, ${d.days} Tage nach der Freigabe (mehr als ${d.max}).`
        : `Noch kein Check-in, ${d.days} Tage nach Zyklusbeginn (mehr als ${d.max}).`,
    suggestion: () => 'Erfassen Sie einen ersten Check-in mit dem aktuellen Wert und Ihrer Zuversicht.',
  },
  noInterimCheckpoint: {
    message: (d) =>
      `Der Zyklus dauert ${d.days} Tage (mehr als ${d.max}) und kein Schlüsselergebnis hat einen Zwischenstand.`,
    suggestion: () =>
      'Ergänzen Sie Etappenziele (targets: [{ at, value }]), Meilensteine oder ein früheres Fälligkeitsdatum, oder teilen Sie das Ziel in Quartale.',
  },
  objectiveHasMetric: {
    message: () => 'Der Titel des Ziels enthält eine Zahl; Kennzahlen gehören in die Schlüsselergebnisse.',
    suggestion: () =>
      'Beschreiben Sie im Ziel, wohin Sie wollen und warum, und verschieben Sie die Zahl in ein Schlüsselergebnis.',
  },
  keyResultIsTask: {
    message: (d) =>
      `Das Schlüsselergebnis ist als Tätigkeit formuliert („${d.verb}“): Beschreiben Sie das Ergebnis, nicht die Arbeit.`,
    suggestion: () =>
      'Sagen Sie, was sich ändert, wenn die Arbeit getan ist, etwa „Konversion der Preisseite von 2,1 % auf 3 % steigern“.',
  },
  tooFewKeyResults: {
    message: (d) =>
      `Das Ziel hat ${d.count} ${plural(d.count, 'Schlüsselergebnis', 'Schlüsselergebnisse')}; mindestens ${d.min} messen es von mehr als einer Seite.`,
    suggestion: () =>
      'Ergänzen Sie ein Schlüsselergebnis, am besten eines, das das erste ausbalanciert (Qualität gegen Tempo).',
  },
  duplicateKeyResult: {
    message: (d) => `Das Schlüsselergebnis wiederholt ${d.other}.`,
    suggestion: () => 'Entfernen Sie das Duplikat oder formulieren Sie es um, wenn es etwas anderes misst.',
  },
  allWeightsZero: {
    message: () => 'Alle Schlüsselergebnisse haben das Gewicht 0, daher kann das Ziel nie Fortschritt zeigen.',
    suggestion: () => 'Geben Sie den Schlüsselergebnissen Gewichte über 0, die ausdrücken, wie wichtig jedes ist.',
  },
};

/** The built-in message catalogs. */
export const LINT_CATALOGS: Readonly<Record<LintLocale, LintCatalog>> = { en, de };

/** The lint language for a BCP 47 locale (`de-AT` → `de`); English when there is no catalog for it. */
export function lintLocaleOf(locale = 'en'): LintLocale {
  return messageLocaleOf(locale);
}

/**
 * Renders a message id with its data in a language, for showing a stored {@link LintMessage} in
 * another language than it was linted in.
 */
export function formatLintMessage(
  messageId: string,
  data: MessageData,
  locale = 'en',
): { message: string; suggestion?: string } {
  const template = LINT_CATALOGS[lintLocaleOf(locale)][messageId] ?? en[messageId];
  if (template === undefined) return { message: messageId };
  const suggestion = template.suggestion?.(data);
  return suggestion === undefined
    ? { message: template.message(data) }
    : { message: template.message(data), suggestion };
}
