import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Autoloader, type AutoloaderOptions, createAutoloader } from './autoloader.js';

let run = 0;
const loaders: Autoloader[] = [];

afterEach(() => {
  for (const loader of loaders.splice(0)) loader.disconnect();
  document.body.replaceChildren();
});

/**
 * Tags of its own for each test (a tag is defined once per page), each with an import that records
 * when it was asked for and defines the tag, as a widget's file does.
 */
function setup(names: string[], options: AutoloaderOptions = {}) {
  run += 1;
  const tag = (name: string) => `gk-${name}-${run}`;
  const asked: string[] = [];
  const release = new Map<string, () => void>();
  const widgets = Object.fromEntries(
    names.map((name) => [
      tag(name),
      vi.fn(async () => {
        asked.push(name);
        if (name.startsWith('slow')) await new Promise<void>((resolve) => release.set(name, resolve));
        customElements.define(tag(name), class extends HTMLElement {});
      }),
    ]),
  );
  const start = (extra: AutoloaderOptions = {}) => {
    const loader = createAutoloader(widgets, { ...options, ...extra });
    loaders.push(loader);
    return loader;
  };
  return { tag, asked, widgets, start, release: (name: string) => release.get(name)?.() };
}

const add = (html: string) => document.body.append(document.createRange().createContextualFragment(html));

describe('the embed autoloader', () => {
  it('defines the tags in the page when it starts, each once, and no other', async () => {
    const { tag, asked, widgets, start } = setup(['card', 'thread', 'editor']);
    add(
      `<${tag('card')}></${tag('card')}><section><${tag('card')}></${tag('card')}><${tag('thread')}></${tag('thread')}></section>`,
    );
    start();
    await customElements.whenDefined(tag('card'));
    await customElements.whenDefined(tag('thread'));
    expect(asked.sort()).toEqual(['card', 'thread']);
    expect(widgets[tag('card')]).toHaveBeenCalledTimes(1);
    expect(customElements.get(tag('editor'))).toBeUndefined();
  });

  it('defines a tag the page adds later, by itself or inside what it adds, created by script or as HTML', async () => {
    const { tag, asked, start } = setup(['card', 'thread', 'editor']);
    start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toEqual([]);
    document.body.append(document.createElement(tag('card')));
    const section = document.createElement('section');
    section.append(document.createElement('div'));
    section.firstElementChild?.append(document.createElement(tag('thread')));
    document.body.append(section);
    add(`<p><${tag('editor')}></${tag('editor')}></p>`);
    await Promise.all(['card', 'thread', 'editor'].map((name) => customElements.whenDefined(tag(name))));
    expect(asked).toEqual(['card', 'thread', 'editor']);
  });

  it('fetches the tags a tag renders together with it', async () => {
    const { tag, asked, start } = setup(['card', 'key-result', 'progress', 'thread']);
    add(`<${tag('card')}></${tag('card')}>`);
    start({ renders: { [tag('card')]: [tag('key-result'), tag('progress')] } });
    // All three asked for at once, before the card's own file has even resolved.
    expect(asked).toEqual(['card', 'key-result', 'progress']);
    await customElements.whenDefined(tag('progress'));
  });

  it('holds the widgets while a container in the page is not defined, then defines them after it', async () => {
    const { tag, asked, start, release } = setup(['slow-provider', 'card', 'thread']);
    add(
      `<${tag('slow-provider')}><${tag('card')}></${tag('card')}></${tag('slow-provider')}><${tag('thread')}></${tag('thread')}>`,
    );
    start({ container: tag('slow-provider') });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toEqual(['slow-provider']);
    expect(customElements.get(tag('card'))).toBeUndefined();
    release('slow-provider');
    await customElements.whenDefined(tag('card'));
    await customElements.whenDefined(tag('thread'));
    expect(asked.sort()).toEqual(['card', 'slow-provider', 'thread']);
  });

  it('without a container in the page, widgets load at once', async () => {
    const { tag, asked, start } = setup(['slow-provider', 'card']);
    add(`<${tag('card')}></${tag('card')}>`);
    start({ container: tag('slow-provider') });
    await customElements.whenDefined(tag('card'));
    expect(asked).toEqual(['card']);
  });

  it('load() defines a tag on request and resolves with its class; an unknown tag is a TypeError naming the tags', async () => {
    const { tag, start } = setup(['card']);
    const loader = start();
    const card = await loader.load(tag('card'));
    expect(card).toBe(customElements.get(tag('card')));
    await expect(loader.load('gk-nope')).rejects.toThrow(
      new TypeError(`goalkit has no <gk-nope>: the tags it defines are ${tag('card')}.`),
    );
  });

  it('reports a file that failed to load, and tries again when the tag next appears', async () => {
    run += 1;
    const tag = `gk-flaky-${run}`;
    let attempts = 0;
    const onError = vi.fn();
    const loader = createAutoloader(
      {
        [tag]: async () => {
          attempts += 1;
          if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
          customElements.define(tag, class extends HTMLElement {});
        },
      },
      { onError },
    );
    loaders.push(loader);
    document.body.append(document.createElement(tag));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(tag, expect.any(TypeError)));
    expect(customElements.get(tag)).toBeUndefined();
    document.body.append(document.createElement(tag));
    await customElements.whenDefined(tag);
    expect(attempts).toBe(2);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
