import type {
  ActionItem,
  Calibration,
  Meeting,
  MeetingSeries,
  Review,
  ReviewCycle,
  TalkingPoint,
} from '@goalkit/client/conversations';
import { type CheckGroup, CheckSkipped, type ConformanceContext, fail, haveMe } from './harness.js';

/**
 * The conversation checks (1:1s and review cycles). They leave what they make behind: the contract has no
 * route that deletes a 1:1 series or a review cycle (both are records people keep), so each is named as the
 * suite's ("Conformance: …") to be recognised.
 */

const DAY = 86_400_000;
// Dates are the suite's clock's; the review steps open with the period, two months back, so a backend whose
// clock differs by days (a test server's fixed clock) still has them open.
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
const dayOf = (days: number) => at(days).slice(0, 10);
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** Who the token belongs to (`GET /me`), or `undefined` when it is not accepted. */
async function whoIs(context: ConformanceContext, token: string) {
  const reply = await context.request('GET', '/me', { token });
  return reply.response.status === 200
    ? (reply.json as { id: string; role?: string; managerId?: string | null })
    : undefined;
}

interface MeetingFixture {
  series?: MeetingSeries;
  meeting?: Meeting;
}

const meetingRoutes = {
  flow: [
    'createMeetingSeries',
    'listMeetingSeries',
    'getMeeting',
    'updateMeeting',
    'listMeetings',
    'createTalkingPoint',
    'listTalkingPoints',
    'updateTalkingPoint',
    'deleteTalkingPoint',
    'createActionItem',
    'updateActionItem',
    'createMeeting',
  ],
  privacy: ['getMeeting', 'updateMeeting', 'createTalkingPoint', 'listTalkingPoints', 'listMeetings'],
} as const;

/** 1:1s between the first person and their manager. */
export const MEETING_CHECKS: CheckGroup<MeetingFixture> = {
  skipAll: (context) =>
    haveMe(context) && !context.state.me?.managerId
      ? 'the first person has no manager to hold a 1:1 with (GET /me answers managerId: null)'
      : undefined,
  prepare: async () => ({}),
  checks: [
    {
      id: 'meetings.flow',
      name: '1:1s: a series with its first meeting and agenda; talking points, notes and action items with If-Match; the next meeting carries the unchecked points',
      routes: meetingRoutes.flow,
      needs: haveMe,
      run: async ({ request, expectStatus, expectShape, state }, fixture) => {
        const managerId = state.me?.managerId as string;
        const created = await request('POST', '/meeting-series', {
          body: { withPersonId: managerId, cadence: 'weekly', agendaTemplate: ['Conformance: wins'], firstAt: at(1) },
        });
        expectStatus(created.response, 201, 'POST /meeting-series with the first person’s manager');
        expectShape('createMeetingSeries', created.json);
        const series = created.json as MeetingSeries;
        fixture.series = series;
        if (!series.nextMeetingId) fail('the new series names no first meeting (nextMeetingId)');
        const listed = await request('GET', '/meeting-series');
        expectStatus(listed.response, 200, 'GET /meeting-series');
        expectShape('listMeetingSeries', listed.json);
        if (!(listed.json as { items: MeetingSeries[] }).items.some((s) => s.id === series.id))
          fail('GET /meeting-series does not list the new series');

        const first = await request('GET', `/meetings/${encodeURIComponent(series.nextMeetingId)}`);
        expectStatus(first.response, 200, 'GET the first meeting');
        expectShape('getMeeting', first.json);
        let meeting = first.json as Meeting;
        const template = meeting.talkingPoints.find((p) => p.text === 'Conformance: wins');
        if (!template?.recurring) fail('the agenda template is not a recurring talking point of the first meeting');

        const path = `/meetings/${encodeURIComponent(meeting.id)}`;
        const bare = await request('PATCH', path, { body: { sharedNotes: 'Conformance: notes' } });
        expectStatus(bare.response, 428, 'PATCH a meeting without If-Match');
        const stale = await request('PATCH', path, {
          body: { sharedNotes: 'Conformance: notes' },
          headers: ifMatch(meeting.version + 1000),
        });
        expectStatus(stale.response, 412, 'PATCH a meeting with a stale If-Match');
        const patched = await request('PATCH', path, {
          body: { sharedNotes: 'Conformance: notes' },
          headers: ifMatch(meeting.version),
        });
        expectStatus(patched.response, 200, 'PATCH a meeting’s shared notes');
        expectShape('updateMeeting', patched.json);
        meeting = patched.json as Meeting;
        if (meeting.sharedNotes !== 'Conformance: notes') fail('the shared notes were not kept');
        fixture.meeting = meeting;

        const add = async (text: string) => {
          const reply = await request('POST', `${path}/talking-points`, { body: { text } });
          expectStatus(reply.response, 201, `POST a talking point "${text}"`);
          expectShape('createTalkingPoint', reply.json);
          return reply.json as TalkingPoint;
        };
        const open = await add('Conformance: still open');
        const done = await add('Conformance: done');
        const gone = await add('Conformance: removed');
        const ticked = await request('PATCH', `/talking-points/${encodeURIComponent(done.id)}`, {
          body: { done: true },
          headers: ifMatch(done.version),
        });
        expectStatus(ticked.response, 200, 'tick a talking point off');
        expectShape('updateTalkingPoint', ticked.json);
        if (!(ticked.json as TalkingPoint).done) fail('the talking point is not done after ticking it');
        const bareDelete = await request('DELETE', `/talking-points/${encodeURIComponent(gone.id)}`);
        expectStatus(bareDelete.response, 428, 'DELETE a talking point without If-Match');
        const removed = await request('DELETE', `/talking-points/${encodeURIComponent(gone.id)}`, {
          headers: ifMatch(gone.version),
        });
        expectStatus(removed.response, 204, 'DELETE a talking point');
        const points = await request('GET', `${path}/talking-points`);
        expectStatus(points.response, 200, 'GET the meeting’s talking points');
        expectShape('listTalkingPoints', points.json);
        const texts = (points.json as { items: TalkingPoint[] }).items.map((p) => p.text);
        if (!texts.includes(open.text) || !texts.includes(done.text) || texts.includes(gone.text))
          fail(`the talking points are not the ones added and kept: ${JSON.stringify(texts)}`);

        const item = await request('POST', `${path}/action-items`, {
          body: { text: 'Conformance: follow up', ownerId: state.me?.id, due: dayOf(7) },
        });
        expectStatus(item.response, 201, 'POST an action item');
        expectShape('createActionItem', item.json);
        const action = item.json as ActionItem;
        const finished = await request('PATCH', `/action-items/${encodeURIComponent(action.id)}`, {
          body: { done: true },
          headers: ifMatch(action.version),
        });
        expectStatus(finished.response, 200, 'mark an action item done');
        expectShape('updateActionItem', finished.json);
        if (!(finished.json as ActionItem).doneAt) fail('an action item marked done has no doneAt');
        const notParticipant = await request('POST', `${path}/action-items`, {
          body: { text: 'Conformance: nobody', ownerId: 'conformance-nobody' },
        });
        expectStatus(notParticipant.response, [400, 422], 'an action item for someone outside the meeting');

        const next = await request('POST', '/meetings', { body: { seriesId: series.id, at: at(8) } });
        expectStatus(next.response, 201, 'POST the next meeting of the series');
        expectShape('createMeeting', next.json);
        const carried = (next.json as Meeting).talkingPoints;
        const still = carried.find((p) => p.text === open.text);
        if (!still) fail('the unchecked talking point did not carry to the next meeting');
        if (still.carriedFrom !== open.id)
          fail('a carried talking point does not name where it came from (carriedFrom)');
        if (carried.some((p) => p.text === done.text)) fail('a talking point ticked off was carried over');
        if (!carried.some((p) => p.text === 'Conformance: wins')) fail('the recurring agenda point did not carry over');

        const meetings = await request('GET', `/meetings?series=${encodeURIComponent(series.id)}`);
        expectStatus(meetings.response, 200, 'GET /meetings of the series');
        expectShape('listMeetings', meetings.json);
        if ((meetings.json as { items: unknown[] }).items.length !== 2)
          fail('GET /meetings?series= does not list the series’ two meetings');
        return undefined;
      },
    },
    {
      id: 'meetings.privacy',
      name: '1:1s: private notes and private talking points never reach the other participant',
      routes: meetingRoutes.privacy,
      run: async (context, fixture) => {
        const { request, expectStatus, options, state } = context;
        if (!options.managerToken)
          throw new CheckSkipped("pass --manager-token: the first person's manager's token, the other participant");
        const manager = await whoIs(context, options.managerToken);
        if (!manager || manager.id !== state.me?.managerId)
          throw new CheckSkipped('the manager token does not sign in as the first person’s manager (GET /me)');
        const meeting = fixture.meeting;
        if (!meeting) fail('meetings.flow made no meeting to use');
        const secret = `Conformance private ${Date.now().toString(36)}`;
        const path = `/meetings/${encodeURIComponent(meeting.id)}`;
        const current = (await request('GET', path)).json as Meeting;
        const noted = await request('PATCH', path, {
          body: { privateNotes: secret },
          headers: ifMatch(current.version),
        });
        expectStatus(noted.response, 200, 'PATCH the first person’s private notes');
        if ((noted.json as Meeting).privateNotes !== secret) fail('the author does not get their private notes back');
        const point = await request('POST', `${path}/talking-points`, {
          body: { text: secret, visibility: 'private' },
        });
        expectStatus(point.response, 201, 'POST a private talking point');

        const asManager = { token: options.managerToken };
        for (const [what, route] of [
          ['GET the meeting', path],
          ['GET its talking points', `${path}/talking-points`],
          ['GET /meetings', '/meetings'],
        ] as const) {
          const reply = await request('GET', route, asManager);
          expectStatus(reply.response, 200, `${what} as the manager`);
          if (reply.text.includes(secret)) fail(`${what} shows the manager the first person’s private note or point`);
        }
        // And the other way: the manager's own private notes are theirs.
        const managerView = (await request('GET', path, asManager)).json as Meeting;
        const theirs = `${secret} (manager)`;
        const managerNote = await request('PATCH', path, {
          ...asManager,
          body: { privateNotes: theirs },
          headers: ifMatch(managerView.version),
        });
        expectStatus(managerNote.response, 200, 'PATCH the manager’s private notes');
        const mine = await request('GET', path);
        if (mine.text.includes(theirs)) fail('the first person sees the manager’s private notes');
        if ((mine.json as Meeting).privateNotes !== secret) fail('the manager’s notes replaced the first person’s');
        return undefined;
      },
    },
  ],
};

interface ReviewFixture {
  cycle?: ReviewCycle;
  selfReview?: Review;
}

const reviewPath = (id: string) => `/reviews/${encodeURIComponent(id)}`;

/** A review cycle made by an admin, with the first person as its reviewee. */
export const REVIEW_CHECKS: CheckGroup<ReviewFixture> = {
  skipAll: (context) =>
    context.options.adminToken ? undefined : 'pass --admin-token: creating and moving a review cycle takes an admin',
  prepare: async () => ({}),
  checks: [
    {
      id: 'reviews.lifecycle',
      name: 'review cycles: an admin creates and opens one; the reviewee sees their goals as evidence, saves a draft (answers checked against the questions) and submits',
      routes: [
        'createReviewCycle',
        'listReviewCycles',
        'getReviewCycle',
        'transitionReviewCycle',
        'listReviews',
        'getReview',
        'updateReview',
        'transitionReview',
        'createReview',
      ],
      needs: haveMe,
      run: async (context, fixture) => {
        const { request, expectStatus, expectShape, expectProblem, options, state } = context;
        const admin = { token: options.adminToken as string };
        const body = {
          name: `Conformance: review ${Date.now().toString(36)}`,
          period: { start: dayOf(-60), end: dayOf(30) },
          steps: [
            { kind: 'self', opensAt: dayOf(-60), dueAt: dayOf(14), anonymous: false, minResponses: 1 },
            { kind: 'manager', opensAt: dayOf(-60), dueAt: dayOf(14), anonymous: false, minResponses: 1 },
            { kind: 'peer', opensAt: dayOf(-60), dueAt: dayOf(14), anonymous: true, minResponses: 3 },
          ],
          questions: [
            { id: 'impact', text: 'How much impact?', type: 'rating', kinds: ['self', 'manager', 'peer'] },
            { id: 'growth', text: 'Readiness for more', type: 'rating', kinds: ['manager'], measures: 'potential' },
            { id: 'story', text: 'What went well?', type: 'text', kinds: ['self', 'peer'] },
          ],
          goalSnapshotAt: at(0),
          participantIds: [state.me?.id],
        };
        if ((await whoIs(context, options.token))?.role !== 'admin') {
          const refused = await request('POST', '/review-cycles', { body });
          expectStatus(refused.response, 403, 'POST /review-cycles as the first person, who is not an admin');
        }
        const created = await request('POST', '/review-cycles', { ...admin, body });
        expectStatus(created.response, 201, 'POST /review-cycles as an admin');
        expectShape('createReviewCycle', created.json);
        let cycle = created.json as ReviewCycle;
        fixture.cycle = cycle;
        if (cycle.stage !== 'draft') fail(`a new review cycle is ${cycle.stage}, not a draft`);
        const one = await request('GET', `/review-cycles/${encodeURIComponent(cycle.id)}`, admin);
        expectStatus(one.response, 200, 'GET the review cycle');
        expectShape('getReviewCycle', one.json);

        const early = await request('POST', `/review-cycles/${encodeURIComponent(cycle.id)}/transitions`, {
          ...admin,
          body: { action: 'share' },
        });
        expectStatus(early.response, 409, 'sharing a draft cycle');
        expectProblem(early.response, early.json);
        const opened = await request('POST', `/review-cycles/${encodeURIComponent(cycle.id)}/transitions`, {
          ...admin,
          body: { action: 'open' },
        });
        expectStatus(opened.response, 200, 'opening the cycle');
        expectShape('transitionReviewCycle', opened.json);
        cycle = opened.json as ReviewCycle;
        if (cycle.stage !== 'collecting') fail(`an opened cycle is ${cycle.stage}, not collecting`);
        fixture.cycle = cycle;

        const mine = await request('GET', '/review-cycles');
        expectStatus(mine.response, 200, 'GET /review-cycles as the reviewee');
        expectShape('listReviewCycles', mine.json);
        if (!(mine.json as { items: ReviewCycle[] }).items.some((c) => c.id === cycle.id))
          fail('the reviewee’s GET /review-cycles does not list their cycle');

        const listed = await request('GET', `/review-cycles/${encodeURIComponent(cycle.id)}/reviews?kind=self`);
        expectStatus(listed.response, 200, 'GET the cycle’s reviews as the reviewee');
        expectShape('listReviews', listed.json);
        const self = (listed.json as { items: Review[] }).items.find(
          (r) => r.kind === 'self' && r.revieweeId === state.me?.id,
        );
        if (!self) fail('opening the cycle made no self review for the reviewee');
        const full = await request('GET', reviewPath(self.id));
        expectStatus(full.response, 200, 'GET the self review');
        expectShape('getReview', full.json);
        const review = full.json as Review;
        if (!review.evidence) fail('a review has no evidence (the reviewee’s goals at the snapshot)');
        for (const goal of review.evidence.objectives) {
          // The explanation is optional; when sent, what its top-level items add is the goal's progress.
          if (!goal.explanation?.length) continue;
          const sum = goal.explanation.filter((l) => l.depth === 0).reduce((total, l) => total + l.contribution, 0);
          if (Math.abs(sum - goal.progress) > 1e-6)
            fail(
              `the explanation of evidence goal ${JSON.stringify(goal.id)} adds up to ${sum}, not its progress ${goal.progress}`,
            );
        }

        const bad = await request('PATCH', reviewPath(self.id), {
          body: { answers: [{ questionId: 'impact', rating: 99 }] },
          headers: ifMatch(review.version),
        });
        expectStatus(bad.response, [400, 422], 'a rating outside the scale');
        const errors = (bad.json as { errors?: { path: string }[] } | undefined)?.errors ?? [];
        if (!errors.some((e) => e.path === 'answers[0].rating')) fail('the refusal does not name answers[0].rating');
        const incomplete = await request('POST', `${reviewPath(self.id)}/transitions`, { body: { action: 'submit' } });
        expectStatus(incomplete.response, [400, 422], 'submitting with the rating question unanswered');
        const saved = await request('PATCH', reviewPath(self.id), {
          body: {
            answers: [
              { questionId: 'impact', rating: 4 },
              { questionId: 'story', text: 'Shipped the thing.' },
            ],
          },
          headers: ifMatch(review.version),
        });
        expectStatus(saved.response, 200, 'saving the draft');
        expectShape('updateReview', saved.json);
        const submitted = await request('POST', `${reviewPath(self.id)}/transitions`, { body: { action: 'submit' } });
        expectStatus(submitted.response, 200, 'submitting the self review');
        expectShape('transitionReview', submitted.json);
        const after = submitted.json as Review;
        if (after.status !== 'submitted') fail(`a submitted review is ${after.status}`);
        fixture.selfReview = after;
        const again = await request('PATCH', reviewPath(self.id), {
          body: { answers: [{ questionId: 'impact', rating: 5 }] },
          headers: ifMatch(after.version),
        });
        expectStatus(again.response, [403, 409], 'editing a submitted review');

        const selfPeer = await request('POST', `/review-cycles/${encodeURIComponent(cycle.id)}/reviews`, {
          body: { revieweeId: state.me?.id, reviewerId: state.me?.id, kind: 'peer' },
        });
        expectStatus(selfPeer.response, [400, 422], 'asking oneself for a peer review');
        return undefined;
      },
    },
    {
      id: 'reviews.anonymity',
      name: 'review cycles: an anonymous peer review is never shown with its reviewer to the reviewee or an admin',
      routes: ['createReview', 'listReviews', 'getReview', 'updateReview', 'transitionReview', 'getCalibration'],
      run: async (context, fixture) => {
        const { request, expectStatus, options, state } = context;
        if (!options.secondToken) throw new CheckSkipped('pass --second-token: another member writes the peer review');
        const cycle = fixture.cycle;
        if (!cycle) fail('reviews.lifecycle made no cycle to use');
        const peer = await whoIs(context, options.secondToken);
        if (!peer) fail('the second token is not accepted (GET /me)');
        const asked = await request('POST', `/review-cycles/${encodeURIComponent(cycle.id)}/reviews`, {
          body: { revieweeId: state.me?.id, reviewerId: peer.id, kind: 'peer' },
        });
        expectStatus(asked.response, 201, 'the reviewee asks the second person for a peer review');
        const review = asked.json as Review;
        const asPeer = { token: options.secondToken };
        const saved = await request('PATCH', reviewPath(review.id), {
          ...asPeer,
          body: { answers: [{ questionId: 'impact', rating: 3 }] },
          headers: ifMatch(review.version),
        });
        expectStatus(saved.response, 200, 'the peer saves their answers');
        const submitted = await request('POST', `${reviewPath(review.id)}/transitions`, {
          ...asPeer,
          body: { action: 'submit' },
        });
        expectStatus(submitted.response, 200, 'the peer submits');
        for (const [who, token] of [
          ['the reviewee', undefined],
          ['an admin', options.adminToken as string],
        ] as const) {
          const init = token ? { token } : {};
          const list = await request('GET', `/review-cycles/${encodeURIComponent(cycle.id)}/reviews`, init);
          expectStatus(list.response, 200, `GET the cycle’s reviews as ${who}`);
          if (list.text.includes(peer.id)) fail(`GET …/reviews names the anonymous peer reviewer to ${who}`);
          const direct = await request('GET', reviewPath(review.id), init);
          expectStatus(direct.response, 404, `GET the anonymous review as ${who}`);
        }
        return undefined;
      },
    },
    {
      id: 'reviews.calibration',
      name: 'review cycles: the nine-box takes adjustments only while calibrating, each with a reason; shared reviews are acknowledged',
      routes: ['transitionReviewCycle', 'getCalibration', 'createCalibrationAdjustment', 'transitionReview'],
      run: async (context, fixture) => {
        const { request, expectStatus, expectShape, options, state } = context;
        const admin = { token: options.adminToken as string };
        const cycle = fixture.cycle;
        if (!cycle) fail('reviews.lifecycle made no cycle to use');
        const base = `/review-cycles/${encodeURIComponent(cycle.id)}`;
        const person = state.me?.id as string;
        // The manager's review, with a potential rating, puts the reviewee on the grid (with --manager-token).
        let placed = false;
        if (options.managerToken && (await whoIs(context, options.managerToken))?.id === state.me?.managerId) {
          const asManager = { token: options.managerToken };
          const theirs = await request(
            'GET',
            `${base}/reviews?kind=manager&reviewee=${encodeURIComponent(person)}`,
            asManager,
          );
          expectStatus(theirs.response, 200, 'GET the manager review as the manager');
          const review = (theirs.json as { items: Review[] }).items[0];
          if (!review) fail('opening the cycle made no manager review for the reviewee’s manager');
          const saved = await request('PATCH', reviewPath(review.id), {
            ...asManager,
            body: {
              answers: [
                { questionId: 'impact', rating: 4 },
                { questionId: 'growth', rating: 5 },
              ],
            },
            headers: ifMatch(review.version),
          });
          expectStatus(saved.response, 200, 'the manager saves their answers');
          const submitted = await request('POST', `${reviewPath(review.id)}/transitions`, {
            ...asManager,
            body: { action: 'submit' },
          });
          expectStatus(submitted.response, 200, 'the manager submits');
          placed = true;
        }
        const tooEarly = await request('POST', `${base}/calibration`, {
          ...admin,
          body: { personId: person, to: { performance: 'high', potential: 'high' }, reason: 'Conformance' },
        });
        expectStatus(tooEarly.response, 409, 'an adjustment while the cycle collects');
        const calibrating = await request('POST', `${base}/transitions`, { ...admin, body: { action: 'calibrate' } });
        expectStatus(calibrating.response, 200, 'moving the cycle to calibrating');
        const grid = await request('GET', `${base}/calibration`, admin);
        expectStatus(grid.response, 200, 'GET the calibration grid as an admin');
        expectShape('getCalibration', grid.json);
        const calibration = grid.json as Calibration;
        if (!calibration.editable) fail('the grid of a calibrating cycle is not editable');
        if (!calibration.people.some((p) => p.personId === person)) fail('the grid leaves out the reviewee');
        const reasonless = await request('POST', `${base}/calibration`, {
          ...admin,
          body: { personId: person, to: { performance: 'high', potential: 'high' }, reason: '   ' },
        });
        expectStatus(reasonless.response, [400, 422], 'an adjustment without a reason');
        if (placed) {
          const moved = await request('POST', `${base}/calibration`, {
            ...admin,
            body: {
              personId: person,
              to: { performance: 'moderate', potential: 'high' },
              reason: 'Conformance: agreed',
            },
          });
          expectStatus(moved.response, 201, 'an adjustment with a reason while calibrating');
          expectShape('createCalibrationAdjustment', moved.json);
          const placement = moved.json as Calibration['people'][number];
          if (placement.placement?.performance !== 'moderate' || placement.placement.potential !== 'high')
            fail('the placement is not where the adjustment moved it');
          const last = placement.adjustments.at(-1);
          if (last?.reason !== 'Conformance: agreed') fail('the adjustment is not recorded with its reason');
        }
        const sharing = await request('POST', `${base}/transitions`, { ...admin, body: { action: 'share' } });
        expectStatus(sharing.response, 200, 'moving the cycle to sharing');
        const self = fixture.selfReview;
        if (self) {
          const shared = await request('POST', `${reviewPath(self.id)}/transitions`, {
            ...admin,
            body: { action: 'share' },
          });
          expectStatus(shared.response, 200, 'an admin shares the self review');
          const acknowledged = await request('POST', `${reviewPath(self.id)}/transitions`, {
            body: { action: 'acknowledge' },
          });
          expectStatus(acknowledged.response, 200, 'the reviewee acknowledges it');
          if ((acknowledged.json as Review).status !== 'acknowledged') fail('the review is not acknowledged');
        }
        const closed = await request('POST', `${base}/transitions`, { ...admin, body: { action: 'close' } });
        expectStatus(closed.response, 200, 'closing the cycle');
        return undefined;
      },
    },
  ],
};
