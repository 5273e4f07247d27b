// The intranet page's own script: plain JavaScript, no build step. It only picks who is signed in and
// which ids to show; the <gk-*> elements do the rest through <gk-provider>.
const api = '/api/goalkit';
const params = new URLSearchParams(location.search);
const personId = params.get('as') || 'platform-1';
// Two views: the goals (the sections) and program health (`?view=health`), apart because both show a
// "Check-ins" region (the team's week and the organisation's figures) and a page holds one of each name.
const view = params.get('view') === 'health' ? 'health' : 'goals';
// Demo tokens are derived from the person id; they live in memory only, never in storage or a URL.
const token = `gk_demo_${personId}`;

const provider = document.getElementById('goalkit');
provider.getToken = () => token;
// Live updates start once the token is there, so the first connection is not refused.
provider.live = true;

async function get(path) {
  const response = await fetch(`${api}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// The topbar's links lead to the other view with the same person signed in, and within a view to its section.
for (const link of document.querySelectorAll('.topbar nav a')) {
  const toHealth = link.hash === '#program-health';
  if (toHealth === (view === 'health')) continue;
  const target = new URLSearchParams(location.search);
  if (toHealth) target.set('view', 'health');
  else target.delete('view');
  link.href = `?${target}${link.hash}`;
}
if (view === 'health')
  for (const section of document.querySelectorAll('main section')) section.hidden = section.id !== 'program-health';

/**
 * Program health: the whole organisation this cycle, and how well the confidence stated in the closed quarters
 * predicted what was achieved. Both elements read one reply; figures about fewer than 5 people stay hidden. The
 * titles name the objectives without a parent (the element shows ids otherwise).
 */
async function showProgramHealth(cycle) {
  document.getElementById('program-health-scope').textContent =
    `The whole organisation in ${cycle.name}. Figures about fewer than 5 people are hidden.`;
  const health = element('gk-program-health', { cycle: cycle.id, 'heading-level': '3' });
  const calibration = element('gk-calibration', { cycle: cycle.id, 'heading-level': '3' });
  document.getElementById('program-health-widgets').append(health, calibration);
  const titles = await get(`/objectives?cycle=${encodeURIComponent(cycle.id)}&limit=200`);
  health.objectives = titles.items.map(({ id, title }) => ({ id, title }));
}

/** "Self review", "Peer review of Emre Mendes": a review to write, as the picker and the form's heading name it. */
function reviewName(review) {
  const kind = { self: 'Self', manager: 'Manager', peer: 'Peer', upward: 'Upward' }[review.kind] ?? review.kind;
  return review.kind === 'self' ? 'Self review' : `${kind} review of ${review.revieweeName}`;
}

/**
 * My 1:1s: the next meeting of the signed-in person's 1:1 series (a picker when they have several, the series
 * with their reports first), and the reviews they have to write in the review cycles collecting now (a picker
 * when several, their self review first). The conversation elements load their own file when they appear.
 */
async function showConversations(me, timeZone) {
  const status = document.getElementById('my-one-on-ones-status');
  const [series, cycles] = await Promise.all([get('/meeting-series'), get('/review-cycles')]);
  const other = (s) => s.participants.find((p) => p.id !== me.id) ?? s.participants[0];
  const planned = series.items.filter((s) => s.nextMeetingId);
  // A manager's own manager last: the 1:1s they lead come first.
  planned.sort((a, b) => Number(a.createdById !== me.id) - Number(b.createdById !== me.id));
  const meeting = element('gk-one-on-one', { 'heading-level': '3', 'viewer-id': me.id, 'time-zone': timeZone });
  if (planned.length === 0) {
    status.textContent = 'No 1:1 is planned for you.';
  } else {
    status.textContent =
      planned.length === 1
        ? `Your next 1:1 with ${other(planned[0]).name}, and what is on its agenda.`
        : `You meet ${planned.length} people one to one. Pick one to see your next meeting with them.`;
    meeting.setAttribute('meeting-id', planned[0].nextMeetingId);
    document.getElementById('one-on-one').append(meeting);
  }
  if (planned.length > 1) {
    const picker = document.getElementById('series-picker');
    for (const s of planned) picker.append(element('option', { value: s.nextMeetingId }, other(s).name));
    picker.addEventListener('change', () => meeting.setAttribute('meeting-id', picker.value));
    document.getElementById('series-picker-field').hidden = false;
  }

  const open = cycles.items.find((c) => c.stage === 'collecting');
  if (!open) return;
  const mine = await get(`/review-cycles/${encodeURIComponent(open.id)}/reviews?reviewer=${encodeURIComponent(me.id)}`);
  const toWrite = mine.items.filter((r) => r.status === 'draft' && r.allowedActions.includes('edit'));
  toWrite.sort((a, b) => Number(a.kind !== 'self') - Number(b.kind !== 'self'));
  const reviewStatus = document.getElementById('my-review-status');
  document.getElementById('my-review').hidden = false;
  if (toWrite.length === 0) {
    reviewStatus.textContent = mine.items.some((r) => r.kind === 'self' && r.status !== 'draft')
      ? `${open.name}: your self review is submitted. Nothing else is waiting for you.`
      : `${open.name}: no review is waiting for you.`;
    return;
  }
  reviewStatus.textContent =
    toWrite.length === 1
      ? `${open.name} is collecting reviews, and one is waiting for you.`
      : `${open.name} is collecting reviews, and ${toWrite.length} are waiting for you. Pick one to write.`;
  const form = element('gk-review-form', { 'review-id': toWrite[0].id, 'heading-level': '3', 'time-zone': timeZone });
  document.getElementById('review-form').append(form);
  if (toWrite.length > 1) {
    const picker = document.getElementById('review-picker');
    for (const review of toWrite) picker.append(element('option', { value: review.id }, reviewName(review)));
    picker.addEventListener('change', () => form.setAttribute('review-id', picker.value));
    document.getElementById('review-picker-field').hidden = false;
  }
}

async function main() {
  const status = document.getElementById(view === 'health' ? 'program-health-scope' : 'my-goals-status');
  try {
    const [me, cycles, people] = await Promise.all([get('/me'), get('/cycles'), get('/owners?kind=person')]);
    const select = document.getElementById('person');
    for (const person of people.items) {
      const option = element('option', { value: person.id }, person.name);
      option.selected = person.id === me.id;
      select.append(option);
    }
    select.addEventListener('change', () => {
      const next = new URLSearchParams(location.search);
      next.set('as', select.value);
      location.search = next.toString();
    });
    document.getElementById('person-role').textContent = me.role;

    const cycle = cycles.items.find((c) => !c.closed) ?? cycles.items.at(-1);
    if (view === 'health') {
      await showProgramHealth(cycle);
      return;
    }
    const mine = await get(
      `/objectives?owner=${encodeURIComponent(me.id)}&cycle=${encodeURIComponent(cycle.id)}&limit=50`,
    );
    const list = document.getElementById('my-goals-list');
    status.textContent = mine.items.length
      ? `${mine.items.length} goals in ${cycle.name}`
      : `No goals in ${cycle.name} yet.`;
    for (const objective of mine.items) {
      list.append(element('gk-objective-card', { 'objective-id': objective.id, 'heading-level': '3' }));
    }

    // Managers see what waits for their approval first.
    if (me.role !== 'member') {
      const approvals = document.getElementById('approvals');
      approvals.append(element('gk-approval-list', { 'heading-level': '2' }));
      approvals.hidden = false;
    }

    // This week: what I owe by the organisation's check-in rhythm, and the last seven days in my team's goals
    // (mine alone when I am in no team), with dates in the viewer's time zone.
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document
      .getElementById('this-week-widgets')
      .append(
        element('gk-check-in-inbox', { 'heading-level': '3', 'time-zone': timeZone }),
        element('gk-digest', { owner: me.teamId ?? me.id, 'heading-level': '3', 'time-zone': timeZone }),
      );

    // One editor: a new goal for me in this cycle, or the goal picked.
    const picker = document.getElementById('goal-picker');
    for (const objective of mine.items) picker.append(element('option', { value: objective.id }, objective.title));
    const editor = element('gk-goal-editor', { 'objective-id': 'new' });
    editor.defaults = { ownerId: me.id, cycleId: cycle.id };
    document.getElementById('goal-editor').append(editor);
    picker.addEventListener('change', () => editor.setAttribute('objective-id', picker.value));
    // A goal just created stays open in the editor, so its owner can propose it.
    editor.addEventListener('gk-save', (event) => {
      if (picker.value !== 'new' || !event.detail.objectiveId) return;
      picker.append(element('option', { value: event.detail.objectiveId }, event.detail.objective.title));
      picker.value = event.detail.objectiveId;
      editor.setAttribute('objective-id', event.detail.objectiveId);
    });

    // My growth: my competencies against my career level, as a table and a radar, and my gaps with the
    // development goals covering them. "Draft a goal" opens the editor above with the draft's title.
    const plan = element('gk-growth-plan', { 'person-id': me.id, 'heading-level': '3' });
    plan.addEventListener('gk-draft-goal', (event) => {
      // A development goal: its kind and competencies go with it, so the plan counts it once saved.
      const { title, kind, competencyIds } = event.detail;
      editor.defaults = { ownerId: me.id, cycleId: cycle.id, title, kind, competencyIds };
      picker.value = 'new';
      editor.setAttribute('objective-id', 'new');
      document.getElementById('set-goal').scrollIntoView();
    });
    document
      .getElementById('my-growth-widgets')
      .append(
        element('gk-competency-matrix', { 'person-id': me.id, 'heading-level': '3' }),
        plan,
        element('gk-skill-radar', { 'person-id': me.id, 'heading-level': '3' }),
      );

    showConversations(me, timeZone).catch((error) => {
      document.getElementById('my-one-on-ones-status').textContent = `1:1s could not be loaded: ${error.message}`;
    });

    document
      .getElementById('team-dashboard')
      .append(
        element('gk-cycle-dashboard', { cycle: cycle.id, 'cycle-name': cycle.name, 'owner-id': me.teamId ?? me.id }),
      );
    document.getElementById('company-tree').append(element('gk-alignment-tree', { cycle: cycle.id, depth: '2' }));
  } catch (error) {
    status.textContent = `Goals could not be loaded: ${error.message}`;
  }
}

main();
