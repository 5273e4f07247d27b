/**
 * One scripted journey through the feedback thread, run against both adapters (React in
 * packages/react/src/FeedbackThread/FeedbackThread.journey.test.tsx, lit in
 * packages/elements/src/gk-feedback-thread/gk-feedback-thread.journey.test.ts): each test drives its
 * flavour through a {@link JourneyDriver}, and both must produce {@link expectedFeedbackTranscript}, the
 * same requests, the same focus moves and the same text. Framework-free: no DOM library, no test runner.
 */

/** How a test drives its flavour of the widget, as a keyboard user would. */
export interface JourneyDriver {
  /** Focus the text box with this label and type into it (replacing what it held). */
  type(label: string, text: string): Promise<void>;
  /** Focus the radio with this label and select it with the keyboard. */
  check(label: string): Promise<void>;
  /** Focus the button with this name and press Enter. */
  press(name: string): Promise<void>;
  /** Wait until the widget's text contains this. */
  waitForText(text: string): Promise<void>;
  /** Wait until the text box with this label is empty. */
  waitForEmpty(label: string): Promise<void>;
  /** The focused element (through shadow roots): its tag and its label or text, as `textarea “Your comment”`. */
  focused(): string;
  /** The widget's visible text, without what form fields hold (see {@link visibleText}). */
  text(): string;
}

/** A request the widget made, normalised so that both flavours compare (idempotency keys as K1, K2 …). */
export type JourneyRequest = string;

/** A backend for the journey: an existing comment, a first post that fails, then posts that succeed. */
export function feedbackJourneyBackend() {
  const requests: JourneyRequest[] = [];
  const keys = new Map<string, string>();
  const comments = [
    {
      id: 'c1',
      objectiveId: 'o1',
      authorId: 'ana',
      authorName: 'Ana',
      kind: 'comment',
      body: 'Nice progress this week.',
      createdAt: '2026-02-12T09:00:00Z',
    },
  ];
  let posts = 0;
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const key = headers.get('idempotency-key');
    if (key && !keys.has(key)) keys.set(key, `K${keys.size + 1}`);
    const body = typeof init?.body === 'string' ? init.body : '';
    requests.push(`${method} ${url.pathname}${body ? ` ${body}` : ''}${key ? ` ${keys.get(key)}` : ''}`);
    if (method === 'GET' && url.pathname === '/objectives/o1/comments') return json({ items: comments });
    if (method === 'POST' && url.pathname === '/objectives/o1/comments') {
      posts++;
      if (posts === 1) {
        return new Response(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }), {
          status: 503,
          headers: { 'content-type': 'application/problem+json' },
        });
      }
      const parsed = JSON.parse(body) as { kind: string; body: string };
      const comment = {
        id: `c${comments.length + 1}`,
        objectiveId: 'o1',
        authorId: 'me',
        authorName: 'Me',
        kind: parsed.kind,
        body: parsed.body,
        createdAt: '2026-02-15T10:00:00Z',
      };
      comments.push(comment);
      return json(comment, 201);
    }
    return json({ type: 'about:blank', title: 'Not found', status: 404 }, 404);
  };
  return { fetch, requests };
}

/** What the journey saw after each step. */
export interface TranscriptEntry {
  readonly after: string;
  readonly focused: string;
  /** Which of the journey's sentences the widget shows. */
  readonly shows: readonly string[];
  /** Requests made during the step. */
  readonly requests: readonly JourneyRequest[];
}

const SENTENCES = [
  'Nice progress this week.',
  'Write something first.',
  'Posting…',
  'Your comment could not be posted. It is kept here.',
  'Great demo, thank you!',
  'Kudos from Me',
];

/** Run the journey: an empty post, kudos typed, a post that fails, a retry that works. */
export async function runFeedbackJourney(
  driver: JourneyDriver,
  backend: ReturnType<typeof feedbackJourneyBackend>,
): Promise<TranscriptEntry[]> {
  const transcript: TranscriptEntry[] = [];
  let seen = 0;
  /** Until no request has started for a while (a post's answer refreshes the list). */
  const quiet = async () => {
    for (let count = -1; count !== backend.requests.length; ) {
      count = backend.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const note = async (after: string) => {
    await quiet();
    const text = driver.text();
    transcript.push({
      after,
      focused: driver.focused(),
      shows: SENTENCES.filter((sentence) => text.includes(sentence)),
      requests: backend.requests.slice(seen),
    });
    seen = backend.requests.length;
  };
  await driver.waitForText('Nice progress this week.');
  await note('loaded');
  await driver.press('Post');
  await driver.waitForText('Write something first.');
  await note('posted nothing');
  await driver.check('Kudos');
  await driver.type('Your comment', 'Great demo, thank you!');
  await note('typed kudos');
  await driver.press('Post');
  await driver.waitForText('Your comment could not be posted. It is kept here.');
  await note('the post failed');
  await driver.press('Try again');
  await driver.waitForText('Kudos from Me');
  await driver.waitForEmpty('Your comment');
  await note('the retry worked');
  return transcript;
}

/** What both flavours must do. */
export const expectedFeedbackTranscript: TranscriptEntry[] = [
  { after: 'loaded', focused: 'body', shows: ['Nice progress this week.'], requests: ['GET /objectives/o1/comments'] },
  {
    after: 'posted nothing',
    focused: 'textarea “Your comment”',
    shows: ['Nice progress this week.', 'Write something first.'],
    requests: [],
  },
  { after: 'typed kudos', focused: 'textarea “Your comment”', shows: ['Nice progress this week.'], requests: [] },
  {
    after: 'the post failed',
    focused: 'button “Post”',
    shows: ['Nice progress this week.', 'Your comment could not be posted. It is kept here.'],
    requests: ['POST /objectives/o1/comments {"kind":"kudos","body":"Great demo, thank you!"} K1'],
  },
  {
    after: 'the retry worked',
    focused: 'textarea “Your comment”',
    shows: ['Nice progress this week.', 'Great demo, thank you!', 'Kudos from Me'],
    // The same key: the server records the retried post once. The answer goes into the list; no refetch.
    requests: ['POST /objectives/o1/comments {"kind":"kudos","body":"Great demo, thank you!"} K1'],
  },
];

/** The focused element as the transcript names it (through shadow roots). */
export function describeFocus(doc: Document): string {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === doc.body) return 'body';
  const tag = active.tagName.toLowerCase();
  const labelled =
    (active as HTMLInputElement).labels?.[0]?.textContent ?? active.getAttribute('aria-label') ?? active.textContent;
  return `${tag} “${(labelled ?? '').trim()}”`;
}

/** The text a person reads in a widget (through shadow roots), without the contents of form fields. */
export function visibleText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += node.textContent ?? '';
    if (node instanceof Element && /^(TEXTAREA|SCRIPT|STYLE|TEMPLATE)$/.test(node.tagName)) return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}
