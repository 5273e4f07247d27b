import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGermanGate, type GermanCatalogs } from './german.js';
import { onGerman } from './german-catalogs.js';

const catalogs = {} as GermanCatalogs;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the embed bundle German gate', () => {
  it('holds German widgets until the catalogs are there, loads them once, and then holds nothing', async () => {
    const load = vi.fn(() => Promise.resolve(catalogs));
    const gate = createGermanGate({ load });
    expect(gate('en')).toBeUndefined();
    expect(gate('fr-FR')).toBeUndefined();
    const first = gate('de');
    const second = gate('de-AT');
    expect(first).toBeInstanceOf(Promise);
    await Promise.all([first, second]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(gate('de')).toBeUndefined();
  });

  it('hands the catalogs to each widget catalog, also to one whose file arrives after them', async () => {
    const early = vi.fn();
    onGerman(early);
    await createGermanGate({ load: () => Promise.resolve(catalogs) })('de');
    expect(early).toHaveBeenCalledWith(catalogs);
    // A tag that first appears now: its file (with its catalog) loads after the German words have.
    const late = vi.fn();
    onGerman(late);
    expect(late).toHaveBeenCalledWith(catalogs);
  });

  it('lets widgets render (in English) when the file hangs, instead of leaving them blank', async () => {
    const gate = createGermanGate({ load: () => new Promise<GermanCatalogs>(() => {}), waitMs: 20 });
    const started = performance.now();
    await gate('de');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('after a failed load, renders in English at once (no retry per widget) until it is time to try again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let clock = 0;
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    const gate = createGermanGate({ load, retryAfterMs: 1000, now: () => clock });
    await gate('de');
    expect(gate('de')).toBeUndefined();
    expect(gate('de-CH')).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
    clock = 1000;
    await gate('de');
    expect(load).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
