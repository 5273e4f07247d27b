import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGermanGate, type GermanCatalogs } from './german.js';

const catalogs = {} as GermanCatalogs;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the German gate', () => {
  it('holds German widgets until the catalogs are there, loads and registers them once, then holds nothing', async () => {
    let registered = false;
    const register = vi.fn(() => {
      registered = true;
    });
    const load = vi.fn(() => Promise.resolve(catalogs));
    const gate = createGermanGate({ load, has: () => registered, register });
    expect(gate('en')).toBeUndefined();
    expect(gate('fr-FR')).toBeUndefined();
    const first = gate('de');
    const second = gate('de-AT');
    expect(first).toBeInstanceOf(Promise);
    await Promise.all([first, second]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith(catalogs);
    expect(gate('de')).toBeUndefined();
  });

  it('holds nothing when the app registered German itself', () => {
    const load = vi.fn(() => Promise.resolve(catalogs));
    expect(createGermanGate({ load, has: () => true })('de')).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
  });

  it('lets widgets render (in English) when the file hangs, instead of leaving them blank', async () => {
    const gate = createGermanGate({ load: () => new Promise<GermanCatalogs>(() => {}), has: () => false, waitMs: 20 });
    const started = performance.now();
    await gate('de');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('after a failed load, renders in English at once (no retry per widget) until it is time to try again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let clock = 0;
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    const gate = createGermanGate({ load, has: () => false, retryAfterMs: 1000, now: () => clock });
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
