import type { GoalkitClient } from '@goalkit/client';
import { competencies } from '@goalkit/client/competencies';
import { type ReactNode, useEffect, useState } from 'react';
import { ENGINEERING } from '../apps/server/src/seed/seedCompetencies.ts';

/**
 * Dana's ratings of Ana (as her manager) against Senior Engineer (ic3): code quality, system design and
 * communication one level short, the rest met.
 */
const RATINGS: Readonly<Record<string, number>> = {
  'code-quality': 3,
  'system-design': 2,
  testing: 3,
  collaboration: 3,
  communication: 2,
  mentoring: 2,
};

/**
 * Adds the reference server's Engineering framework to the story backend through the API, as Dana (an admin
 * and Ana's manager): Ana placed as Engineer II working towards Senior Engineer, Dana's ratings of her, and a
 * development goal of Ana's on system design, so one of her three gaps is covered.
 */
async function seedCompetencies(client: GoalkitClient): Promise<string> {
  const growth = competencies(client);
  const { id: _id, ...framework } = ENGINEERING;
  await growth.frameworks.create({ id: ENGINEERING.id, ...framework });
  await growth.people.setPlacement('ana', { trackId: 'ic', levelId: 'ic2', targetLevelId: 'ic3' });
  for (const [competencyId, level] of Object.entries(RATINGS))
    await growth.assessments.create('ana', { competencyId, level, at: '2026-02-10T10:00:00Z' });
  await client.objectives.create({
    title: 'Design the import service end to end and take it through design review',
    ownerId: 'ana',
    cycleId: '2026-Q1',
    kind: 'development',
    competencyIds: ['system-design'],
  });
  return 'ana';
}

// One seeding per backend (React may run an effect twice in development).
const seeded = new WeakMap<GoalkitClient, Promise<string>>();

/** Renders `children` with Ana's id once the story backend has her competencies. */
export function SeededCompetencies(props: { client: GoalkitClient; children: (personId: string) => ReactNode }) {
  const { client } = props;
  const [personId, setPersonId] = useState<string>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let live = true;
    const pending = seeded.get(client) ?? seedCompetencies(client);
    seeded.set(client, pending);
    pending.then(
      (id) => live && setPersonId(id),
      (error: unknown) => live && setFailure(String(error)),
    );
    return () => {
      live = false;
    };
  }, [client]);
  if (failure) return <p role="alert">The story could not set up Ana's competencies: {failure}</p>;
  return personId ? props.children(personId) : null;
}
