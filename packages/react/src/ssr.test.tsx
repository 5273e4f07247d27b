// @vitest-environment node
import { createClient, goalkitQueries } from '@goalkit/client';
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { keyResultFixture, objectiveFixture } from '../../client/test/fixtures.js';
import {
  AlignmentTree,
  CheckInForm,
  CheckInTimeline,
  CycleDashboard,
  FeedbackThread,
  GoalEditor,
  GoalkitProvider,
  KeyResult,
  ObjectiveCard,
  ProgressMeter,
} from './index.js';

const xss = '<img src=x onerror=alert(1)>';
const node = {
  id: 'n',
  parentId: null,
  title: xss,
  ownerId: 'o',
  ownerName: 'Ana',
  childCount: 0,
  score: objectiveFixture().score,
};

describe('server rendering without a DOM', () => {
  it.each([
    ['ProgressMeter', <ProgressMeter key="p" progress={0.4} label={xss} />],
    ['KeyResult', <KeyResult key="k" keyResult={keyResultFixture({ title: xss })} now="2026-02-15" />],
    ['ObjectiveCard', <ObjectiveCard key="o" objective={objectiveFixture({ title: xss })} />],
    ['CheckInForm', <CheckInForm key="c" keyResult={keyResultFixture({ title: xss })} />],
    [
      'CheckInTimeline',
      <CheckInTimeline
        key="t"
        keyResult={keyResultFixture()}
        checkIns={[{ id: 'c', at: '2026-02-01', value: 22, confidence: null, note: xss }]}
        cycle={{ start: '2026-01-01', end: '2026-03-31' }}
      />,
    ],
    ['AlignmentTree', <AlignmentTree key="a" nodes={[node]} />],
    ['GoalEditor', <GoalEditor key="g" objective={objectiveFixture({ title: xss })} />],
    ['CycleDashboard', <CycleDashboard key="d" objectives={[objectiveFixture({ title: xss })]} now="2026-02-15" />],
    [
      'FeedbackThread',
      <FeedbackThread
        key="f"
        objectiveId="o1"
        comments={[{ id: 'c', kind: 'comment', body: xss, authorName: 'Ana', createdAt: '2026-02-14T10:00:00Z' }]}
      />,
    ],
  ])('%s renders in Node, user text escaped', (_name, element) => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(element);
    expect(html).toContain('data-scope=');
    expect(html).not.toContain('<img');
  });
});

describe('server rendering of a connected widget (the README recipe)', () => {
  it('renders the data a prefetched query cache holds, fetched with the same query options', async () => {
    const fetch: typeof globalThis.fetch = async () =>
      new Response(JSON.stringify(objectiveFixture({ id: 'o-123' })), {
        headers: { 'content-type': 'application/json' },
      });
    const client = createClient({ baseUrl: 'https://hr.example.com/api/goalkit', fetch, getToken: () => 't' });
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(goalkitQueries(client).objectives.detail('o-123'));
    const html = renderToString(
      <GoalkitProvider client={client} queryClient={queryClient}>
        <ObjectiveCard objectiveId="o-123" />
      </GoalkitProvider>,
    );
    expect(html).toContain('Make onboarding effortless for new customers');
    expect(html).not.toContain('Loading');
  });
});
