import { describe, expect, it, vi } from 'vitest';
import { lintObjective } from '../lint/lintObjective.js';
import { keyResult, objective as objectiveFixture } from './__tests__/widgetFixtures.js';
import {
  connectGoalEditor,
  type GoalEditorSaveDetail,
  type GoalEditorState,
  goalEditorReducer,
  goalEditorSaveDetail,
  initGoalEditor,
  type KeyResultField,
} from './connectGoalEditor.js';
import { saveProblemFields } from './goalEditor/saveProblemFields.js';
import { createGoalEditorController, type GoalEditorControllerOptions } from './goalEditorController.js';
import { lazyPart } from './lazyPart.js';
import type { KeyResultData } from './widgetData.js';

const lastSync = { at: '2026-02-14T08:00:00Z', ok: false, error: 'timeout' };
const pulled: KeyResultData = keyResult({
  source: {
    mode: 'pull',
    connector: 'http-json',
    config: { url: 'https://metrics.test/signups', path: 'data.items', timeoutHint: 3 },
    schedule: 'daily',
    transform: { scale: 100 },
    lastSync,
  },
});

const open = (keyResults: KeyResultData[] = [keyResult()]) =>
  initGoalEditor({ objective: objectiveFixture({ keyResults }) });
const set = (state: GoalEditorState, field: KeyResultField, value: string, index = 0) =>
  goalEditorReducer(state, { type: 'key-result-field', index, field, value });
const sent = (state: GoalEditorState) => goalEditorSaveDetail(state)?.objective.keyResults[0];

describe('the goal editor: where a key result’s value comes from', () => {
  it('opens a key result with its source as text, and sends nothing about it while untouched', () => {
    const state = open([pulled]);
    expect(state.draft.keyResults[0]?.source).toEqual({
      mode: 'pull',
      connector: 'http-json',
      config: { url: 'https://metrics.test/signups', path: 'data.items', timeoutHint: '3' },
      schedule: 'daily',
      scale: '100',
      offset: '',
      aggregate: '',
    });
    expect(sent(state)).not.toHaveProperty('source');
    expect(sent(state)).not.toHaveProperty('allowValuesOutsideCycle');
  });

  it('sets up a pull: connector, settings, schedule and transform, and never sends lastSync', () => {
    let state = open();
    state = set(state, 'source.mode', 'pull');
    expect(state.draft.keyResults[0]?.source?.connector).toBe('http-json');
    state = set(state, 'source.config.url', ' https://metrics.test/a ');
    state = set(state, 'source.config.valuePath', 'count');
    state = set(state, 'source.schedule', 'hourly');
    state = set(state, 'source.transform.scale', '0.5');
    state = set(state, 'source.transform.aggregate', 'sum');
    expect(sent(state)?.source).toEqual({
      mode: 'pull',
      connector: 'http-json',
      config: { url: 'https://metrics.test/a', valuePath: 'count' },
      schedule: 'hourly',
      transform: { scale: 0.5, aggregate: 'sum' },
    });
    // A CSV source takes its own settings only.
    state = set(state, 'source.connector', 'csv');
    state = set(state, 'source.config.column', 'signups');
    state = set(state, 'source.config.dateColumn', 'day');
    expect(sent(state)?.source?.config).toEqual({
      url: 'https://metrics.test/a',
      column: 'signups',
      dateColumn: 'day',
    });
  });

  it('keeps settings the person did not touch exactly as saved, and leaves lastSync to the server', () => {
    let state = open([pulled]);
    state = set(state, 'source.schedule', 'weekly');
    expect(sent(state)?.source).toEqual({
      mode: 'pull',
      connector: 'http-json',
      config: { url: 'https://metrics.test/signups', path: 'data.items', timeoutHint: 3 },
      schedule: 'weekly',
      transform: { scale: 100 },
    });
    expect(sent(state)?.source).not.toHaveProperty('lastSync');
    // Changed and changed back: nothing to send.
    state = set(state, 'source.schedule', 'daily');
    expect(sent(state)).not.toHaveProperty('source');
  });

  it('going from pull back to people checking in sends { mode: "manual" } for a saved pull, nothing for a new one', () => {
    let saved = open([pulled]);
    saved = set(saved, 'source.mode', 'manual');
    expect(sent(saved)?.source).toEqual({ mode: 'manual' });

    let fresh = open();
    fresh = set(fresh, 'source.mode', 'pull');
    fresh = set(fresh, 'source.config.url', 'https://metrics.test/a');
    fresh = set(fresh, 'source.mode', 'manual');
    expect(sent(fresh)).not.toHaveProperty('source');

    let created = initGoalEditor({ defaults: { title: 'New', ownerId: 'growth', cycleId: 'q1' } });
    created = set(created, 'title', 'Signups');
    created = set(created, 'source.mode', 'pull');
    created = set(created, 'source.mode', 'manual');
    expect(sent(created)).not.toHaveProperty('source');
  });

  it('sets up a push with "Accept values for days outside the cycle", and shows the address once saved', () => {
    let state = open();
    state = set(state, 'source.mode', 'push');
    state = set(state, 'allowValuesOutsideCycle', 'true');
    expect(sent(state)).toMatchObject({ source: { mode: 'push' }, allowValuesOutsideCycle: true });
    const view = connectGoalEditor({ state, idBase: 'e' }).keyResults[0]?.source;
    expect(view?.mode).toBe('push');
    expect(view?.endpointText).toBe('PUT /key-results/kr1/values/{YYYY-MM-DD}');
    expect(view?.allowOutsideCycle.input).toMatchObject({
      type: 'checkbox',
      id: 'e-keyResults-0-allowValuesOutsideCycle',
    });

    let created = initGoalEditor({ defaults: { ownerId: 'growth', cycleId: 'q1' } });
    created = set(created, 'source.mode', 'push');
    const fresh = connectGoalEditor({ state: created, idBase: 'e' }).keyResults[0]?.source;
    expect(fresh?.endpointText).toBeUndefined();
    expect(fresh?.pushHintText).toMatch(/appears once the key result is saved/);
    expect(
      connectGoalEditor({ state: created, idBase: 'e' }).keyResults[0]?.fields['source.mode'].input['aria-describedby'],
    ).toBe('e-keyResults-0-source-push-hint');
  });

  it('refuses a pull without the settings its connector needs, saying so at each field', () => {
    let state = open();
    state = set(state, 'source.mode', 'pull');
    state = set(state, 'source.transform.offset', 'ten');
    state = goalEditorReducer(state, { type: 'save' });
    expect(state.status).toBe('idle');
    let view = connectGoalEditor({ state, idBase: 'e' }).keyResults[0];
    expect(view?.fields['source.config.url'].errorText).toBe('URL is needed to pull values.');
    expect(view?.fields['source.config.url'].input['aria-describedby']).toBe(
      'e-keyResults-0-source-config-url-hint e-keyResults-0-source-config-url-error',
    );
    expect(view?.fields['source.transform.offset'].errorText).toBe('Enter a number, such as 27.5.');
    state = set(state, 'source.connector', 'csv');
    state = set(state, 'source.config.file', 'signups.csv');
    state = set(state, 'source.config.url', 'https://metrics.test/signups.csv');
    view = connectGoalEditor({ state, idBase: 'e' }).keyResults[0];
    expect(view?.source.configFields.map((f) => f.name)).toEqual(['url', 'file', 'column', 'dateColumn']);
    expect(view?.fields['source.config.url'].errorText).toBe('Give a URL or a file, not both.');
    expect(view?.fields['source.config.column'].errorText).toBe('Value column is needed to pull values.');
  });

  it('labels every source field, with German words too', () => {
    const state = set(open(), 'source.mode', 'pull');
    const view = connectGoalEditor({ state, idBase: 'e' }).keyResults[0];
    expect(view?.source.modeOptions.map((o) => o.label)).toEqual([
      'People check in',
      'A system sends values',
      'Pulled from a connector',
    ]);
    expect(view?.source.connectorOptions).toEqual([
      { value: 'http-json', label: 'JSON over HTTP' },
      { value: 'csv', label: 'CSV file or URL' },
    ]);
    expect(view?.source.scheduleOptions.map((o) => o.value)).toEqual(['', 'hourly', 'daily', 'weekly']);
    expect(view?.source.aggregateValue).toBe('latest');
    expect(view?.source.configFields.map((f) => f.labelText)).toEqual(['URL', 'Path', 'Value path', 'Date path']);
    expect(view?.fields['source.mode'].input['aria-label']).toBe('Value comes from (key result 1)');
    const de = connectGoalEditor({ state: { ...state, locale: 'de' }, idBase: 'e' }).keyResults[0];
    expect(de?.source.modeOptions.map((o) => o.label)).toEqual([
      'Personen geben Updates',
      'Ein System sendet Werte',
      'Von einem Connector abgerufen',
    ]);
  });
});

describe('the server refusing a source', () => {
  const detail = (keyResults: GoalEditorSaveDetail['objective']['keyResults']): GoalEditorSaveDetail => ({
    objective: { title: 'x', ownerId: 'a', cycleId: 'q', parentId: null, keyResults },
  });
  const refused = (...problems: { path: string; message: string }[]) =>
    Object.assign(new Error('422'), { status: 422, problems });

  it('names the row’s field for each source path', () => {
    const rows = detail([
      { title: 'a', type: 'increase' },
      { title: 'b', type: 'increase', source: { mode: 'pull', connector: 'csv', config: {} } },
    ]);
    expect(
      saveProblemFields(
        refused(
          { path: 'keyResults[1].source.config.url', message: 'give either url or file, not both' },
          { path: 'keyResults[1].source.connector', message: 'no connector "csvv"' },
          { path: 'keyResults[1].source.transform.scale', message: 'must be finite' },
          { path: 'keyResults[0].allowValuesOutsideCycle', message: 'must be a boolean' },
          { path: 'keyResults[1].source.config.secret', message: 'unknown setting' },
        ),
        rows,
      ),
    ).toEqual({
      'keyResults.1.source.config.url': 'give either url or file, not both',
      'keyResults.1.source.connector': 'no connector "csvv"',
      'keyResults.1.source.transform.scale': 'must be finite',
      'keyResults.0.allowValuesOutsideCycle': 'must be a boolean',
    });
    // A bare path (a write that names no row): the row that sent a source.
    expect(saveProblemFields(refused({ path: 'source.config.url', message: 'bad' }), rows)).toEqual({
      'keyResults.1.source.config.url': 'bad',
    });
  });

  it('shows a 422 at keyResults[0].source.config.url at that input, and takes focus there', async () => {
    const error = refused({
      path: 'keyResults[0].source.config.url',
      message: 'the host metrics.test is not allowed (GOALKIT_CONNECTOR_HOSTS)',
    });
    const save = vi.fn<GoalEditorControllerOptions['save']>(() => Promise.reject(error));
    const focus = vi.fn();
    const controller = createGoalEditorController({
      objective: objectiveFixture({ keyResults: [keyResult()] }),
      linter: lazyPart(async () => lintObjective),
      save,
      focus,
    });
    controller.send({ type: 'key-result-field', index: 0, field: 'source.mode', value: 'pull' });
    controller.send({ type: 'key-result-field', index: 0, field: 'source.config.url', value: 'https://metrics.test' });
    controller.send({ type: 'save' });
    await vi.waitFor(() => expect(controller.getSnapshot().editor.status).toBe('failed'));
    const field = controller.view({ idBase: 'e' }).keyResults[0]?.fields['source.config.url'];
    expect(field?.errorText).toBe('the host metrics.test is not allowed (GOALKIT_CONNECTOR_HOSTS)');
    expect(field?.input['aria-invalid']).toBe('true');
    expect(field?.input['aria-describedby']).toContain('e-keyResults-0-source-config-url-error');
    expect(focus).toHaveBeenLastCalledWith('[aria-invalid="true"]');
    // Editing the field clears the server's message.
    controller.send({ type: 'key-result-field', index: 0, field: 'source.config.url', value: 'https://ok.test' });
    expect(controller.view({ idBase: 'e' }).keyResults[0]?.fields['source.config.url'].errorText).toBeUndefined();
  });
});
