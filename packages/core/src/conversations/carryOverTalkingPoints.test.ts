import { describe, expect, it } from 'vitest';
import { carryOverTalkingPoints, type TalkingPointLike } from './carryOverTalkingPoints.js';

const point = (id: string, extra: Partial<TalkingPointLike> = {}): TalkingPointLike => ({
  id,
  authorId: 'ana',
  text: `Point ${id}`,
  visibility: 'shared',
  done: false,
  recurring: false,
  carriedFrom: null,
  links: { objectiveIds: [], keyResultIds: [] },
  ...extra,
});

describe('carryOverTalkingPoints', () => {
  it('carries unchecked points and recurring ones (unchecked again), in order, and leaves done ones behind', () => {
    const carried = carryOverTalkingPoints([
      point('a'),
      point('b', { done: true }),
      point('c', { done: true, recurring: true, authorId: 'ben', visibility: 'private', text: 'Career plan' }),
      point('d', { recurring: true }),
    ]);
    expect(carried).toEqual([
      {
        authorId: 'ana',
        text: 'Point a',
        visibility: 'shared',
        done: false,
        recurring: false,
        carriedFrom: 'a',
        links: { objectiveIds: [], keyResultIds: [] },
      },
      {
        authorId: 'ben',
        text: 'Career plan',
        visibility: 'private',
        done: false,
        recurring: true,
        carriedFrom: 'c',
        links: { objectiveIds: [], keyResultIds: [] },
      },
      {
        authorId: 'ana',
        text: 'Point d',
        visibility: 'shared',
        done: false,
        recurring: true,
        carriedFrom: 'd',
        links: { objectiveIds: [], keyResultIds: [] },
      },
    ]);
  });

  it('names the original point however often it was carried', () => {
    let points: TalkingPointLike[] = [point('origin')];
    for (let meeting = 1; meeting <= 3; meeting++) {
      points = carryOverTalkingPoints(points).map((p, i) => ({ ...p, id: `m${meeting}-${i}` }));
    }
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ id: 'm3-0', carriedFrom: 'origin', text: 'Point origin' });
  });

  it('keeps the links, copied so that editing them leaves the previous point alone', () => {
    const links = { objectiveIds: ['o1'], keyResultIds: ['kr1', 'kr2'] };
    const [carried] = carryOverTalkingPoints([point('a', { links })]);
    expect(carried?.links).toEqual(links);
    carried?.links.keyResultIds.push('kr3');
    expect(links.keyResultIds).toEqual(['kr1', 'kr2']);
  });

  it('carries nothing from an empty meeting or one where everything was done', () => {
    expect(carryOverTalkingPoints([])).toEqual([]);
    expect(carryOverTalkingPoints([point('a', { done: true })])).toEqual([]);
  });
});
