import { bench, describe } from 'vitest';
import { connectProgress } from '../src/connect/connectProgress.js';

// A widget recomputes its view-model on every render: this is the per-render cost of a progress meter.
describe('connect', () => {
  let i = 0;
  bench('connectProgress (one meter, en)', () => {
    i = (i + 1) % 100;
    connectProgress({ progress: i / 100, expected: 0.5, status: 'on-track' });
  });
  bench('connectProgress (one meter, de)', () => {
    i = (i + 1) % 100;
    connectProgress({ progress: i / 100, expected: 0.5, status: 'at-risk', locale: 'de' });
  });
});
