import * as assist from '@goalkit/core/assist';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DraftObjective } from '../model/documentSchema.js';

describe('@goalkit/core/assist', () => {
  it('exports its functions, schemas and constants from the package entry', () => {
    expect(Object.keys(assist).sort()).toEqual([
      'ASSIST_TASKS',
      'MIN_SUMMARY_ENTRIES',
      'RATING_KEY',
      'agendaOutputSchema',
      'assist',
      'citedSentenceSchema',
      'competencyGapSchema',
      'createFakeProvider',
      'developmentGoalsOutputSchema',
      'draftObjectiveInputSchema',
      'objectiveProposalSchema',
      'prepareAgendaInputSchema',
      'suggestDevelopmentGoalsInputSchema',
      'summariseCheckInsInputSchema',
      'summariseFeedbackInputSchema',
      'summaryOutputSchema',
    ]);
  });

  it('names the six tasks', () => {
    expect(assist.ASSIST_TASKS).toEqual([
      'draft-objective',
      'rewrite-smart',
      'summarise-check-ins',
      'summarise-feedback',
      'suggest-development-goals',
      'prepare-agenda',
    ]);
  });

  it('types each result by its task', async () => {
    const provider = assist.createFakeProvider();
    const rewrite = await assist.assist(provider, 'rewrite-smart', {
      objective: { id: 'o1', title: 'Revenue', keyResults: [] },
    });
    if (rewrite.ok) expectTypeOf(rewrite.value).toEqualTypeOf<DraftObjective>();
    else expectTypeOf(rewrite.original).toEqualTypeOf<DraftObjective | undefined>();
    const summary = await assist.assist(provider, 'summarise-feedback', {
      subject: { kind: 'person', id: 'ana' },
      entries: [],
    });
    if (summary.ok) expectTypeOf(summary.value.sentences).toEqualTypeOf<assist.CitedSentence[]>();
    expectTypeOf(assist.assist<'prepare-agenda'>)
      .parameter(2)
      .toEqualTypeOf<assist.PrepareAgendaInput>();
    expect(rewrite.ok).toBe(true);
    expect(summary).toMatchObject({ ok: false, reason: 'too-few-entries' });
  });
});
