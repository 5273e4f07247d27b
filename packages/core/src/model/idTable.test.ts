import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IdTable } from './idTable.js';

/** A table over `ids` (entry n is ids[n]), filled in order; returns the table and what each add said. */
function fill(ids: readonly string[], expected = ids.length) {
  const table = new IdTable(expected, (value) => ids[value]);
  const firsts = ids.map((id, index) => table.add(id, index));
  return { table, firsts };
}

/** What a Map says about the same ids: the index of each id's first use, or -1 at that first use. */
function expectedFirsts(ids: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return ids.map((id, index) => {
    const first = seen.get(id);
    if (first !== undefined) return first;
    seen.set(id, index);
    return -1;
  });
}

const idLists = fc.array(fc.oneof(fc.constantFrom('a', 'b', 'o1', 'kr1'), fc.string({ maxLength: 6 })), {
  maxLength: 200,
  // Long enough lists that an undersized table (expected: 1 or 8) fills up and moves to its Map.
  size: 'max',
});

describe('IdTable', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers as a Map would: first uses, duplicates, lookups, size and first ids', () => {
    fc.assert(
      fc.property(idLists, fc.constantFrom(0, 1, 8), (ids, expected) => {
        // `expected` below the real count overfills the table, which must then keep working.
        const { table, firsts } = fill(ids, expected || ids.length);
        expect(firsts).toEqual(expectedFirsts(ids));
        const distinct = [...new Set(ids)];
        expect(table.size).toBe(distinct.length);
        for (const id of distinct) expect(table.get(id)).toBe(ids.indexOf(id));
        expect(table.get('not-an-id-here')).toBe(-1);
        expect(table.firstIds(8)).toEqual(distinct.slice(0, 8));
      }),
    );
  });

  it('grows past the count it expected, and answers lookups in any order, repeated or not', () => {
    const ids = Array.from({ length: 1000 }, (_, index) => `kr${index}`);
    const { table, firsts } = fill(ids, 4);
    expect(firsts.every((first) => first === -1)).toBe(true);
    expect(table.size).toBe(1000);
    for (const index of [999, 999, 0, 0, 500, 999, 1]) expect(table.get(`kr${index}`)).toBe(index);
    // A miss is never remembered: the id can be added afterwards and is then found.
    expect(table.get('late')).toBe(-1);
    ids.push('late');
    expect(table.add('late', 1000)).toBe(-1);
    expect(table.get('late')).toBe(1000);
    expect(table.add('kr999', 1001)).toBe(999);
    expect(table.firstIds(3)).toEqual(['kr0', 'kr1', 'kr2']);
  });

  it('names its first ids without going through the whole table', () => {
    // Every unresolved reference of a document names a few ids to choose from: that must not cost a
    // pass over (and a sort of) every id each time.
    const ids = Array.from({ length: 1000 }, (_, index) => `o${index}`);
    const { table } = fill(ids);
    const wholeTable = vi.spyOn(IdTable.prototype as unknown as { values: () => number[] }, 'values');
    for (let problem = 0; problem < 100; problem++) expect(table.firstIds(8)).toEqual(ids.slice(0, 8));
    expect(wholeTable).not.toHaveBeenCalled();
  });

  it('stays right when every id hashes alike (ids crafted to collide)', () => {
    vi.spyOn(IdTable.prototype as unknown as { hash: () => number }, 'hash').mockReturnValue(7);
    const ids = Array.from({ length: 500 }, (_, index) => `id${index % 400}`);
    const { table, firsts } = fill(ids);
    expect(firsts).toEqual(expectedFirsts(ids));
    expect(table.size).toBe(400);
    expect(table.get('id399')).toBe(399);
    expect(table.get('id400')).toBe(-1);
    expect(table.firstIds(3)).toEqual(['id0', 'id1', 'id2']);
  });
});
