import { afterEach, describe, expect, it } from 'vitest';
import '../define/gk-objective-card.js';
import { objectiveFixture } from '../../test/connected.js';
import type { GkObjectiveCard } from '../gk-objective-card/gk-objective-card.js';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.style.colorScheme = '';
});

async function card(wrapper: string) {
  const host = document.createElement('div');
  host.append(document.createRange().createContextualFragment(wrapper));
  document.body.append(host);
  const element = document.createElement('gk-objective-card') as GkObjectiveCard;
  element.objective = objectiveFixture();
  (host.querySelector('[data-slot]') ?? host).append(element);
  await element.updateComplete;
  const root = element.shadowRoot?.querySelector('[data-part="root"]') as HTMLElement;
  const progress = element.shadowRoot?.querySelector('gk-progress') as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await progress.updateComplete;
  return {
    element,
    surface: getComputedStyle(root).backgroundColor,
    progressScheme: progress.getAttribute('data-gk-scheme'),
  };
}

describe('the colour scheme of a widget', () => {
  it('is light on a page that says nothing, whatever the OS prefers', async () => {
    const { element, surface } = await card('');
    expect(element.getAttribute('data-gk-scheme')).toBe('light');
    expect(surface).toBe('rgb(255, 255, 255)');
  });

  it('follows the host page’s color-scheme', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const { element, surface } = await card('');
    expect(element.getAttribute('data-gk-scheme')).toBe('dark');
    expect(surface).toBe('rgb(15, 20, 26)');
  });

  it('takes data-gk-theme from an ancestor, and passes it into nested widgets', async () => {
    const { element, surface, progressScheme } = await card(
      '<section data-gk-theme="dark"><div data-slot></div></section>',
    );
    expect(element.getAttribute('data-gk-scheme')).toBe('dark');
    expect(surface).toBe('rgb(15, 20, 26)');
    expect(progressScheme).toBe('dark');
  });
});
