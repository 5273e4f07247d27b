import { describe, expect, it } from 'vitest';
import { keyResult } from './__tests__/widgetFixtures.js';
import { connectCheckInTimeline } from './connectCheckInTimeline.js';
import { connectLoadState } from './connectLoadState.js';

describe('connectLoadState', () => {
  it('offers a retry for an error', () => {
    const view = connectLoadState({ scope: 'objective-card', state: 'error', error: { status: 503 } });
    expect(view.message).toBe('This could not be loaded.');
    expect(view.retryText).toBe('Try again');
    expect(view.retry).toMatchObject({ 'data-part': 'retry', type: 'button' });
  });

  it('says a 404 goal is not there or not visible to the person, with no retry, in English and German', () => {
    const view = connectLoadState({ scope: 'objective-card', state: 'error', error: { status: 404 } });
    expect(view.message).toBe('This goal does not exist or is not visible to you.');
    expect(view.retry).toBeUndefined();
    expect(view.retryText).toBeUndefined();
    expect(view.messagePart.role).toBe('alert');
    const german = connectLoadState({ scope: 'key-result', state: 'error', error: { status: 404 }, locale: 'de' });
    expect(german.message).toBe('Dieses Ziel gibt es nicht, oder Sie dürfen es nicht sehen.');
    expect(german.retry).toBeUndefined();
  });

  it('says a 403 is not for this person, with no retry that could not help, in English and German', () => {
    const view = connectLoadState({ scope: 'calibration-grid', state: 'error', error: { status: 403 } });
    expect(view.message).toBe('You are not allowed to see this.');
    expect(view.retry).toBeUndefined();
    expect(view.messagePart.role).toBe('alert');
    const german = connectLoadState({
      scope: 'calibration-grid',
      state: 'error',
      error: { status: 403 },
      locale: 'de',
    });
    expect(german.message).toBe('Sie dürfen dies nicht sehen.');
  });
});

describe('landmark names', () => {
  it('names each check-in timeline by its key result, so two on a page are told apart', () => {
    const names = [keyResult(), keyResult({ id: 'kr2', title: 'Cut setup time' })].map(
      (kr) => connectCheckInTimeline({ keyResult: kr, checkIns: [] }).root['aria-label'],
    );
    expect(names).toEqual(['Check-ins: Raise week-1 activation from 20% to 35%', 'Check-ins: Cut setup time']);
    expect(connectCheckInTimeline({ keyResult: keyResult(), checkIns: [], locale: 'de' }).root['aria-label']).toBe(
      'Updates: Raise week-1 activation from 20% to 35%',
    );
  });
});
