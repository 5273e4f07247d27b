import { MutationObserver, QueryClient } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { json, scriptedFetch } from '../test/fixtures.js';
import { competencies, competencyKeys, competencyMutations, competencyQueries } from './competencies.js';
import { createClient, ResponseValidationError } from './index.js';

const gaps = {
  personId: 'ana',
  target: { frameworkId: 'eng', trackId: 'ic', levelId: 'ic3', name: 'Senior' },
  gaps: [
    {
      competencyId: 'presenting',
      theme: 'Teamwork',
      expected: 3,
      assessed: null,
      source: null,
      flagged: false,
      gap: 2,
      goals: [{ id: 'o-talk', title: 'Give a talk', state: 'active' }],
    },
  ],
  readiness: 1 / 3,
  coverage: { value: 1, gaps: ['presenting'], covered: ['presenting'], uncovered: [] },
};

const assessment = {
  id: 'as-1',
  personId: 'ana',
  competencyId: 'presenting',
  level: 2,
  source: 'manager',
  assessorId: 'ben',
  assessorName: 'Ben',
  at: '2026-03-01T09:00:00Z',
  reviewId: null,
  note: null,
};

function setup(...replies: Parameters<typeof scriptedFetch>) {
  const { fetch, calls } = scriptedFetch(...replies);
  const client = createClient({ baseUrl: 'https://x.test/api', fetch, random: () => 0 });
  return { growth: competencies(client), calls };
}

describe('competencies(client)', () => {
  it('reads a person’s gaps against a level, with the query and the reply checked by the contract', async () => {
    const { growth, calls } = setup(json(gaps));
    const reply = await growth.people.gaps('ana', { target: 'ic3' });
    expect(calls[0]).toMatchObject({ method: 'GET', url: 'https://x.test/api/people/ana/gaps?target=ic3' });
    expect(reply.coverage.covered).toEqual(['presenting']);
  });

  it('refuses a reply that breaks the contract', async () => {
    const { growth } = setup(json({ ...gaps, readiness: 2 }));
    await expect(growth.people.gaps('ana')).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('sends a rating and an If-Match on a framework replace', async () => {
    const framework = {
      id: 'eng',
      name: 'Engineering',
      scale: { min: 1, max: 5 },
      competencies: [],
      tracks: [],
      version: 3,
      updatedAt: '2026-03-01T09:00:00Z',
    };
    const { growth, calls } = setup(json(assessment, 201), json(framework));
    await growth.assessments.create('ana', { competencyId: 'presenting', level: 2 });
    expect(calls[0]).toMatchObject({ method: 'POST', url: 'https://x.test/api/people/ana/assessments' });
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ competencyId: 'presenting', level: 2 });
    await growth.frameworks.update('eng', { name: 'Engineering', scale: { min: 1, max: 5 } }, { version: 2 });
    expect(calls[1]?.method).toBe('PUT');
    expect(calls[1]?.headers.get('if-match')).toBe('"2"');
  });
});

describe('competency queries and mutations', () => {
  it('key every read under the person, so a new rating invalidates their profile and gaps', async () => {
    const { growth } = setup(json(assessment, 201));
    const q = competencyQueries(growth);
    expect(q.gaps('ana', { target: 'ic3' }).queryKey).toEqual([
      'goalkit',
      'competencies',
      'people',
      'ana',
      'gaps',
      { target: 'ic3' },
    ]);
    const queryClient = new QueryClient();
    queryClient.setQueryData(competencyKeys.gaps('ana'), gaps);
    queryClient.setQueryData(competencyKeys.gaps('ben'), gaps);
    const observer = new MutationObserver(queryClient, competencyMutations(growth, queryClient).createAssessment());
    await observer.mutate({ personId: 'ana', body: { competencyId: 'presenting', level: 2 } });
    expect(queryClient.getQueryState(competencyKeys.gaps('ana'))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(competencyKeys.gaps('ben'))?.isInvalidated).toBe(false);
  });
});
