import type { Person } from '@goalkit/client';
import { describe, expect, it } from 'vitest';
import { Access, type OwnerRow } from './access.js';

const owners: OwnerRow[] = [
  { id: 'acme', kind: 'org', name: 'Acme', parent_id: null, manager_id: 'ceo' },
  { id: 'product', kind: 'department', name: 'Product', parent_id: 'acme', manager_id: 'head' },
  // A team without its own manager: the department's managers manage it.
  { id: 'platform', kind: 'team', name: 'Platform', parent_id: 'product', manager_id: null },
  { id: 'ceo', kind: 'person', name: 'Ana', parent_id: 'acme', manager_id: null },
  { id: 'head', kind: 'person', name: 'Chloé', parent_id: 'product', manager_id: 'ceo' },
  { id: 'lead', kind: 'person', name: 'Dev', parent_id: 'platform', manager_id: 'head' },
  { id: 'emre', kind: 'person', name: 'Emre', parent_id: 'platform', manager_id: 'lead' },
  { id: 'fatima', kind: 'person', name: 'Fatima', parent_id: 'platform', manager_id: 'lead' },
];
const person = (id: string, role: Person['role'] = 'member'): Person => {
  const row = owners.find((o) => o.id === id);
  return { id, name: row?.name ?? id, role, teamId: row?.parent_id ?? null, managerId: row?.manager_id ?? null };
};

describe('who may see, edit and approve', () => {
  const access = new Access(() => owners);

  it('follows managers up the chain, and a team without a manager to its department’s', () => {
    expect([...access.managerChain('emre')]).toEqual(['lead', 'head', 'ceo']);
    expect([...access.managerChain('platform')]).toEqual(['head', 'ceo']);
  });

  it('shows a private goal to its owner, their team and the managers above, not to a peer', () => {
    const emresPrivate = { visibility: 'private', owner_id: 'emre' };
    expect(access.canSee(person('emre'), emresPrivate)).toBe(true);
    expect(access.canSee(person('lead', 'manager'), emresPrivate)).toBe(true);
    expect(access.canSee(person('fatima'), emresPrivate)).toBe(false);
    expect(access.canSee(person('fatima'), { visibility: 'private', owner_id: 'platform' })).toBe(true);
  });

  it('lets the author propose and withdraw, and the manager approve or return but not withdraw', () => {
    expect(access.allowedTransitions(person('emre'), { state: 'draft', owner_id: 'emre' })).toEqual(['propose']);
    expect(access.allowedTransitions(person('emre'), { state: 'proposed', owner_id: 'emre' })).toEqual(['withdraw']);
    expect(access.allowedTransitions(person('lead', 'manager'), { state: 'proposed', owner_id: 'emre' })).toEqual([
      'approve',
      'return',
    ]);
    expect(access.allowedTransitions(person('fatima'), { state: 'proposed', owner_id: 'emre' })).toEqual([]);
  });
});
