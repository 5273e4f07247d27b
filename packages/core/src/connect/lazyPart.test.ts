import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from './lazyPart.js';

describe('lazyPart', () => {
  it('loads once however many widgets ask, and is there synchronously afterwards', async () => {
    const load = vi.fn(() => Promise.resolve('linter'));
    const part = lazyPart(load);
    expect(part.current()).toBeUndefined();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect([a, b, part.current()]).toEqual(['linter', 'linter', 'linter']);
    await part.load();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load and tries again on the next one', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('linter');
    const part = lazyPart(load);
    await expect(part.load()).rejects.toThrow('Failed to fetch');
    expect(part.failed()).toBe(true);
    expect(part.current()).toBeUndefined();
    await expect(part.load()).resolves.toBe('linter');
    expect(part.failed()).toBe(false);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
