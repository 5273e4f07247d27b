import { bench, describe } from 'vitest';
import { createClient } from '../src/index.js';
import { keyResultFixture, objectiveFixture } from '../test/fixtures.js';

// What the client adds to one request: URL building, headers, the timeout and abort wiring, error
// mapping and validating the reply against the contract. Both sides get the same reply from the same
// in-memory fetch, so the difference between them is the client's own cost, not the network's.
const small = JSON.stringify(objectiveFixture());
const large = JSON.stringify(
  objectiveFixture({
    keyResults: Array.from({ length: 8 }, (_, i) => keyResultFixture({ id: `kr${i}`, title: `Key result ${i}` })),
  }),
);

// Longer than the default 500 ms: on a shared two-core machine the median needs the samples.
const options = { time: 1500, warmupTime: 300 };

const inMemoryFetch = (body: string) =>
  (async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })) as typeof fetch;

for (const [name, body] of [
  ['objective with 1 key result', small],
  ['objective with 8 key results', large],
] as const) {
  describe(`client overhead per request (${name}, ${body.length} bytes)`, () => {
    const fetch = inMemoryFetch(body);
    const client = createClient({ baseUrl: 'https://hr.example.com/api/goalkit', fetch });
    bench(
      'createClient().objectives.get(id)',
      async () => {
        await client.objectives.get('o1');
      },
      options,
    );
    bench(
      'bare fetch + JSON.parse (baseline)',
      async () => {
        const response = await fetch('https://hr.example.com/api/goalkit/objectives/o1', {
          headers: { accept: 'application/json' },
        });
        JSON.parse(await response.text());
      },
      options,
    );
  });
}
