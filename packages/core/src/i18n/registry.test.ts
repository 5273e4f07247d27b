import { describe, expect, it, vi } from 'vitest';

/** A fresh module graph, without the German the test setup registers: what an app gets before it imports German. */
async function fresh() {
  vi.resetModules();
  const registry = await import('./registry.js');
  const { getTreeMessages } = await import('./treeMessages.js');
  const { getMessages } = await import('./messages.js');
  return { ...registry, getTreeMessages, getMessages };
}

describe('languages registered at run time', () => {
  it('speaks English until German is imported, then German, and tells whoever listens', async () => {
    const { getTreeMessages, getMessages, hasMessages, subscribeMessages, messagesVersion } = await fresh();
    expect(hasMessages('de-AT')).toBe(false);
    expect(hasMessages('en-GB')).toBe(true);
    expect(hasMessages('fr')).toBe(true);
    const english = getTreeMessages('de');
    expect(english).toBe(getTreeMessages('en'));
    expect(getMessages('de').status['on-track']).toBe('on track');
    const heard = vi.fn();
    const stop = subscribeMessages(heard);
    const before = messagesVersion();

    await import('./de/index.js');

    expect(heard).toHaveBeenCalledTimes(1);
    expect(messagesVersion()).toBeGreaterThan(before);
    expect(hasMessages('de-AT')).toBe(true);
    expect(getTreeMessages('de-AT')).not.toBe(english);
    expect(getMessages('de').status['on-track']).toBe('im Plan');
    stop();
  });

  it('lets an app replace one catalog and keeps the others', async () => {
    const { getTreeMessages, getMessages, registerMessages } = await fresh();
    await import('./de/index.js');
    const ours = { ...getTreeMessages('de'), noMatches: 'Nichts gefunden.' };
    registerMessages('de', { tree: ours });
    expect(getTreeMessages('de').noMatches).toBe('Nichts gefunden.');
    expect(getMessages('de').status['on-track']).toBe('im Plan');
  });
});
