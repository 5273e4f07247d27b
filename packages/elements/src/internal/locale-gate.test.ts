import { afterEach, describe, expect, it } from 'vitest';
import '../define/gk-progress.js';
import '../define/gk-key-result.js';
import type { GkKeyResult } from '../gk-key-result/gk-key-result.js';
import type { GkProgress } from '../gk-progress/gk-progress.js';
import { setLocaleGate } from './locale-gate.js';

/** A gate that holds German until the test lets it go (as the embed does while goalkit-de.js loads). */
function holdGerman() {
  let release!: () => void;
  let fail!: (error: Error) => void;
  const loading = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  loading.catch(() => {});
  const asked: string[] = [];
  setLocaleGate((locale) => {
    asked.push(locale);
    return locale.startsWith('de') ? loading : undefined;
  });
  return { release, fail, asked };
}

const mount = <T extends HTMLElement>(markup: string): T => {
  const host = document.createElement('div');
  host.append(document.createRange().createContextualFragment(markup));
  document.body.append(host);
  return host.firstElementChild as T;
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  setLocaleGate(undefined);
  document.body.replaceChildren();
});

describe('the locale gate (how the embed bundle waits for German)', () => {
  it('renders nothing in German until the words are there, then renders in German', async () => {
    const gate = holdGerman();
    const progress = mount<GkProgress>('<gk-progress progress="0.5" locale="de-AT"></gk-progress>');
    const keyResult = mount<GkKeyResult>('<gk-key-result locale="de"></gk-key-result>');
    await settle();
    expect(progress.shadowRoot?.querySelector('[role="meter"]')).toBeNull();
    expect(keyResult.shadowRoot?.textContent?.trim() ?? '').toBe('');
    expect(gate.asked).toEqual(expect.arrayContaining(['de-AT', 'de']));
    gate.release();
    await progress.updateComplete;
    await keyResult.updateComplete;
    expect(progress.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-label')).toBe('Fortschritt');
    expect(keyResult.shadowRoot?.textContent).toContain('Wird geladen');
  });

  it('does not hold other locales', async () => {
    holdGerman();
    const progress = mount<GkProgress>('<gk-progress progress="0.5"></gk-progress>');
    await progress.updateComplete;
    expect(progress.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-label')).toBe('Progress');
  });

  it('renders (in the fallback language) when the words cannot be loaded, instead of staying blank', async () => {
    const gate = holdGerman();
    const progress = mount<GkProgress>('<gk-progress progress="0.5" locale="de"></gk-progress>');
    await settle();
    gate.fail(new Error('offline'));
    await progress.updateComplete;
    expect(progress.shadowRoot?.querySelector('[role="meter"]')).not.toBeNull();
  });
});
