import { afterEach, describe, expect, it } from 'vitest';
import '../define/gk-alignment-tree.js';
import {
  expectedTreeTranscript,
  runTreeJourney,
  treeJourneyBackend,
} from '../../../core/test/journeys/alignmentTree.js';
import { mountConnected } from '../../test/connected.js';
import { litJourneyDriver } from '../../test/journeyDriver.js';
import type { GkAlignmentTree } from './gk-alignment-tree.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<gk-alignment-tree>, the shared journey (the React widget runs the same one)', () => {
  it('moves focus the same way, opens and loads the same nodes and shows the same text, by keyboard alone', async () => {
    const backend = treeJourneyBackend();
    const { element } = mountConnected<GkAlignmentTree>(
      '<gk-alignment-tree cycle="2026-Q1" hide-filters></gk-alignment-tree>',
      'gk-alignment-tree',
      backend.fetch,
    );
    expect(await runTreeJourney(litJourneyDriver(element), backend)).toEqual(expectedTreeTranscript);
  });
});
