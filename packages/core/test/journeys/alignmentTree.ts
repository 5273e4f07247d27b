/**
 * One scripted keyboard journey through the connected alignment tree, run against both adapters (React in
 * packages/react/src/AlignmentTree/AlignmentTree.journey.test.tsx, lit in
 * packages/elements/src/gk-alignment-tree/gk-alignment-tree.journey.test.ts), both without the filters: both
 * must produce {@link expectedTreeTranscript}, the same requests, focus moves and text (see journey.ts).
 */
import {
  type JourneyDriver,
  jsonReply,
  problemReply,
  recordJourney,
  requestLog,
  type TranscriptEntry,
} from './journey.js';

const node = (id: string, parentId: string | null, title: string, depth: number, childCount = 0) => ({
  id,
  parentId,
  title,
  ownerId: `owner-${id}`,
  ownerName: `Owner ${id}`,
  ownerKind: depth === 0 ? 'org' : 'team',
  alignment: 'contributes',
  state: 'active',
  depth,
  childCount,
  score: { progress: 0.5, expected: 0.5, status: 'on-track', confidence: null, hasData: true },
});

/** A backend: a company goal over the platform (two teams' goals) and sales, whose child loads when opened. */
export function treeJourneyBackend() {
  const log = requestLog();
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { method, path } = log.record(input, init);
    const root = new URL(String(input)).searchParams.get('root');
    if (method === 'GET' && path === '/tree' && root === null) {
      return jsonReply({
        nodes: [
          node('co', null, 'Grow revenue 30%', 0, 2),
          node('eng', 'co', 'Ship the platform', 1, 2),
          node('web', 'eng', 'Faster web app', 2),
          node('api', 'eng', 'Stable public API', 2),
          node('sales', 'co', 'Sign 40 new logos', 1, 1),
        ],
      });
    }
    if (method === 'GET' && path === '/tree' && root === 'sales') {
      return jsonReply({
        nodes: [node('sales', 'co', 'Sign 40 new logos', 0, 1), node('emea', 'sales', 'Win EMEA', 1)],
      });
    }
    return problemReply(404, 'Not found');
  };
  return { fetch, requests: log.requests };
}

const SENTENCES = [
  'Grow revenue 30%',
  'Ship the platform',
  'Faster web app',
  'Stable public API',
  'Sign 40 new logos',
  'Win EMEA',
];

/** Into the tree with Tab, open and enter with the arrows, a child loaded lazily, select, climb back, type-ahead. */
export function runTreeJourney(
  driver: JourneyDriver,
  backend: ReturnType<typeof treeJourneyBackend>,
): Promise<TranscriptEntry[]> {
  return recordJourney(driver, backend.requests, SENTENCES, async (note) => {
    await driver.waitForText('Grow revenue 30%');
    await note('loaded');
    await driver.key('{Tab}');
    await note('tabbed into the tree');
    await driver.key('{ArrowRight}');
    await driver.waitForText('Sign 40 new logos');
    await note('opened the company goal');
    await driver.key('{ArrowDown}{ArrowRight}{ArrowRight}');
    await driver.waitForText('Faster web app');
    await note('opened the platform goal and entered it');
    await driver.key('{ArrowDown}');
    await note('moved down');
    await driver.key('{End}{ArrowRight}');
    await driver.waitForText('Win EMEA');
    await note('opened sales: its child loaded');
    await driver.key('{ArrowRight}{Enter}');
    await note('entered sales and selected its child');
    await driver.key('{ArrowLeft}{ArrowLeft}');
    await note('climbed to sales and closed it');
    await driver.key('{Home}{ArrowLeft}');
    await note('closed the company goal from the top');
    await driver.key('{ArrowRight}si');
    await note('opened it again and typed "si"');
  });
}

/** What both flavours must do. */
export const expectedTreeTranscript: TranscriptEntry[] = [
  { after: 'loaded', focused: 'body', shows: ['Grow revenue 30%'], requests: ['GET /tree?cycle=2026-Q1'] },
  {
    after: 'tabbed into the tree',
    focused: 'treeitem “Grow revenue 30%” level 1, collapsed',
    shows: ['Grow revenue 30%'],
    requests: [],
  },
  {
    after: 'opened the company goal',
    focused: 'treeitem “Grow revenue 30%” level 1, expanded',
    shows: ['Grow revenue 30%', 'Ship the platform', 'Sign 40 new logos'],
    requests: [],
  },
  {
    after: 'opened the platform goal and entered it',
    focused: 'treeitem “Faster web app” level 3',
    shows: SENTENCES.slice(0, 5),
    requests: [],
  },
  {
    after: 'moved down',
    focused: 'treeitem “Stable public API” level 3',
    shows: SENTENCES.slice(0, 5),
    requests: [],
  },
  {
    after: 'opened sales: its child loaded',
    focused: 'treeitem “Sign 40 new logos” level 2, expanded',
    shows: SENTENCES,
    // Only the opened node's children, one level: the rest of the tree is already there.
    requests: ['GET /tree?cycle=2026-Q1&root=sales&depth=1'],
  },
  {
    after: 'entered sales and selected its child',
    focused: 'treeitem “Win EMEA” level 3, selected',
    shows: SENTENCES,
    requests: [],
  },
  {
    after: 'climbed to sales and closed it',
    focused: 'treeitem “Sign 40 new logos” level 2, collapsed',
    shows: SENTENCES.slice(0, 5),
    requests: [],
  },
  {
    after: 'closed the company goal from the top',
    focused: 'treeitem “Grow revenue 30%” level 1, collapsed',
    shows: ['Grow revenue 30%'],
    requests: [],
  },
  {
    // The tree remembers what was open below; the loaded child is not asked for again.
    after: 'opened it again and typed "si"',
    focused: 'treeitem “Sign 40 new logos” level 2, collapsed',
    shows: SENTENCES.slice(0, 5),
    requests: [],
  },
];
