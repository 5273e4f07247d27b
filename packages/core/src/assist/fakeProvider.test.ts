import { describe, expect, it } from 'vitest';
import {
  ASSIST_TASKS,
  type AssistRequest,
  type AssistTask,
  agendaOutputSchema,
  createFakeProvider,
  developmentGoalsOutputSchema,
  objectiveProposalSchema,
  summaryOutputSchema,
} from './index.js';

const inputs: Record<AssistTask, unknown> = {
  'draft-objective': { sentence: 'Customers should finish onboarding without calling support' },
  'rewrite-smart': { objective: { id: 'o1', title: 'Revenue', keyResults: [] } },
  'summarise-check-ins': {
    keyResult: { id: 'kr1', title: 'Raise activation', unit: '%' },
    checkIns: [
      { id: 'c2', at: '2026-02-01', value: 26 },
      { id: 'c1', at: '2026-01-15', value: 22, note: 'Email live' },
    ],
  },
  'summarise-feedback': {
    subject: { kind: 'objective', id: 'o1' },
    entries: [
      { id: 'f1', text: 'Clear goal' },
      { id: 'f2', text: 'Ambitious target' },
    ],
  },
  'suggest-development-goals': { gaps: [{ competencyId: 'sql', expected: 3, assessed: 2, gap: 1 }] },
  'prepare-agenda': { entries: [{ id: 'tp1', text: 'Hiring plan' }] },
};

const outputSchemas = {
  'draft-objective': objectiveProposalSchema,
  'rewrite-smart': objectiveProposalSchema,
  'summarise-check-ins': summaryOutputSchema,
  'summarise-feedback': summaryOutputSchema,
  'suggest-development-goals': developmentGoalsOutputSchema,
  'prepare-agenda': agendaOutputSchema,
};

function request(task: AssistTask, input: unknown = inputs[task]): AssistRequest {
  return { task, input, schema: outputSchemas[task], jsonSchema: {} } as AssistRequest;
}

describe('createFakeProvider', () => {
  it.each(ASSIST_TASKS)('answers %s with output its schema accepts, the same every time', async (task) => {
    const fake = createFakeProvider();
    const first = await fake.complete(request(task));
    const second = await createFakeProvider().complete(request(task));
    expect(outputSchemas[task].safeParse(first).success).toBe(true);
    expect(second).toEqual(first);
  });

  it('computes its answers from the input', async () => {
    const fake = createFakeProvider();
    const a = await fake.complete(request('draft-objective', { sentence: 'Customers should love our mobile app' }));
    const b = await fake.complete(request('draft-objective', { sentence: 'Partners should resell our product' }));
    expect(a).not.toEqual(b);
  });

  it('cites check-ins in date order', async () => {
    const answer = await createFakeProvider().complete(request('summarise-check-ins'));
    expect(answer).toMatchObject({ sentences: [{ cites: ['c1', 'c2'] }, {}, { cites: ['c1'] }] });
  });

  it('returns scripted answers, values or functions of the input, and records every request', async () => {
    const fake = createFakeProvider({
      id: 'scripted',
      answers: {
        'prepare-agenda': { items: [] },
        'summarise-feedback': (input) => ({ echoed: input }),
      },
    });
    expect(fake.id).toBe('scripted');
    expect(await fake.complete(request('prepare-agenda'))).toEqual({ items: [] });
    expect(await fake.complete(request('summarise-feedback'))).toEqual({ echoed: inputs['summarise-feedback'] });
    expect(fake.requests.map((item) => item.task)).toEqual(['prepare-agenda', 'summarise-feedback']);
  });

  it('rejects with an AbortError when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      createFakeProvider().complete({ ...request('prepare-agenda'), signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
