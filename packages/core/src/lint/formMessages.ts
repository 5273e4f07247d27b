import { formatNumber } from '../i18n/format.js';
import type { LintCatalog } from './lintMessages.js';
import type { LintLocale } from './types.js';

/*
 * The messages whose document wording names the file format's keys (`target:`, `parent:`,
 * `unit-kind: currency`), said instead in terms of the fields a person sees in a goal form, with
 * the labels the editors show. Every other message reads the same in both audiences.
 */

const n = (value: string | number | undefined, locale: LintLocale) =>
  typeof value === 'number' ? formatNumber(value, locale) : String(value ?? '');

const en: LintCatalog = {
  missingOwner: {
    message: () => 'The objective has no owner.',
    suggestion: () => 'Choose the team or person who drives it under Owner.',
  },
  noTarget: {
    message: () => 'This key result has no target.',
    suggestion: () => 'Enter a Target: the value to reach by the end of the cycle.',
  },
  noRangeBounds: {
    message: (d) => `This range key result has no ${d.field === 'min' ? 'minimum' : 'maximum'}.`,
    suggestion: () => 'Enter a Minimum and a Maximum: the band the value should stay in.',
  },
  noBaseline: {
    message: () => 'This key result has no start value.',
    suggestion: () => 'Enter a Start: the value at the beginning of the cycle, so progress and ambition can be judged.',
  },
  noUnit: {
    message: () => 'This key result has no unit.',
    suggestion: (d) =>
      d.hint
        ? `Enter “${d.hint}” as the Unit (the title speaks of percent).`
        : 'Enter a Unit, such as “%”, “customers”, “h” or a currency code such as EUR.',
  },
  targetNotAboveStart: {
    message: (d) => `An increase needs a Target above its Start (${n(d.start, 'en')} → ${n(d.target, 'en')}).`,
    suggestion: () => 'Raise the Target, or choose the type “Decrease” if the number should go down.',
  },
  targetNotBelowStart: {
    message: (d) => `A decrease needs a Target below its Start (${n(d.start, 'en')} → ${n(d.target, 'en')}).`,
    suggestion: () => 'Lower the Target, or choose the type “Increase” if the number should go up.',
  },
  unaligned: {
    message: () => 'This objective aligns to no other objective.',
    suggestion: () => 'Choose the objective it contributes to under Aligns to.',
  },
  alignmentCycle: {
    message: (d) => `Objectives align to each other in a loop (${d.chain}).`,
    suggestion: () => 'Choose another objective under Aligns to, so the alignment has a top.',
  },
  developmentGoalWithoutCompetency: {
    message: () => 'This development goal names no competency it develops.',
    suggestion: () => 'Choose the competencies it works on, or make it a standard goal if it is not about growth.',
  },
  noCycle: {
    message: () => 'The objective has no cycle.',
    suggestion: () => 'Choose the quarter or year it belongs to under Cycle.',
  },
  keyResultNoDeadline: {
    message: () => 'The key result has no deadline: the objective has no cycle.',
    suggestion: () => 'Choose a Cycle for the objective.',
  },
  noInterimCheckpoint: {
    message: (d) => `The cycle runs ${d.days} days (more than ${d.max}) and no key result has an interim checkpoint.`,
    suggestion: () => 'Add a key result with milestones, or split the objective into quarters.',
  },
};

const de: LintCatalog = {
  missingOwner: {
    message: () => 'Das Ziel hat keine verantwortliche Person und kein Team.',
    suggestion: () => 'Wählen Sie unter „Verantwortlich“ das Team oder die Person, die es vorantreibt.',
  },
  noTarget: {
    message: () => 'Dieses Schlüsselergebnis hat keinen Zielwert.',
    suggestion: () => 'Tragen Sie einen Zielwert ein: den Wert, der bis zum Ende des Zyklus erreicht werden soll.',
  },
  noRangeBounds: {
    message: (d) => `Diesem Bereichs-Schlüsselergebnis fehlt das ${d.field === 'min' ? 'Minimum' : 'Maximum'}.`,
    suggestion: () => 'Tragen Sie Minimum und Maximum ein: das Band, in dem der Wert bleiben soll.',
  },
  noBaseline: {
    message: () => 'Diesem Schlüsselergebnis fehlt der Startwert.',
    suggestion: () =>
      'Tragen Sie unter „Start“ den Wert zu Beginn des Zyklus ein, damit Fortschritt und Anspruch beurteilt werden können.',
  },
  noUnit: {
    message: () => 'Diesem Schlüsselergebnis fehlt die Einheit.',
    suggestion: (d) =>
      d.hint
        ? `Tragen Sie „${d.hint}“ als Einheit ein (der Titel spricht von Prozent).`
        : 'Tragen Sie eine Einheit ein, etwa „%“, „Kunden“, „h“ oder einen Währungscode wie EUR.',
  },
  targetNotAboveStart: {
    message: (d) =>
      `Eine Steigerung braucht einen Zielwert über dem Start (${n(d.start, 'de')} → ${n(d.target, 'de')}).`,
    suggestion: () => 'Erhöhen Sie den Zielwert oder wählen Sie die Art „Senken“, wenn die Zahl sinken soll.',
  },
  targetNotBelowStart: {
    message: (d) => `Eine Senkung braucht einen Zielwert unter dem Start (${n(d.start, 'de')} → ${n(d.target, 'de')}).`,
    suggestion: () => 'Senken Sie den Zielwert oder wählen Sie die Art „Steigern“, wenn die Zahl steigen soll.',
  },
  unaligned: {
    message: () => 'Dieses Ziel zahlt auf kein anderes Ziel ein.',
    suggestion: () => 'Wählen Sie unter „Zahlt ein auf“ das Ziel, zu dem es beiträgt.',
  },
  alignmentCycle: {
    message: (d) => `Ziele sind im Kreis aneinander ausgerichtet (${d.chain}).`,
    suggestion: () => 'Wählen Sie unter „Zahlt ein auf“ ein anderes Ziel, damit die Ausrichtung eine Spitze hat.',
  },
  developmentGoalWithoutCompetency: {
    message: () => 'Dieses Entwicklungsziel nennt keine Kompetenz, die es entwickelt.',
    suggestion: () =>
      'Wählen Sie die Kompetenzen, an denen es arbeitet, oder machen Sie es zu einem gewöhnlichen Ziel, wenn es nicht um Entwicklung geht.',
  },
  noCycle: {
    message: () => 'Das Ziel hat keinen Zyklus.',
    suggestion: () => 'Wählen Sie unter „Zyklus“ das Quartal oder Jahr, zu dem es gehört.',
  },
  keyResultNoDeadline: {
    message: () => 'Das Schlüsselergebnis hat keine Frist: Das Ziel hat keinen Zyklus.',
    suggestion: () => 'Wählen Sie einen Zyklus für das Ziel.',
  },
  noInterimCheckpoint: {
    message: (d) =>
      `Der Zyklus dauert ${d.days} Tage (mehr als ${d.max}) und kein Schlüsselergebnis hat einen Zwischenstand.`,
    suggestion: () => 'Ergänzen Sie ein Schlüsselergebnis mit Meilensteinen oder teilen Sie das Ziel in Quartale.',
  },
};

/** The goal-form wording of the messages that name the document format's keys, by language. */
export const FORM_CATALOGS: Readonly<Record<LintLocale, LintCatalog>> = { en, de };
