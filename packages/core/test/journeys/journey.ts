/**
 * What the widget journeys share (see feedbackThread.ts, checkInForm.ts and alignmentTree.ts): the driver each flavour's test
 * implements, a request log that names idempotency keys K1, K2 … so both flavours compare, and the runner that
 * writes the transcript after each step. Framework-free: no DOM library, no test runner.
 */

/** How a test drives its flavour of the widget, as a keyboard user would. */
export interface JourneyDriver {
  /** Focus the text box with this label and type into it (replacing what it held). */
  type(label: string, text: string): Promise<void>;
  /** Focus the radio with this label and select it with the keyboard. */
  check(label: string): Promise<void>;
  /** Focus the button with this name and press Enter. */
  press(name: string): Promise<void>;
  /** Type keys into whatever has focus, in user-event's notation (`{Tab}`, `{ArrowDown}`, `si`). */
  key(keys: string): Promise<void>;
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

/** What the journey saw after each step. */
export interface TranscriptEntry {
  readonly after: string;
  readonly focused: string;
  /** Which of the journey's sentences the widget shows. */
  readonly shows: readonly string[];
  /** Requests made during the step. */
  readonly requests: readonly JourneyRequest[];
}

/** A fake backend's log: each request as `METHOD /path?query body K1`, idempotency keys named in order of first use. */
export function requestLog() {
  const requests: JourneyRequest[] = [];
  const keys = new Map<string, string>();
  return {
    requests,
    /** Record one call; answers what a route needs of it. */
    record(input: RequestInfo | URL, init?: RequestInit) {
      const url = new URL(String(input));
      const method = init?.method ?? 'GET';
      const key = new Headers(init?.headers).get('idempotency-key');
      if (key && !keys.has(key)) keys.set(key, `K${keys.size + 1}`);
      const body = typeof init?.body === 'string' ? init.body : '';
      requests.push(`${method} ${url.pathname}${url.search}${body ? ` ${body}` : ''}${key ? ` ${keys.get(key)}` : ''}`);
      return { method, path: url.pathname, body };
    },
  };
}

/** A JSON reply. */
export const jsonReply = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A problem+json reply. */
export const problemReply = (status: number, title: string) =>
  new Response(JSON.stringify({ type: 'about:blank', title, status }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

/**
 * Run a journey's script, which calls `note(after)` after each step: the runner waits until no request has
 * started for a while (an answer may refresh a list), then notes the focused element, which of `sentences`
 * the widget shows and the requests made since the last note.
 */
export async function recordJourney(
  driver: JourneyDriver,
  requests: readonly JourneyRequest[],
  sentences: readonly string[],
  script: (note: (after: string) => Promise<void>) => Promise<void>,
): Promise<TranscriptEntry[]> {
  const transcript: TranscriptEntry[] = [];
  let seen = 0;
  const quiet = async () => {
    for (let count = -1; count !== requests.length; ) {
      count = requests.length;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await script(async (after) => {
    await quiet();
    const text = driver.text();
    transcript.push({
      after,
      focused: driver.focused(),
      shows: sentences.filter((sentence) => text.includes(sentence)),
      requests: requests.slice(seen),
    });
    seen = requests.length;
  });
  return transcript;
}

/**
 * The focused element as the transcript names it (through shadow roots). A tree item is named by its title
 * part, with its level and state: `treeitem “Win EMEA” level 3, selected`.
 */
export function describeFocus(doc: Document): string {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === doc.body) return 'body';
  if (active.getAttribute('role') === 'treeitem') {
    const title = active.querySelector('[data-part="title"]')?.textContent?.trim();
    const expanded = active.getAttribute('aria-expanded');
    const states = [
      `level ${active.getAttribute('aria-level')}`,
      ...(expanded === null ? [] : [expanded === 'true' ? 'expanded' : 'collapsed']),
      ...(active.getAttribute('aria-selected') === 'true' ? ['selected'] : []),
    ];
    return `treeitem “${title}” ${states.join(', ')}`;
  }
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
