import { describe, expect, it } from 'vitest';
import {
  GkAlignmentTree,
  GkApprovalList,
  GkCheckInForm,
  GkCheckInInbox,
  GkCheckInTimeline,
  GkCycleDashboard,
  GkDigest,
  GkFeedbackThread,
  GkGoalEditor,
  GkKeyResult,
  GkObjectiveCard,
  GkProgress,
  GkProvider,
} from '../index.js';

const TAGS: Record<string, CustomElementConstructor> = {
  'gk-provider': GkProvider,
  'gk-progress': GkProgress,
  'gk-key-result': GkKeyResult,
  'gk-objective-card': GkObjectiveCard,
  'gk-check-in-form': GkCheckInForm,
  'gk-check-in-timeline': GkCheckInTimeline,
  'gk-alignment-tree': GkAlignmentTree,
  'gk-goal-editor': GkGoalEditor,
  'gk-cycle-dashboard': GkCycleDashboard,
  'gk-feedback-thread': GkFeedbackThread,
  'gk-approval-list': GkApprovalList,
  'gk-check-in-inbox': GkCheckInInbox,
  'gk-digest': GkDigest,
};

describe('registration', () => {
  it('importing the classes defines nothing', () => {
    for (const tag of Object.keys(TAGS)) expect(customElements.get(tag)).toBeUndefined();
  });

  it('each define file defines its tag and the tags it uses', async () => {
    await import('./gk-objective-card.js');
    expect(customElements.get('gk-objective-card')).toBe(GkObjectiveCard);
    expect(customElements.get('gk-key-result')).toBe(GkKeyResult);
    expect(customElements.get('gk-progress')).toBe(GkProgress);
  });

  it('tolerates a second copy of every define file on the page', async () => {
    await import('./all.js');
    const { define } = await import('./define.js');
    for (const [tag, elementClass] of Object.entries(TAGS)) {
      expect(customElements.get(tag)).toBe(elementClass);
      expect(() => define(tag, class extends HTMLElement {})).not.toThrow();
      expect(customElements.get(tag)).toBe(elementClass);
    }
  });
});
