import type { LiveEvent } from '@goalkit/client';
import { createClient } from '@goalkit/client';
import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { json, routedFetch } from '../test/connected.js';
import { FeedbackThread } from './FeedbackThread/FeedbackThread.js';
import { useGoalkit, useLocale } from './GoalkitContext.js';
import { GoalkitProvider } from './GoalkitProvider.js';

describe('<GoalkitProvider>', () => {
  it('gives hooks its client and locale, and widgets its locale unless they have their own', () => {
    const client = createClient({ baseUrl: 'https://api.test', fetch: async () => json({}) });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <GoalkitProvider client={client} locale="de">
        {children}
      </GoalkitProvider>
    );
    const { result } = renderHook(() => ({ goalkit: useGoalkit(), inherited: useLocale(), own: useLocale('en-GB') }), {
      wrapper,
    });
    expect(result.current.goalkit.client).toBe(client);
    expect(result.current.inherited).toBe('de');
    expect(result.current.own).toBe('en-GB');
  });

  it('explains what to do when a connected widget has no provider', () => {
    expect(() => render(<FeedbackThread objectiveId="o1" />)).toThrow(/outside <GoalkitProvider>/);
  });

  it('applies live events: a new comment elsewhere shows up', async () => {
    const listeners = new Set<(event: LiveEvent) => void>();
    const liveEvents = {
      on: (_type: '*', listener: (event: LiveEvent) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    let items = [
      {
        id: 'c1',
        objectiveId: 'o1',
        kind: 'comment',
        body: 'First',
        authorId: 'u',
        authorName: 'Ana',
        createdAt: '2026-02-14T10:00:00Z',
      },
    ];
    const { fetch } = routedFetch({ 'GET /objectives/o1/comments': () => json({ items }) });
    const client = createClient({ baseUrl: 'https://api.test', fetch, retry: false });
    render(
      <GoalkitProvider client={client} liveEvents={liveEvents}>
        <FeedbackThread objectiveId="o1" />
      </GoalkitProvider>,
    );
    expect(await screen.findByText('First')).toBeInTheDocument();
    items = [...items, { ...items[0], id: 'c2', body: 'From a colleague' } as (typeof items)[number]];
    act(() => {
      for (const listener of listeners) listener({ type: 'comment.created', objectiveId: 'o1', commentId: 'c2' });
    });
    expect(await screen.findByText('From a colleague')).toBeInTheDocument();
  });
});

describe('GoalkitProvider colour scheme', () => {
  it('marks the widgets below with the scheme asked for, without laying anything out', () => {
    const client = createClient({ baseUrl: 'https://api.test', fetch: async () => new Response('{}') });
    const { container } = render(
      <GoalkitProvider client={client} colorScheme="dark">
        <p>child</p>
      </GoalkitProvider>,
    );
    const box = container.querySelector('[data-gk-theme]') as HTMLElement;
    expect(box.getAttribute('data-gk-theme')).toBe('dark');
    expect(box.style.display).toBe('contents');
    expect(box.textContent).toBe('child');
  });
});
