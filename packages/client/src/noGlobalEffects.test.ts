import { expect, it } from 'vitest';
import * as z from 'zod/mini';

it('leaves the host application’s zod settings as they are', async () => {
  const before = { ...z.config() };
  const { createClient } = await import('./index.js');
  createClient({ baseUrl: 'https://api.test', fetch: async () => new Response('{}') });
  expect(z.config()).toEqual(before);
  expect(z.config().jitless).toBeUndefined();
});
