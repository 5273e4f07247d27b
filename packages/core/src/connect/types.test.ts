import { describe, expect, it } from 'vitest';
import { part, partSelector } from './types.js';

describe('partSelector', () => {
  it('selects what part() renders, narrowed by more attributes', () => {
    expect(partSelector('cycle-dashboard', 'carry-status')).toBe(
      '[data-scope="cycle-dashboard"][data-part="carry-status"]',
    );
    expect(partSelector('goal-editor', 'add', { 'data-add': 'key-result' })).toBe(
      '[data-scope="goal-editor"][data-part="add"][data-add="key-result"]',
    );
  });

  it('quotes values, so a quote or backslash in one cannot end the selector', () => {
    expect(partSelector('s', 'p', { 'data-id': 'a"]b\\' })).toBe(
      '[data-scope="s"][data-part="p"][data-id="a\\"]b\\\\"]',
    );
  });

  it('drops undefined attributes from part() bags', () => {
    expect(part('s', 'p', { id: undefined, role: 'status' })).toEqual({
      'data-scope': 's',
      'data-part': 'p',
      role: 'status',
    });
  });
});
