import { describe, expect, it } from 'vitest';
import { objective } from './__tests__/widgetFixtures.js';
import {
  type ApprovalItemData,
  type ApprovalListEvent,
  type ApprovalListState,
  approvalListReducer,
  connectApprovalList,
  initApprovalList,
} from './connectApprovalList.js';

const run = (state: ApprovalListState, ...events: ApprovalListEvent[]) => events.reduce(approvalListReducer, state);
const items: ApprovalItemData[] = [
  {
    objective: objective({ id: 'o2', title: 'Cut the on-call load', state: 'proposed' }),
    ownerName: 'Platform',
    proposedAt: '2026-11-15T09:00:00Z',
    proposedByName: 'Ana',
  },
  {
    objective: objective({ id: 'o1', title: 'Make onboarding effortless', state: 'proposed' }),
    ownerName: 'Ana',
    proposedAt: '2026-11-12T09:00:00Z',
    proposedByName: 'Ana',
  },
];
const now = '2026-11-16T12:00:00Z';

describe('approval list', () => {
  it('lists the oldest proposal first, with what it measures and Approve named by its goal', () => {
    const view = connectApprovalList({ items, state: initApprovalList(), now, idBase: 'a' });
    expect(view.headingText).toBe('Waiting for your approval');
    expect(view.countText).toBe('2 goals');
    expect(view.items.map((i) => i.titleText)).toEqual(['Make onboarding effortless', 'Cut the on-call load']);
    const first = view.items[0];
    expect(first?.proposedText).toBe('Proposed by Ana, 4 days ago');
    expect(first?.keyResultsText).toBe('2 key results');
    expect(first?.keyResultTitles).toHaveLength(2);
    expect(first?.approve['aria-label']).toBe('Approve “Make onboarding effortless”');
    expect(first?.openReturn['aria-expanded']).toBe('false');
    expect(first?.returnPanel.id).toBe(first?.openReturn['aria-controls']);
    expect(first?.returnPanel.hidden).toBe(true);
    expect(first?.item['aria-labelledby']).toBe(first?.title.id);
    expect(connectApprovalList({ items: [], state: initApprovalList(), locale: 'de' }).emptyText).toBe(
      'Nichts wartet auf Ihre Freigabe.',
    );
  });

  it('returns only with a comment, and says what was done', () => {
    const tried = run(initApprovalList(), { type: 'act', objectiveId: 'o1', action: 'return' });
    const view = connectApprovalList({ items, state: tried, now });
    expect(view.items[0]?.errorText).toBe('Say what should change before returning it.');
    expect(view.items[0]?.commentInput['aria-invalid']).toBe('true');
    expect(tried.items.o1?.acting).toBeUndefined();
    const sent = run(
      tried,
      { type: 'comment', objectiveId: 'o1', value: 'Add a baseline for activation' },
      { type: 'act', objectiveId: 'o1', action: 'return' },
    );
    const sending = connectApprovalList({ items, state: sent, now });
    expect(sending.items[0]?.returnDetail).toEqual({
      objectiveId: 'o1',
      action: 'return',
      comment: 'Add a baseline for activation',
    });
    expect(sending.items[0]?.statusText).toBe('Returning…');
    // A second click while it is on its way does nothing.
    expect(run(sent, { type: 'act', objectiveId: 'o1', action: 'approve' })).toBe(sent);
    const done = run(sent, { type: 'acted', objectiveId: 'o1', title: 'Make onboarding effortless' });
    expect(connectApprovalList({ items, state: done }).announcementText).toBe(
      '“Make onboarding effortless” went back to its owner with your comment.',
    );
  });

  it('keeps the comment and says so when an action fails', () => {
    const failed = run(
      initApprovalList(),
      { type: 'open-return', objectiveId: 'o2' },
      { type: 'comment', objectiveId: 'o2', value: 'Too many key results' },
      { type: 'act', objectiveId: 'o2', action: 'return' },
      { type: 'failed', objectiveId: 'o2' },
    );
    const item = connectApprovalList({ items, state: failed, now }).items[1];
    expect(item?.statusText).toBe('This could not be saved. Nothing changed; try again.');
    expect(item?.status.role).toBe('alert');
    expect(item?.comment).toBe('Too many key results');
    expect(item?.returning).toBe(true);
    expect(item?.returnPanel.hidden).toBeUndefined();
  });
});
