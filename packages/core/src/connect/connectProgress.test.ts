import { describe, expect, it } from 'vitest';
import { connectProgress } from './connectProgress.js';

describe('connectProgress', () => {
  it('tells a screen reader the progress, the status and the expected pace', () => {
    const view = connectProgress({ progress: 0.4667, expected: 0.5056, status: 'at-risk' });
    expect(view.root.role).toBe('meter');
    expect(view.root['aria-valuenow']).toBe(47);
    expect(view.root['aria-valuetext']).toBe('47%, at risk, 51% expected by today');
    expect(view.marker?.['data-part']).toBe('marker');
    expect(view.root.style).toEqual({ '--gk-progress-value': '0.4667', '--gk-progress-expected': '0.5056' });
  });

  it('shows overachievement unclamped but keeps the meter value within its range', () => {
    const view = connectProgress({ progress: 1, raw: 1.25, status: 'achieved' });
    expect(view.valueText).toBe('125%');
    expect(view.root['aria-valuenow']).toBe(100);
    expect(view.root['data-overachieved']).toBe('');
    expect(view.marker).toBeUndefined();
  });

  it('clamps values outside [0, 1] and treats NaN as no progress', () => {
    expect(connectProgress({ progress: -0.3 }).percent).toBe(0);
    expect(connectProgress({ progress: 7 }).percent).toBe(100);
    expect(connectProgress({ progress: Number.NaN }).valueText).toBe('0%');
  });

  it('speaks German for a German locale, with German number formats', () => {
    const view = connectProgress({ progress: 0.5, expected: 0.25, status: 'on-track', locale: 'de-DE' });
    expect(view.ariaValueText).toBe('50\u00a0%, im Plan, 25\u00a0% bis heute erwartet');
    expect(view.root['aria-label']).toBe('Fortschritt');
  });

  it('never renders undefined attributes', () => {
    const view = connectProgress({ progress: 0.2 });
    expect(Object.values(view.root)).not.toContain(undefined);
    expect('data-status' in view.root).toBe(false);
  });
});
