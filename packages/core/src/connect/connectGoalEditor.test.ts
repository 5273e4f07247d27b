import { describe, expect, it } from 'vitest';
import { lintObjective } from '../lint/lintObjective.js';
import { keyResult, objective } from './__tests__/widgetFixtures.js';
import {
  connectGoalEditor,
  type GoalEditorEvent,
  type GoalEditorInput,
  type GoalEditorState,
  goalEditorReducer,
  initGoalEditor,
  lintGoalDraft,
} from './connectGoalEditor.js';
import { saveProblemFields } from './goalEditor/saveProblemFields.js';

const run = (state: GoalEditorState, ...events: GoalEditorEvent[]) => events.reduce(goalEditorReducer, state);
const context = {
  cycles: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
  owners: [{ id: 'growth', name: 'Growth', kind: 'team' }],
};
const fresh = () => initGoalEditor({ defaults: { ownerId: 'growth', cycleId: 'q1' } });

/** The editor as a host runs it once the lazily loaded linter has arrived. */
const linted = (input: GoalEditorInput) =>
  connectGoalEditor({ ...input, lint: lintGoalDraft(input.state, input, lintObjective) });

describe('goal editor', () => {
  it('says it is checking until the linter has loaded, and shows no score yet', () => {
    const view = connectGoalEditor({ state: fresh(), ...context });
    expect(view.lintPending).toBe(true);
    expect(view.smartOverallText).toBe('Checking the goal…');
    expect(view.smart.every((letter) => letter.score === undefined)).toBe(true);
    expect(view.fields.title.findings).toEqual([]);
    expect(linted({ state: fresh(), ...context }).lintPending).toBe(false);
  });

  it('says suggestions are unavailable when the linter could not load, instead of checking forever', () => {
    const view = connectGoalEditor({ state: fresh(), ...context, lintUnavailable: true });
    expect(view.lintPending).toBe(false);
    expect(view.lintUnavailable).toBe(true);
    expect(view.smartOverallText).toBe('Suggestions are unavailable right now; you can still save.');
    expect(view.smart.every((letter) => letter.score === undefined)).toBe(true);
    // A lint result that does arrive wins over an earlier failure.
    const recovered = linted({ state: fresh(), ...context, lintUnavailable: true });
    expect(recovered.lintUnavailable).toBe(false);
    expect(recovered.smartOverallText).toMatch(/^Overall \d+ of 100$/);
  });

  it('shows no finding on a new, untouched form, and the first edit brings them', () => {
    const untouched = linted({ state: fresh(), ...context });
    const all = [
      ...Object.values(untouched.fields).flatMap((f) => f.findings),
      ...untouched.keyResults.flatMap((kr) => Object.values(kr.fields).flatMap((f) => f.findings)),
    ];
    expect(all).toEqual([]);
    expect(untouched.findingCountText).toBe('No findings.');
    const typed = linted({ state: run(fresh(), { type: 'field', field: 'title', value: 'Grow' }), ...context });
    expect(typed.fields.title.findings.map((f) => f.message)).toContain(
      'The objective title has 1 word; a goal needs at least 3.',
    );
    // Trying to save an untouched form shows what is missing too.
    const saved = linted({ state: run(fresh(), { type: 'save' }), ...context });
    expect(saved.fields.title.findings.map((f) => f.message)).toContain(
      'The objective has no title yet; a goal needs at least 3 words.',
    );
  });

  it('lints as the person types and puts each finding next to its field', () => {
    const typed = run(
      fresh(),
      { type: 'field', field: 'title', value: 'Improve things' },
      { type: 'key-result-field', index: 0, field: 'title', value: 'More users' },
    );
    const view = linted({ state: typed, ...context, idBase: 'e' });
    expect(view.fields.title.findings.map((f) => f.message)).toContain(
      'The objective title has 2 words; a goal needs at least 3.',
    );
    expect(view.keyResults[0]?.fields.target.findings.map((f) => f.message)).toEqual([
      'This key result has no target.',
    ]);
    expect(view.keyResults[0]?.fields.start.findings.map((f) => f.message)).toEqual([
      'This key result has no start value.',
    ]);
    const target = view.keyResults[0]?.fields.target;
    expect(target?.input['aria-describedby']).toBe(target?.findings[0]?.id);
    expect(view.smart.find((l) => l.letter === 'measurable')?.score).toBe(0);

    const better = run(
      typed,
      { type: 'key-result-field', index: 0, field: 'start', value: '20' },
      { type: 'key-result-field', index: 0, field: 'target', value: '35' },
      { type: 'key-result-field', index: 0, field: 'unit', value: '%' },
    );
    const after = linted({ state: better, ...context });
    expect(after.keyResults[0]?.fields.target.findings).toEqual([]);
    expect(after.smart.find((l) => l.letter === 'measurable')?.score).toBeGreaterThan(0);
  });

  it('offers fields that fit the key-result type', () => {
    const view = (type: string) =>
      connectGoalEditor({ state: run(fresh(), { type: 'key-result-field', index: 0, field: 'type', value: type }) })
        .keyResults[0]?.numberFields;
    expect(view('increase')).toEqual(['start', 'target', 'unit']);
    expect(view('at-most')).toEqual(['target', 'unit']);
    expect(view('range')).toEqual(['min', 'max', 'unit']);
    expect(view('boolean')).toEqual([]);
  });

  it('refuses to save without a title or with a number that does not parse', () => {
    const state = run(
      fresh(),
      { type: 'key-result-field', index: 0, field: 'target', value: 'lots' },
      { type: 'save' },
    );
    expect(state.status).toBe('idle');
    const view = connectGoalEditor({ state });
    expect(view.fields.title.errorText).toBe('Give the objective a title.');
    expect(view.keyResults[0]?.fields.target.errorText).toBe('Enter a number, such as 27.5.');
    expect(view.fields.title.input['aria-invalid']).toBe('true');
  });

  it('saves a create detail with parsed numbers, then an edit detail with the version', () => {
    const state = run(
      fresh(),
      { type: 'field', field: 'title', value: 'Make onboarding effortless' },
      { type: 'key-result-field', index: 0, field: 'title', value: 'Raise activation' },
      { type: 'key-result-field', index: 0, field: 'start', value: '20' },
      { type: 'key-result-field', index: 0, field: 'target', value: '35,5' },
      { type: 'add-key-result' },
      { type: 'key-result-field', index: 1, field: 'type', value: 'milestones' },
      { type: 'key-result-field', index: 1, field: 'title', value: 'Launch guide' },
      { type: 'add-milestone', index: 1 },
      { type: 'milestone', index: 1, milestone: 0, value: 'Draft written' },
    );
    const view = connectGoalEditor({ state: { ...state, locale: 'de' } });
    expect(view.saveDetail).toEqual({
      objective: {
        title: 'Make onboarding effortless',
        ownerId: 'growth',
        cycleId: 'q1',
        parentId: null,
        alignment: 'contributes',
        visibility: 'public',
        keyResults: [
          { title: 'Raise activation', type: 'increase', start: 20, target: 35.5 },
          { title: 'Launch guide', type: 'milestones', milestones: [{ title: 'Draft written', done: false }] },
        ],
      },
    });
    expect(run({ ...state, locale: 'de' }, { type: 'save' }).status).toBe('saving');
    expect(run(state, { type: 'save' }).status).toBe('idle'); // "35,5" is not an English number
    const editing = initGoalEditor({ objective: objective() });
    expect(connectGoalEditor({ state: editing }).saveDetail).toMatchObject({ objectiveId: 'o1', version: 7 });
    expect(connectGoalEditor({ state: editing }).headingText).toBe('Edit objective');
  });

  it('on a conflict shows what the other person changed and lets the person reload or keep theirs', () => {
    const mine = run(
      initGoalEditor({ objective: objective() }),
      { type: 'field', field: 'title', value: 'My title' },
      { type: 'save' },
    );
    const theirs = objective({ title: 'Their title', version: 8 });
    const conflict = run(mine, { type: 'conflict', theirs });
    const view = connectGoalEditor({ state: conflict });
    expect(view.statusText).toBe('Someone else saved this objective while you were editing (now version 8).');
    expect(view.conflictChanges).toEqual(['Objective: theirs “Their title”, yours “My title”']);
    expect(view.status.role).toBe('alert');
    const kept = run(conflict, { type: 'keep-mine' });
    expect(kept.draft.title).toBe('My title');
    expect(kept.version).toBe(8);
    const reloaded = run(conflict, { type: 'reload' });
    expect(reloaded.draft.title).toBe('Their title');
    expect(reloaded.version).toBe(8);
  });

  it('offers only the lifecycle actions the contract allows, and a return needs a comment', () => {
    const state = initGoalEditor({
      objective: objective({ state: 'proposed', allowedTransitions: ['approve', 'return'] }),
    });
    const view = connectGoalEditor({ state });
    expect(view.actions.map((a) => a.label)).toEqual(['Approve', 'Return with comment']);
    const refused = run(state, { type: 'transition', action: 'return' });
    expect(refused.transitioning).toBeUndefined();
    expect(connectGoalEditor({ state: refused }).returnComment?.errorText).toBe(
      'Say what should change before returning it.',
    );
    const returning = run(
      state,
      { type: 'return-comment', value: 'Add a baseline' },
      { type: 'transition', action: 'return' },
    );
    expect(returning.transitioning).toBe('return');
    expect(connectGoalEditor({ state: initGoalEditor() }).actions).toEqual([]);
  });

  it('removes key results and milestones', () => {
    const state = run(
      fresh(),
      { type: 'add-key-result' },
      { type: 'key-result-field', index: 1, field: 'title', value: 'Second' },
      { type: 'remove-key-result', index: 0 },
    );
    expect(state.draft.keyResults.map((k) => k.title)).toEqual(['Second']);
    const keys = run(fresh(), { type: 'add-key-result' }, { type: 'add-key-result' }).draft.keyResults.map(
      (k) => k.key,
    );
    expect(new Set(keys).size).toBe(3);
  });
});

describe('goal editor: alignment and visibility', () => {
  const parents = [
    { id: 'c1', title: 'Win the mid-market', ownerName: 'ACME', relation: 'company' as const },
    { id: 't1', title: 'Make the platform boringly reliable', ownerName: 'Platform', relation: 'team' as const },
    { id: 'm1', title: 'Grow the platform team', ownerName: 'Dana', relation: 'manager' as const },
  ];

  it('offers the goals to align to, grouped and searchable, keeping the chosen one visible', () => {
    const view = connectGoalEditor({ state: fresh(), parents, idBase: 'e' });
    expect(view.parentGroups.map((g) => [g.label, g.options.map((o) => o.label)])).toEqual([
      ['Team goals', ['Make the platform boringly reliable (Platform)']],
      ['The manager’s goals', ['Grow the platform team (Dana)']],
      ['Company goals', ['Win the mid-market (ACME)']],
    ]);
    expect(view.parentStatusText).toBe('3 goals to align to');
    expect(view.parentSearch.input['aria-controls']).toBe('e-parentId');
    const chosen = run(
      fresh(),
      { type: 'field', field: 'parentId', value: 'c1' },
      { type: 'parent-query', value: 'RELIA' },
    );
    const searched = connectGoalEditor({ state: chosen, parents });
    expect(searched.parentGroups.flatMap((g) => g.options.map((o) => o.value))).toEqual(['t1', 'c1']);
    expect(searched.parentStatusText).toBe('1 goal to align to');
    const none = connectGoalEditor({ state: run(fresh(), { type: 'parent-query', value: 'zzz' }), parents });
    expect(none.parentStatusText).toBe('No goal matches “zzz”.');
    expect(connectGoalEditor({ state: fresh(), parentsLoading: true }).parentStatusText).toBe(
      'Loading the goals to align to…',
    );
  });

  it('says in words who can see the objective, and saves visibility and alignment kind', () => {
    const view = connectGoalEditor({ state: fresh(), idBase: 'e' });
    expect(view.visibilityHintText).toBe('Everyone in the organisation can see this objective.');
    expect(view.fields.visibility.input['aria-describedby']).toBe('e-visibility-hint');
    const state = run(
      fresh(),
      { type: 'field', field: 'title', value: 'Grow the platform team' },
      { type: 'field', field: 'visibility', value: 'private' },
      { type: 'field', field: 'alignment', value: 'supports' },
    );
    const priv = connectGoalEditor({ state });
    expect(priv.visibilityHintText).toBe(
      'Only the owner (for a team goal, its members), their managers and admins can see this objective.',
    );
    expect(connectGoalEditor({ state }).saveDetail?.objective).toMatchObject({
      visibility: 'private',
      alignment: 'supports',
    });
  });
});

describe('goal editor: a new goal is not punished at birth', () => {
  it('shows no staleness finding for a draft, and does for an active goal that has had time', () => {
    const asOf = '2026-03-01';
    const stale = (state: 'draft' | 'active') => {
      const view = linted({
        state: initGoalEditor({ objective: objective({ state, cycleId: 'q1' }) }),
        ...context,
        asOf,
      });
      return view.keyResults.flatMap((kr) => Object.values(kr.fields).flatMap((f) => f.findings));
    };
    const anyStale = (findings: { message: string }[]) => findings.some((f) => f.message.startsWith('No check-in'));
    expect(anyStale(stale('draft'))).toBe(false);
    expect(anyStale(stale('active'))).toBe(true);
  });
});

describe('goal editor: the lifecycle as people use it', () => {
  const cycles = [
    { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' },
    { id: 'q3', name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30' },
    { id: 'q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' },
  ];

  it('tells the author who a proposal waits for, and shows the comment a returned draft came back with', () => {
    const waiting = connectGoalEditor({
      state: initGoalEditor({
        objective: objective({
          state: 'proposed',
          waitingFor: [{ id: 'dana', name: 'Dana Okafor' }],
          allowedTransitions: ['withdraw'],
        }),
      }),
    });
    expect(waiting.notice).toEqual({ kind: 'waiting', text: 'Waiting for approval by Dana Okafor.' });
    expect(waiting.actions.map((a) => a.label)).toEqual(['Withdraw the proposal']);
    const returned = connectGoalEditor({
      state: initGoalEditor({
        objective: objective({
          state: 'draft',
          returned: { comment: 'Add a quality key result', byName: 'Dana Okafor', at: '2026-02-13T09:00:00Z' },
        }),
      }),
      now: '2026-02-15T09:00:00Z',
    });
    expect(returned.notice).toMatchObject({
      kind: 'returned',
      text: 'Returned by Dana Okafor 2 days ago:',
      comment: 'Add a quality key result',
    });
    const approver = connectGoalEditor({
      state: initGoalEditor({ objective: objective({ state: 'proposed', allowedTransitions: ['approve', 'return'] }) }),
    });
    expect(approver.actions.map((a) => [a.action, a.button['data-primary']])).toEqual([
      ['approve', ''],
      ['return', undefined],
    ]);
  });

  it('sets the owner’s own status only with a reason, and saves only when changed', () => {
    const start = initGoalEditor({ objective: objective({ state: 'active' }) });
    const view = connectGoalEditor({ state: start });
    expect(view.manualStatusShown).toBe(true);
    expect(view.manualHintText).toBe('The computed status (on track) stays visible beside yours.');
    expect(connectGoalEditor({ state: start }).saveDetail?.objective).not.toHaveProperty('manualStatus');
    const noReason = run(start, { type: 'field', field: 'manualStatus', value: 'at-risk' }, { type: 'save' });
    expect(noReason.status).toBe('idle');
    expect(connectGoalEditor({ state: noReason }).fields.manualNote.errorText).toBe(
      'Say why, so others understand the status you set.',
    );
    const set = run(noReason, { type: 'field', field: 'manualNote', value: ' Vendor slipped ' });
    expect(connectGoalEditor({ state: set }).saveDetail?.objective.manualStatus).toEqual({
      status: 'at-risk',
      note: 'Vendor slipped',
    });
    const saved = objective({
      state: 'active',
      manualStatus: { status: 'at-risk', note: 'Vendor slipped', setByName: 'Ana', at: '2026-02-10T09:00:00Z' },
    });
    const cleared = run(initGoalEditor({ objective: saved }), { type: 'field', field: 'manualStatus', value: '' });
    expect(connectGoalEditor({ state: cleared }).saveDetail?.objective.manualStatus).toBeNull();
    expect(
      connectGoalEditor({ state: initGoalEditor({ objective: objective({ state: 'draft' }) }) }).manualStatusShown,
    ).toBe(false);
  });

  it('offers to carry an active or closed goal into the next cycle, and says how it went', () => {
    const state = initGoalEditor({ objective: objective({ state: 'closed', cycleId: 'q1' }) });
    const view = connectGoalEditor({ state, cycles });
    expect(view.carryOver).toMatchObject({ text: 'Carry over to Q2 2026', cycleId: 'q2', statusText: undefined });
    expect(
      connectGoalEditor({ state: initGoalEditor({ objective: objective({ state: 'draft', cycleId: 'q1' }) }), cycles })
        .carryOver,
    ).toBeUndefined();
    const carrying = run(state, { type: 'carry-over', cycleId: 'q2' });
    expect(run(carrying, { type: 'carry-over', cycleId: 'q2' })).toBe(carrying);
    expect(connectGoalEditor({ state: carrying, cycles }).carryOver?.statusText).toBe('Carrying over…');
    expect(connectGoalEditor({ state: run(carrying, { type: 'carried' }), cycles }).carryOver?.statusText).toBe(
      'Carried over to Q2 2026 as a draft.',
    );
    const failed = connectGoalEditor({ state: run(carrying, { type: 'carry-failed' }), cycles }).carryOver;
    expect(failed?.statusText).toBe('It could not be carried over. Nothing changed; try again.');
    expect(failed?.status.role).toBe('alert');
  });
});

describe('goal editor: who owes the check-ins', () => {
  const people = [
    { id: 'growth', name: 'Growth', kind: 'team' },
    { id: 'raj', name: 'Raj Patel', kind: 'person' },
    { id: 'ana', name: 'Ana Lima', kind: 'person' },
  ];
  /** A saved key result as the API sends it, naming who owes its check-ins. */
  const owedBy = (id: string | null, overrides = {}) =>
    Object.assign(keyResult(overrides), { checkInResponsibleId: id });
  const editing = (...keyResults: ReturnType<typeof keyResult>[]) =>
    initGoalEditor({ objective: objective({ keyResults }) });
  const choose = (index: number, value: string): GoalEditorEvent => ({
    type: 'key-result-field',
    index,
    field: 'checkInResponsibleId',
    value,
  });
  const sent = (state: GoalEditorState) =>
    connectGoalEditor({ state }).saveDetail?.objective.keyResults.map((kr) => kr.checkInResponsibleId);

  it('offers the owner first (by name when a person) and the people known, by name, with the row in its name', () => {
    const view = connectGoalEditor({ state: fresh(), owners: people });
    const kr = view.keyResults[0];
    expect(kr?.responsibleOptions).toEqual([
      { value: '', label: 'The owner' },
      { value: 'ana', label: 'Ana Lima' },
      { value: 'raj', label: 'Raj Patel' },
    ]);
    expect(kr?.fields.checkInResponsibleId.labelText).toBe('Check-ins by');
    expect(kr?.fields.checkInResponsibleId.input).toMatchObject({
      name: 'keyResults.0.checkInResponsibleId',
      'aria-label': 'Check-ins by (key result 1)',
    });
    const owned = initGoalEditor({ defaults: { ownerId: 'ana', cycleId: 'q1' }, locale: 'de' });
    expect(connectGoalEditor({ state: owned, owners: people }).keyResults[0]?.responsibleOptions[0]).toEqual({
      value: '',
      label: 'Verantwortlich fürs Ziel (Ana Lima)',
    });
  });

  it('never loses a person set: without a people list it offers the owner and them, by id when unnamed', () => {
    const state = editing(owedBy('kim'), owedBy('raj', { id: 'kr2' }));
    expect(state.draft.keyResults.map((kr) => kr.checkInResponsibleId)).toEqual(['kim', 'raj']);
    const bare = connectGoalEditor({ state });
    expect(bare.keyResults.map((kr) => kr.responsibleOptions.map((o) => o.label))).toEqual([
      ['The owner', 'kim'],
      ['The owner', 'raj'],
    ]);
    const named = connectGoalEditor({ state, owners: [...people, { id: 'kim', name: 'Kim Ng' }] });
    expect(named.keyResults[0]?.responsibleOptions.map((o) => o.label)).toEqual([
      'The owner',
      'Kim Ng',
      'Ana Lima',
      'Raj Patel',
    ]);
  });

  it('sends the person only when set or changed, null when given back to the owner, else nothing', () => {
    const state = editing(owedBy('ana'), keyResult({ id: 'kr2' }), owedBy(null, { id: 'kr3' }));
    expect(sent(state)).toEqual([undefined, undefined, undefined]);
    expect(connectGoalEditor({ state }).saveDetail?.objective.keyResults[0]).not.toHaveProperty('checkInResponsibleId');
    expect(sent(run(state, choose(0, 'raj'), choose(1, 'ana'), choose(2, '')))).toEqual(['raj', 'ana', undefined]);
    expect(sent(run(state, choose(0, '')))).toEqual([null, undefined, undefined]);
    // Chosen and chosen back is untouched.
    expect(sent(run(state, choose(0, 'raj'), choose(0, 'ana')))).toEqual([undefined, undefined, undefined]);
    // A new key result sends a person chosen, and nothing for the owner.
    const created = run(fresh(), { type: 'field', field: 'title', value: 'Grow' }, { type: 'add-key-result' });
    expect(sent(run(created, choose(0, 'ana')))).toEqual(['ana', undefined]);
  });

  it('shows a person the server refused at that row, until the person chooses again or saves', () => {
    const state = run(editing(keyResult(), owedBy(null, { id: 'kr2' })), choose(1, 'raj'), { type: 'save' });
    const detail = connectGoalEditor({ state }).saveDetail;
    if (!detail) throw new Error('the draft is valid');
    // Creating an objective names the row; writing one key result does not, so the row that sent a person.
    const created = { problems: [{ path: 'keyResults[1].checkInResponsibleId', message: 'is not a person ("raj")' }] };
    const patched = { problems: [{ path: 'checkInResponsibleId', message: 'Raj Patel may not see this goal' }] };
    expect(saveProblemFields(created, detail)).toEqual({
      'keyResults.1.checkInResponsibleId': 'is not a person ("raj")',
    });
    expect(saveProblemFields(patched, detail)).toEqual({
      'keyResults.1.checkInResponsibleId': 'Raj Patel may not see this goal',
    });
    expect(saveProblemFields({ problems: [{ path: 'title', message: 'is required' }] }, detail)).toBeUndefined();
    expect(saveProblemFields(new Error('offline'), detail)).toBeUndefined();
    const refused = run(state, { type: 'failed', errors: saveProblemFields(patched, detail) });
    const field = connectGoalEditor({ state: refused }).keyResults[1]?.fields.checkInResponsibleId;
    expect(field?.errorText).toBe(
      'Only a person who may see this goal can owe its check-ins. Choose someone else, or the owner.',
    );
    expect(field?.input).toMatchObject({
      'aria-invalid': 'true',
      'aria-describedby': 'gk-editor-keyResults-1-checkInResponsibleId-error',
    });
    expect(connectGoalEditor({ state: refused }).keyResults[0]?.fields.checkInResponsibleId.errorText).toBeUndefined();
    expect(
      connectGoalEditor({ state: run(refused, choose(1, 'ana')) }).keyResults[1]?.fields.checkInResponsibleId.errorText,
    ).toBeUndefined();
    expect(run(refused, { type: 'save' }).serverErrors).toBeUndefined();
  });

  it('finds the row a bare path names by the id the message quotes, when several rows sent a person', () => {
    const state = run(editing(keyResult(), keyResult({ id: 'kr2' })), choose(0, 'ana'), choose(1, 'kim'));
    const detail = connectGoalEditor({ state }).saveDetail;
    if (!detail) throw new Error('the draft is valid');
    const problems = [{ path: 'checkInResponsibleId', message: 'is not a person ("kim")' }];
    expect(saveProblemFields({ problems }, detail)).toEqual({
      'keyResults.1.checkInResponsibleId': problems[0]?.message,
    });
  });
});
