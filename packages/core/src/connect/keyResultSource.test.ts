import { describe, expect, it } from 'vitest';
import { keyResult, objective } from './__tests__/widgetFixtures.js';
import { connectKeyResult } from './connectKeyResult.js';
import { objectiveEditable } from './controller.js';
import {
  createKeyResultSyncController,
  keyResultSourceView,
  keyResultSyncText,
  keyResultSyncTransition,
} from './keyResultSource.js';

const now = '2026-02-15T12:00:00Z';
const pulled = (lastSync?: { at: string; ok: boolean; error?: string | null; recorded?: number } | null) =>
  keyResult({
    source: { mode: 'pull', connector: 'http-json', config: { url: 'https://x.test/a' }, lastSync: lastSync ?? null },
  });

describe('keyResultSourceView', () => {
  it('says nothing for people checking in, and "Values from a system" for a push', () => {
    expect(keyResultSourceView(keyResult(), { now })).toMatchObject({
      mode: 'manual',
      state: 'manual',
      text: undefined,
    });
    expect(keyResultSourceView(keyResult({ source: { mode: 'manual' } }), { now }).text).toBeUndefined();
    expect(keyResultSourceView(keyResult({ source: { mode: 'push' } }), { now })).toMatchObject({
      state: 'push',
      text: 'Values from a system',
    });
  });

  it('names the connector and when it last synced, or that it has not yet', () => {
    expect(keyResultSourceView(pulled({ at: '2026-02-15T10:00:00Z', ok: true }), { now }).text).toBe(
      'From JSON over HTTP · synced 2 hours ago',
    );
    expect(keyResultSourceView(pulled(), { now })).toMatchObject({
      state: 'never',
      text: 'From JSON over HTTP · not synced yet',
    });
    const csv = keyResult({ source: { mode: 'pull', connector: 'csv' } });
    expect(keyResultSourceView(csv, { now }).connectorLabel).toBe('CSV file or URL');
    const custom = keyResult({ source: { mode: 'pull', connector: 'warehouse' } });
    expect(keyResultSourceView(custom, { now }).connectorLabel).toBe('warehouse');
  });

  it('says a failed sync and its error in words, as plain text', () => {
    const view = keyResultSourceView(pulled({ at: '2026-02-15T11:55:00Z', ok: false, error: '<b>timeout</b>' }), {
      now,
    });
    expect(view).toMatchObject({ state: 'failed', text: 'Sync failed 5 minutes ago: <b>timeout</b>' });
    expect(keyResultSourceView(pulled({ at: now, ok: false }), { now }).text).toBe(
      'Sync failed this minute: no reason given',
    );
  });

  it('speaks German', () => {
    expect(keyResultSourceView(pulled({ at: '2026-02-15T10:00:00Z', ok: true }), { now, locale: 'de' }).text).toBe(
      'Aus JSON über HTTP · abgeglichen vor 2 Stunden',
    );
  });
});

describe('objectiveEditable', () => {
  it('reads who may edit from the lifecycle actions the server allows, and never a closed goal', () => {
    expect(objectiveEditable(objective({ state: 'active', allowedTransitions: ['close'] }))).toBe(true);
    expect(objectiveEditable(objective({ state: 'active', allowedTransitions: [] }))).toBe(false);
    expect(objectiveEditable({ state: 'active' })).toBe(false);
    expect(objectiveEditable(objective({ state: 'closed', allowedTransitions: ['reopen'] }))).toBe(false);
  });
});

describe('connectKeyResult with a source', () => {
  it('offers Sync now only on a pulled key result the viewer may sync', () => {
    expect(connectKeyResult({ keyResult: pulled(), now, canSync: true }).syncText).toBe('Sync now');
    expect(connectKeyResult({ keyResult: pulled(), now }).syncText).toBeUndefined();
    expect(connectKeyResult({ keyResult: keyResult({ source: { mode: 'push' } }), now, canSync: true }).syncText).toBe(
      undefined,
    );
    const view = connectKeyResult({ keyResult: pulled(), now, canSync: true, sync: { status: 'syncing' } });
    expect(view.sync).toMatchObject({
      type: 'button',
      'aria-disabled': 'true',
      'aria-label': expect.stringMatching(/^Sync now/),
    });
    expect(view.syncStatus.role).toBe('status');
    expect(view.syncStatusText).toBe('Syncing…');
    expect(view.source['data-state']).toBe('never');
  });
});

describe('Sync now', () => {
  it('runs one sync at a time and says how it went', async () => {
    let calls = 0;
    let answer: (value: unknown) => void = () => {};
    const controller = createKeyResultSyncController({
      sync: () => {
        calls++;
        return new Promise((resolve) => {
          answer = resolve;
        });
      },
    });
    controller.send({ type: 'sync' });
    controller.send({ type: 'sync' });
    expect(calls).toBe(1);
    expect(controller.getSnapshot().status).toBe('syncing');
    answer({ lastSync: { at: now, ok: true, recorded: 3 } });
    await Promise.resolve();
    await Promise.resolve();
    expect(keyResultSyncText(controller.getSnapshot())).toBe('Synced: 3 values recorded.');
  });

  it('says a failed pull and a refused request in words', async () => {
    const failing = createKeyResultSyncController({
      sync: () => Promise.reject({ status: 400, problems: [{ path: 'state', message: 'the goal is closed' }] }),
    });
    failing.send({ type: 'sync' });
    await new Promise((r) => setTimeout(r));
    expect(keyResultSyncText(failing.getSnapshot())).toBe('Could not sync: the goal is closed');
    const pulledBadly = keyResultSyncTransition(
      { status: 'syncing' },
      {
        type: 'synced',
        lastSync: { at: now, ok: false, error: 'not a number' },
      },
    ).state;
    expect(keyResultSyncText(pulledBadly)).toBe('Sync failed: not a number');
    expect(keyResultSyncText({ status: 'failed' }, undefined)).toBe(
      'Could not sync. Check the connection and try again.',
    );
  });
});
