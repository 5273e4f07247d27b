import type { AssistMessages } from '../assistMessages.js';

/** German: the AI assistance catalog. */
export const de: AssistMessages = {
  aiLabel: 'Von KI vorgeschlagen',
  rewrite: 'SMART-Umformulierung vorschlagen',
  rewriting: 'SMART-Umformulierung wird angefragt …',
  proposalHeading: 'Vorgeschlagene Umformulierung',
  smartChange: ({ before, after }) => `SMART-Wert ${before} → ${after}`,
  accept: 'Übernehmen',
  keepMine: 'Meine behalten',
  accepted: 'Der Vorschlag steht im Formular. Prüfen, dann speichern.',
  keyResults: 'Schlüsselergebnisse',
  summarise: 'Zusammenfassen',
  summarising: 'Das Feedback wird zusammengefasst …',
  summaryHeading: 'Zusammenfassung',
  citation: (n) => `Kommentar ${n}`,
  dismiss: 'Zusammenfassung schließen',
  failed: 'Der Vorschlag konnte nicht geladen werden. Bitte erneut versuchen.',
  reasons: {
    'invalid-input': 'Hier steht noch nicht genug, um damit zu arbeiten.',
    'too-few-entries': 'Eine Zusammenfassung braucht mindestens 2 Einträge.',
    aborted: 'Die Anfrage wurde abgebrochen.',
    'provider-error': 'Der KI-Dienst hat nicht geantwortet. Bitte später erneut versuchen.',
    'sets-rating': 'Der Vorschlag wollte eine Bewertung setzen und wurde daher nicht verwendet.',
    'invalid-output': 'Der Vorschlag war fehlerhaft und wurde daher nicht verwendet.',
    'no-improvement': 'Der Vorschlag würde das Ziel nicht SMARTer machen; Ihre Fassung bleibt.',
    'adds-error': 'Der Vorschlag würde dem Ziel einen Fehler hinzufügen; Ihre Fassung bleibt.',
    uncited: 'Die Zusammenfassung nannte ihre Grundlage nicht und wurde daher nicht verwendet.',
    'invisible-citation':
      'Die Zusammenfassung berief sich auf Einträge, die Sie nicht sehen dürfen, und wurde daher nicht verwendet.',
    'unknown-competency': 'Der Vorschlag betraf etwas, wonach nicht gefragt wurde, und wurde daher nicht verwendet.',
  },
};
