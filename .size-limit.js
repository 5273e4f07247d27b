// Size budgets (min+gzip) for every package entry. To raise a budget, change `limit` here in the same
// commit as the code that needs it, and say in the commit why the bytes are worth it.
const source = (config) => {
  config.conditions = ['@goalkit/source', 'module', 'import', 'browser', 'default'];
  return config;
};
// What a page downloads before the widget renders. The goal editors load the SMART linter with
// import('@goalkit/core/lint') after their first render, the query layer loads the engine that
// rescores optimistic check-ins with import('@goalkit/core/resources') once mutations are set up, and
// <gk-provider live> loads the connection to GET /events with import('@goalkit/client/live') when it
// connects, and a widget loads German with import('@goalkit/core/i18n/de') the first time it speaks it
// (unless the app registered German), so these are left out of the entries that would pull them in and
// budgeted on their own.
const lazy = [
  '@goalkit/core/lint',
  '@goalkit/core/resources',
  '@goalkit/client/live',
  '@goalkit/core/i18n/de',
  // Loaded by the goal editor and the feedback thread when a provider with `assist` first asks GET /assist.
  '@goalkit/client/assist',
];
const peers = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', '@tanstack/query-core'];

const embed = (files) => files.map((file) => `packages/elements/dist/${file}`);
/**
 * The embed's files that goalkit.js loads when a tag appears, each with its budget (as built and served,
 * see below). A new widget's file goes here with its budget: the embed test fails for a file without one.
 */
const embedFiles = {
  'goalkit.js': { limit: '1.75 KB', why: 'every page: defines every tag, loads each when it appears' },
  // 22.83 KB when set: query-core's observers with the query and mutation they drive (~8.3 KB), lit (~5.6
  // KB), the theme's tokens (~2 KB), the client's query layer (~2 KB), the base element, the locale gate.
  // 24.75 KB since issue 26 (24.59 KB): the AI assistance words (the goal editor's rewrite and the feedback
  // thread's summary share the refusal reasons, ~0.6 KB) and the loader of goalkit-assist.js.
  // 25.5 KB since the competency widgets' connected mode (25.26 KB): the mapping of the competency replies to
  // the widgets' data and the loader of goalkit-competencies.js, which all three competency tags share.
  'goalkit-shared.js': { limit: '25.5 KB', why: 'what more than one tag needs, imported by goalkit.js' },
  // 15.88 KB when set: zod's runtime (~7.3 KB of zod/v4/core, ~0.9 KB of zod/mini) that checks every reply,
  // the contract's schemas and routes (~2 KB), the client (~1.5 KB), query-core's caches (~2.2 KB), the
  // provider (~0.8 KB). The only way below 35 KB for a connected card's first load is to check replies
  // with zod in a file that loads beside the first request rather than before it.
  // 17.23 KB after the rhythm's and the webhooks' eight routes (issue 22): each typed route with its reply
  // schema adds about 0.05 KB here. ~17.97 KB with issue 23's key-result source (pull settings, last sync),
  // the sync route and its reply, and the sync-failed event; ~18.2 KB with POST /imports (its request and the
  // per-row report's schemas); ~18.9 KB with GET /analytics (issue 24: its reply's schema, ~0.7 KB, is the
  // largest of any route; loading rarely used routes' reply schemas on demand would win it back).
  // 19.25 KB with issue 26 (19.05 KB): the assistance routes in the contract's table and <gk-provider assist>.
  'goalkit-provider.js': { limit: '19.25 KB', why: '<gk-provider> with the client, zod and the query cache' },
  'goalkit-progress.js': { limit: '2 KB', why: '<gk-progress>' },
  // 3.25 KB since issue 23: the line saying where the value comes from and when it last synced, "Sync now" with its
  // controller and status, their words and CSS (1.85 to 3.1 KB).
  'goalkit-key-result.js': { limit: '3.25 KB', why: '<gk-key-result>' },
  'goalkit-objective-card.js': { limit: '3.75 KB', why: '<gk-objective-card>' },
  // 5 KB since issue 20: the form's controller from core (recording, retries, conflicts and focus in one
  // place for both flavours) is ~0.35 KB more than the reducer the element used to drive itself (4.88 KB).
  'goalkit-check-in-form.js': { limit: '5 KB', why: '<gk-check-in-form>' },
  'goalkit-check-in-timeline.js': { limit: '4 KB', why: '<gk-check-in-timeline>' },
  // 6.25 KB since issue 20: the tree's controller from core (keys, clicks, filters, lazy loading and focus intent in
  // one place for both flavours, with the memo of its rows) is ~0.5 KB more than the element driving itself (5.57 KB).
  'goalkit-alignment-tree.js': { limit: '6.25 KB', why: '<gk-alignment-tree>' },
  // 12.5 KB: "Check-ins by" on each key result (its choices, the save field, the server's refusal at the row and
  // their words) took it from 11.74 to 12.42 KB.
  // 15.75 KB since issue 23: the push and pull settings of each key result (mode, connector and its fields,
  // schedule, transform, values outside the cycle; the server's refusal at each field; their words) took it
  // from 12.42 to 15.6 KB. A page that shows goals does not load it.
  // 17 KB since issue 26 (16.81 KB): "Suggest a SMART rewrite", its proposal with Accept and Keep mine, and the
  // controller's merge of an accepted proposal into the draft.
  // 17.25 KB with development goals' kind and competencies in its draft (17.04 KB).
  'goalkit-goal-editor.js': { limit: '17.25 KB', why: '<gk-goal-editor>' },
  // 4.5 KB: carrying unfinished goals over at the close (the duplicate mutation, the next cycle's list, the carry panel's
  // template and CSS) added 0.97 KB to the 3.25 KB dashboard.
  'goalkit-cycle-dashboard.js': { limit: '4.5 KB', why: '<gk-cycle-dashboard>' },
  // 4.25 KB since issue 26 (4.07 KB): "Summarise", the summary with its citation buttons, and the controller's
  // summary states and focus moves.
  // 4.5 KB after formatting and the citations' focus moves (4.28 KB).
  'goalkit-feedback-thread.js': { limit: '4.5 KB', why: '<gk-feedback-thread>' },
  'goalkit-approval-list.js': { limit: '4 KB', why: '<gk-approval-list>' },
  // <gk-check-in-form>'s file comes with it (goalkit.js fetches the tags a tag renders together).
  'goalkit-check-in-inbox.js': { limit: '4 KB', why: '<gk-check-in-inbox>' },
  'goalkit-digest.js': { limit: '4 KB', why: '<gk-digest>' },
  // Issue 24; 3.83 KB when set: four sections of figures, the grade bands, the trend table, their words and CSS.
  'goalkit-program-health.js': { limit: '4 KB', why: '<gk-program-health>' },
  // Issue 24; 4.06 KB when set: the diagram's geometry from core, the fraction switch, the bins' table, words and CSS.
  'goalkit-calibration.js': { limit: '4.25 KB', why: '<gk-calibration>' },
  // Issue 25; 7.72 KB when set: the grid's controller from core (pick-up, the arrow keys, drops, the reason dialog's
  // focus trap, saving, the server's answer or refusal), the nine boxes' view with the table, their words and CSS
  // (~1.7 KB: the grid, its list layout below 36rem, the dialog). The conversation routes load apart.
  'goalkit-calibration-grid.js': { limit: '8 KB', why: '<gk-calibration-grid>' },
  // Issue 25; 8.98 KB when set: the review form's controller from core (drafts, save, submit with its confirmation,
  // conflicts, the server's refusals at the questions), the goal evidence, its words and CSS. The conversation
  // routes it calls load beside it from goalkit-conversations.js, which a page without a review never fetches.
  // 9.75 KB since the goal evidence explains each goal (9.54 KB): the "Why 84%" disclosure, its lines and words.
  'goalkit-review-form.js': { limit: '9.75 KB', why: '<gk-review-form>' },
  // Issue 25; 9.55 KB when set: a 1:1 is several widgets in one (the agenda with ticking, deleting with its
  // confirmation and carried/recurring/private words; suggestions worded from their numbers; shared and private
  // notes with save, conflict and the other version; action items with owner and due date; two forms) with its
  // controller from core, words and CSS. Its routes load beside it from goalkit-conversations.js.
  // 10 KB since the keyboard journey's mends (9.84 KB): focus after a notes conflict, a state change retried on 412.
  'goalkit-one-on-one.js': { limit: '10 KB', why: '<gk-one-on-one>' },
  // Issue 26; 2.35 KB when set: the matrix's view, its words and CSS. Each competency widget spells out the words
  // the three share (levels, "Self-assessed", gaps) in its own catalog, so none of them lands in goalkit-shared.js.
  // 2.75 KB with connected mode (2.64 KB): `person-id`, its query and the loader of goalkit-competencies.js.
  'goalkit-competency-matrix.js': { limit: '2.75 KB', why: '<gk-competency-matrix>' },
  // Issue 26; 3.47 KB when set: the radar's geometry from core, the table of values, words and CSS.
  // 4 KB with connected mode (3.79 KB): `person-id`, its query and the mapping of the server's reply.
  'goalkit-skill-radar.js': { limit: '4 KB', why: '<gk-skill-radar>' },
  // Issue 26; 2.83 KB when set: the plan's view with core's planCoverage, the draft event, words and CSS.
  // 3.25 KB with connected mode (3.17 KB): `person-id` and `target`, the profile and gaps queries and their mapping.
  'goalkit-growth-plan.js': { limit: '3.25 KB', why: '<gk-growth-plan>' },
};
/** The files a tag loads: its own and those of the tags it renders (their files are fetched together). */
const embedWidgets = {
  'gk-provider': ['goalkit-provider.js'],
  'gk-objective-card': ['goalkit-objective-card.js', 'goalkit-key-result.js', 'goalkit-progress.js'],
};

export default [
  {
    name: '@goalkit/core/scoring (no zod, no linter)',
    path: 'packages/core/src/scoring/index.ts',
    limit: '8 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/client: createClient (excluding zod)',
    path: 'packages/client/src/index.ts',
    import: '{ createClient }',
    ignore: ['zod', 'zod/mini', '@tanstack/query-core'],
    // A typed, validated route costs about 0.1 kB; the rhythm's four took it from 5.64 to 6.09 kB, the
    // webhooks' and the digest's to 6.66 kB (the digest's schema is the larger part), the push of values to 6.85 kB,
    // the key result's source and "sync now" to 7.1 kB, imports (request, per-row report) to 7.37 kB, analytics
    // (the program-health and calibration reply, issue 24) to 8.1 kB, an objective's kind and competencyIds
    // (issue 26) to 8.23 kB.
    limit: '8.25 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/client: query layer (excluding client, core and query-core)',
    path: 'packages/client/src/index.ts',
    import: '{ goalkitQueries, goalkitMutations, goalkitKeys, applyLiveEvent }',
    ignore: [
      'zod',
      'zod/mini',
      '@tanstack/query-core',
      '@goalkit/core',
      '@goalkit/core/scoring',
      '@goalkit/core/model',
    ],
    // 2.25 KB since issue 19: the approvals and alignment-candidate queries and the carry-over mutation (2.03 KB).
    // 2.28 KB after issue 22: the digest's query and its invalidations, and key-result errors named by row.
    // 2.37 KB with issue 26: a goal's change refreshes people's gaps (development goals cover them).
    limit: '2.5 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/core/lint: lintObjective (loaded lazily by the goal editors)',
    path: 'packages/core/src/lint/index.ts',
    import: '{ lintObjective }',
    // 21 KB since issue 19: the goal form's wording of the messages that name the file format's keys
    // (`audience: 'form'`, English and German, ~0.9 KB) came on top of 19.1 of 20.
    limit: '21 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    // Every widget's German in one file, which registers itself: what a page loads the first time it speaks German.
    name: '@goalkit/core/i18n/de: German (loaded on demand by the widgets, or imported by the app)',
    path: 'packages/core/src/i18n/de/index.ts',
    // 4.55 KB: the goal editor's "Check-ins by" words took it from 4.41 to 4.52 KB.
    // 4.58 KB: the timeline's source labels ("Von einem System", "Von einem Konnektor", with the reference) added 23 B.
    // 5.65 KB: the source line, "Sync now" and the editor's push and pull settings in German (5.61 KB).
    // 6.75 KB: issue 24's ProgramHealth and CalibrationChart in German (6.63 KB).
    // 9.5 KB: issue 25's conversation widgets in German (the review form's and the calibration grid's words, 9.21 KB).
    // 10 KB: issue 26's competency matrix, skill radar and growth plan in German (+0.56 KB, their shared words once).
    // 10.5 KB: issue 26's AI assistance words in German (the rewrite, the summary and the refusal reasons, 10.31 KB).
    limit: '10.5 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/client/live: createLiveEventStream (loaded lazily by <gk-provider live>)',
    path: 'packages/client/src/live.ts',
    import: '{ createLiveEventStream }',
    limit: '1.5 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/client/assist: the AI assistance routes (loaded lazily by the widgets inside a provider with assist)',
    path: 'packages/client/src/assist.ts',
    import: '{ assist }',
    // Issue 26: the routes with their replies' schemas, which hold the document's draft objective (core's model
    // schema) and the assistance outputs; zod excluded, as for createClient.
    ignore: ['zod', 'zod/mini'],
    limit: '8 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/client/webhooks: signing and verifying Standard Webhooks deliveries (the whole entry)',
    path: 'packages/client/src/webhooks.ts',
    import: '{ generateWebhookSecret, signWebhook, webhookHeaders, verifyWebhook, WebhookVerificationError }',
    // Web Crypto does the HMAC, so this is the headers' parsing and the error messages; 1.84 kB when set
    // (verifyWebhook alone, what a receiver bundles, 1.55 kB).
    limit: '2.25 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/core/resources: rescoreObjective (loaded lazily by the query layer for optimistic check-ins)',
    path: 'packages/core/src/resources/rescore.ts',
    import: '{ rescoreObjective }',
    limit: '8 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: ProgressMeter alone',
    path: 'packages/react/src/index.ts',
    import: '{ ProgressMeter }',
    ignore: [...peers, ...lazy],
    limit: '6 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: KeyResult alone',
    path: 'packages/react/src/index.ts',
    import: '{ KeyResult }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: ObjectiveCard alone',
    path: 'packages/react/src/index.ts',
    import: '{ ObjectiveCard }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: CheckInForm alone',
    path: 'packages/react/src/index.ts',
    import: '{ CheckInForm }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: CheckInTimeline alone',
    path: 'packages/react/src/index.ts',
    import: '{ CheckInTimeline }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: AlignmentTree alone',
    path: 'packages/react/src/index.ts',
    import: '{ AlignmentTree }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: GoalEditor alone',
    path: 'packages/react/src/index.ts',
    import: '{ GoalEditor }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: CycleDashboard alone',
    path: 'packages/react/src/index.ts',
    import: '{ CycleDashboard }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: FeedbackThread alone',
    path: 'packages/react/src/index.ts',
    import: '{ FeedbackThread }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: ApprovalList alone',
    path: 'packages/react/src/index.ts',
    import: '{ ApprovalList }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    // With the check-in form each row opens.
    name: '@goalkit/react: CheckInInbox alone',
    path: 'packages/react/src/index.ts',
    import: '{ CheckInInbox }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: Digest alone',
    path: 'packages/react/src/index.ts',
    import: '{ Digest }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: ProgramHealth alone',
    path: 'packages/react/src/index.ts',
    import: '{ ProgramHealth }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: CalibrationChart alone',
    path: 'packages/react/src/index.ts',
    import: '{ CalibrationChart }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: CompetencyMatrix alone',
    path: 'packages/react/src/index.ts',
    import: '{ CompetencyMatrix }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: SkillRadar alone',
    path: 'packages/react/src/index.ts',
    import: '{ SkillRadar }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: GrowthPlan alone',
    path: 'packages/react/src/index.ts',
    import: '{ GrowthPlan }',
    ignore: [...peers, ...lazy],
    limit: '20 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: ReviewForm alone',
    path: 'packages/react/src/index.ts',
    import: '{ ReviewForm }',
    ignore: [...peers, ...lazy],
    // Issue 25; 25.05 KB when set: the form's controller and view (~8 KB) and the progress meter, with the
    // conversation routes, their schemas and zod/mini (~16 KB) that the connected form reads and writes through.
    // 25.75 KB with the evidence's explanations and competency answers (25.65 KB).
    limit: '25.75 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: CalibrationGrid alone',
    path: 'packages/react/src/index.ts',
    import: '{ CalibrationGrid }',
    ignore: [...peers, ...lazy],
    // Issue 25; 22.7 KB when set: the grid's controller and view, and the conversation routes with their schemas
    // and zod (the connected grid's read and its moves; ReviewForm and OneOnOne share them on a page with both).
    limit: '23 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: OneOnOne alone',
    path: 'packages/react/src/index.ts',
    import: '{ OneOnOne }',
    ignore: [...peers, ...lazy],
    // Issue 25; 25.22 KB when set: the 1:1's controller and view, and the conversation routes with their schemas and
    // zod (the connected meeting's read and its six writes; ReviewForm and CalibrationGrid share them on one page).
    // 25.75 KB with the contract's evidence explanations and competency answers and the 412 retry (25.68 KB).
    limit: '25.75 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/react: every widget, the provider and the hooks',
    path: 'packages/react/src/index.ts',
    ignore: [...peers, ...lazy],
    // 44.25 KB since issue 23: where a key result's value comes from (its line, "Sync now" and its hook) and the
    // editor's push and pull settings (mode, connector, its fields, schedule, transform) took it from 39.54 to 44.01 KB;
    // 49.25 KB since issue 24's ProgramHealth and CalibrationChart (44.04 to 49.08 KB); 84 KB since issue 25's
    // conversation widgets (ReviewForm, CalibrationGrid, OneOnOne, 83.05 KB): their controllers and words, and the
    // conversation routes (`@goalkit/client/conversations`) with their schemas and zod/mini, which the goal widgets
    // never brought (they take their queries from the provider; an app has zod already with createClient).
    // 92 KB with issue 26 (91.36 KB): the competency widgets, and the goal editor's rewrite and the feedback
    // thread's summary (their controllers' states, views and words; the assistance routes load apart). 95 KB with
    // the competency widgets' connected mode (94.55 KB): the competency routes (`@goalkit/client/competencies`)
    // with the framework, profile and gaps schemas, and their two hooks.
    limit: '95 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-progress (with lit)',
    path: 'packages/elements/src/define/gk-progress.ts',
    ignore: lazy,
    // 10.5 KB since issue 18: the dark tokens spelled out instead of light-dark() (which minifiers broke), and
    // the colour-scheme lookup every element does (10.13 KB). 10.75 KB since issue 20: every element now has
    // the German gate and the language registry (10.61 KB), which the widgets with text pay back by no longer
    // carrying their German up front.
    limit: '10.75 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-provider (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-provider.ts',
    // The provider holds the whole client: contract schemas for reply validation (live events' too), retries
    // and the query layer. The engine that rescores optimistic check-ins ('@goalkit/core/resources') and,
    // with `live`, the connection to GET /events ('@goalkit/client/live') load after it.
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-key-result (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-key-result.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-objective-card (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-objective-card.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-check-in-form (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-check-in-form.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-check-in-timeline (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-check-in-timeline.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-alignment-tree (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-alignment-tree.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-goal-editor (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-goal-editor.ts',
    // 35.5 KB with issue 26 (35.12 KB): "Suggest a SMART rewrite" (the assistance routes load apart).
    limit: '35.5 KB',
    gzip: true,
    ignore: lazy,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-cycle-dashboard (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-cycle-dashboard.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-approval-list (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-approval-list.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    // With <gk-check-in-form>, which each row opens.
    name: '@goalkit/elements: define/gk-check-in-inbox (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-check-in-inbox.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-digest (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-digest.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-program-health (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-program-health.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-calibration (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-calibration.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-competency-matrix (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-competency-matrix.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-skill-radar (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-skill-radar.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-growth-plan (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-growth-plan.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-calibration-grid (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-calibration-grid.ts',
    ignore: lazy,
    // Issue 25; 38.9 KB when set: as define/gk-calibration, plus the grid's controller and the conversation routes
    // with their schemas (the embed loads those from goalkit-conversations.js, apart).
    limit: '39.25 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-review-form (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-review-form.ts',
    ignore: lazy,
    // Issue 25; 41.59 KB when set: above the others' 35 KB by the conversation routes with their schemas and
    // zod/mini, which this entry bundles in (the embed loads them apart, from goalkit-conversations.js).
    // 42.5 KB with the evidence's explanations (42.33 KB).
    limit: '42.5 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-one-on-one (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-one-on-one.ts',
    ignore: lazy,
    // Issue 25; 40.99 KB when set: as define/gk-calibration-grid, with the 1:1's controller and view instead (the
    // embed loads the conversation routes from goalkit-conversations.js, apart). 41.75 KB with the journey's
    // mends and the contract's growth (41.52 KB).
    limit: '41.75 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  {
    name: '@goalkit/elements: define/gk-feedback-thread (with lit, query-core, zod/mini)',
    path: 'packages/elements/src/define/gk-feedback-thread.ts',
    ignore: lazy,
    limit: '35 KB',
    gzip: true,
    modifyEsbuildConfig: source,
  },
  // The embed bundle (build it first: `pnpm --filter @goalkit/elements build:embed`), measured as built and
  // served: each file minified by the build and gzipped as it is, the sizes of a first load's files added
  // up. Through esbuild each would be bundled again into a script with esbuild's own wrapper and helpers,
  // which gzips larger than what pages download. goalkit.js defines every tag and imports a tag's file when
  // the tag first appears (see packages/elements/scripts/build-embed.mjs): a page downloads goalkit.js,
  // goalkit-shared.js and the files of the tags it shows.
  {
    name: '@goalkit/elements: embed, first load of a page with only <gk-objective-card>',
    path: embed(['goalkit.js', 'goalkit-shared.js', ...embedWidgets['gk-objective-card']]),
    // Issue 20's budget; 31.07 KB when set. goalkit-shared.js (below) and the card's file with the card's
    // view-model, words and CSS, which brings the key result's and the progress's files.
    limit: '35 KB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: '@goalkit/elements: embed, first load of a page with <gk-provider> and a connected <gk-objective-card>',
    path: embed([
      'goalkit.js',
      'goalkit-shared.js',
      ...embedWidgets['gk-provider'],
      ...embedWidgets['gk-objective-card'],
    ]),
    // The card above plus goalkit-provider.js: the client with the contract's zod schemas for every route,
    // query-core's cache and the provider (the rescoring engine follows on its own, below). Above the issue's
    // 35 KB: see goalkit-provider.js. The one-file goalkit.js was 66.95 KB for every page when this was set.
    // 48.22 KB after issue 22's eight routes (the provider file, above); 48.86 KB with the digest, rotation
    // and the push of values (issue 23); +0.22 KB for the key result's source and the sync route (issue 23);
    // 51.31 KB with the key result's source line and "Sync now" (its file, 1.26 KB) and the card's sync wiring;
    // 52.08 KB with the analytics reply's schema in the provider (issue 24); 52.45 KB with issue 25's conversation
    // widgets: their request events and the loader of goalkit-conversations.js, which the three conversation tags
    // share, are in goalkit-shared.js (the routes and their schemas are not: they load with the first such tag).
    // 53.5 KB with issue 26 (53.27 KB): the assistance words and loader in goalkit-shared.js (see there);
    // 54 KB with the competency loader there too (53.94 KB).
    limit: '54 KB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  ...Object.entries(embedFiles).map(([file, { limit, why }]) => ({
    name: `@goalkit/elements: embed ${file} (${why})`,
    path: embed([file]),
    limit,
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  })),
  {
    name: '@goalkit/elements: embed, every widget (a page with every tag; the parts below load later)',
    path: embed(Object.keys(embedFiles)),
    // Reported, not limited: it grows with each widget, which pages that do not show it never download.
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: '@goalkit/elements: embed goalkit-lint.js (imported by goalkit-goal-editor.js after the editor renders)',
    path: 'packages/elements/dist/goalkit-lint.js',
    // The whole '@goalkit/core/lint' entry (lintDocument and the rule catalog too, not only lintObjective):
    // 1 kB above the lintObjective entry, which the faster linter brought to 19.0 of its 20 kB; 22 KB with
    // the goal form's wording (issue 19).
    limit: '22 KB',
    gzip: true,
  },
  {
    name: '@goalkit/elements: embed goalkit-rescore.js (imported by goalkit-provider.js when check-ins are set up)',
    path: 'packages/elements/dist/goalkit-rescore.js',
    limit: '8 KB',
    gzip: true,
  },
  {
    name: '@goalkit/elements: embed goalkit-live.js (imported by goalkit-provider.js when a <gk-provider live> connects)',
    path: 'packages/elements/dist/goalkit-live.js',
    // As served, like goalkit.js. The SSE reader with its reconnects; it checks each event with the schema
    // goalkit-provider.js passes in, so it carries no zod. 1.22 kB when this limit was set.
    limit: '1.5 KB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: '@goalkit/elements: embed goalkit-conversations.js (imported by a conversation widget when it first renders connected)',
    path: 'packages/elements/dist/goalkit-conversations.js',
    // Issue 25; 13.36 KB when set: the 1:1 and review routes with their schemas (~4 KB) and their own copy of zod's
    // runtime (~8 KB), so that neither goes in goalkit-shared.js, which every page loads (in it, they took that
    // file from 23.7 to 38.4 KB). A page with a review or a 1:1 pays zod twice; one without pays nothing.
    // 13.75 KB with the evidence's explanation and competency answers (13.53 KB).
    limit: '13.75 KB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: '@goalkit/elements: embed goalkit-assist.js (imported by the goal editor or feedback thread in a <gk-provider assist>)',
    path: 'packages/elements/dist/goalkit-assist.js',
    // Issue 26; 12.34 KB when set: the assistance routes with their schemas (the document's draft objective and
    // the outputs) and their own copy of zod's runtime, so that none goes in goalkit-shared.js: a page whose
    // provider does not say `assist` never loads it.
    limit: '12.5 KB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: '@goalkit/elements: embed goalkit-competencies.js (imported by a competency widget when it first renders connected)',
    path: 'packages/elements/dist/goalkit-competencies.js',
    // Issue 26; 12.36 KB when set: the competency routes with their schemas (the framework, the profile and gaps
    // replies) and their own copy of zod's runtime, so that none goes in goalkit-shared.js: a page without a
    // connected competency widget never loads it.
    limit: '12.5 KB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: '@goalkit/elements: embed goalkit-de.js (imported by goalkit-shared.js when a widget renders in German)',
    path: 'packages/elements/dist/goalkit-de.js',
    // Every widget's German catalog (the other files carry English); 2.8 KB when this limit was set, 4 KB since
    // issue 19 added the approval list and the editor's alignment, status and lifecycle words (3.63 KB); 4.5 KB
    // since issue 22 added the check-in inbox's words (4.17 KB); 4.75 KB since the digest's words (4.52 KB);
    // 5.75 KB since issue 23's source line, sync and the editor's push and pull settings (5.71 KB); 6.75 KB
    // since issue 24's ProgramHealth and CalibrationChart (6.74 KB); 9.5 KB since issue 25's review form and
    // calibration grid (9.3 KB); 10 KB since issue 26's competency widgets (+0.56 KB); 10.5 KB since issue 26's
    // AI assistance words (10.41 KB).
    limit: '10.5 KB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
];
