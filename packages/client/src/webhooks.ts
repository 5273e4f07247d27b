const SECRET_PREFIX = 'whsec_';
const SIGNATURE_VERSION = 'v1';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The three headers of a webhook delivery, named as the Standard Webhooks specification names them. */
export type WebhookHeaderName = 'webhook-id' | 'webhook-timestamp' | 'webhook-signature';

/**
 * One secret (`whsec_` followed by base64, as {@link generateWebhookSecret} returns), or several while a
 * secret is being rotated.
 */
export type WebhookSecrets = string | readonly string[];

/**
 * The body exactly as it was sent or received: the text, or its bytes. Read a request's body once, as
 * text (`await request.text()`) or bytes, and verify that: JSON parsed and serialised again rarely has
 * the same bytes, and the signature covers the bytes.
 */
export type WebhookBody = string | Uint8Array;

/**
 * A request's headers: a `Headers` object (`request.headers` in `fetch` handlers), or a plain object such
 * as Node's `IncomingMessage.headers`. Names are matched without regard to case.
 */
export type WebhookRequestHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Why {@link verifyWebhook} rejected a delivery:
 *
 * - `'missing-header'`: `webhook-id`, `webhook-timestamp` or `webhook-signature` is absent or empty.
 * - `'bad-timestamp'`: `webhook-timestamp` is not a whole number of seconds.
 * - `'too-old'`: `webhook-timestamp` is more than `toleranceSeconds` in the past (possibly a replay).
 * - `'too-new'`: `webhook-timestamp` is more than `toleranceSeconds` in the future.
 * - `'no-matching-signature'`: no `v1` signature in `webhook-signature` was made with any of the secrets
 *   over this id, timestamp and body.
 * - `'bad-secret'`: a secret given to `verifyWebhook` is not base64 (with or without `whsec_`), or none
 *   was given. This is the receiver's configuration, not the delivery, at fault.
 */
export type WebhookVerificationReason =
  | 'missing-header'
  | 'bad-timestamp'
  | 'too-old'
  | 'too-new'
  | 'no-matching-signature'
  | 'bad-secret';

/**
 * A delivery failed verification: do not act on it, and answer with a 4xx status (401 or 400). `reason`
 * says which check failed.
 */
export class WebhookVerificationError extends Error {
  // Spelled out, not `new.target.name`: minifiers rename classes.
  override name = 'WebhookVerificationError';
  /** Which check failed. */
  readonly reason: WebhookVerificationReason;

  /** Made by {@link verifyWebhook}; `message` says what was wrong and what to check. */
  constructor(reason: WebhookVerificationReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** What {@link signWebhook} signs. */
export interface SignWebhookOptions {
  /** The delivery's id (`webhook-id`): the same on every retry of one event, so receivers can drop repeats. */
  id: string;
  /** When this attempt is made, in whole seconds since the Unix epoch (`webhook-timestamp`). */
  timestamp: number;
  /** The body as it is sent. */
  body: WebhookBody;
  /** The endpoint's secret: `whsec_` followed by base64. */
  secret: string;
}

/** What {@link webhookHeaders} signs. */
export interface WebhookHeadersOptions {
  /** The delivery's id (`webhook-id`): the same on every retry of one event, so receivers can drop repeats. */
  id: string;
  /** When this attempt is made, in whole seconds since the Unix epoch (`webhook-timestamp`). */
  timestamp: number;
  /** The body as it is sent. */
  body: WebhookBody;
  /** The endpoint's secret, or its new and old secrets while rotating: one signature each. */
  secrets: WebhookSecrets;
}

/** The request that {@link verifyWebhook} checks, and how. */
export interface VerifyWebhookRequest {
  /** The request's headers. */
  headers: WebhookRequestHeaders;
  /** The request's body as received, before any parsing. */
  body: WebhookBody;
  /**
   * How far `webhook-timestamp` may be from `now`, either way, in seconds. Older deliveries are refused as
   * possible replays.
   * @default 300
   */
  toleranceSeconds?: number;
  /**
   * The current time.
   * @default new Date()
   */
  now?: Date;
}

/**
 * What {@link verifyWebhook} checks: the request's headers and body, and either `secret` or `secrets`
 * (any of which may have signed it, while a secret is being rotated).
 */
export type VerifyWebhookOptions = VerifyWebhookRequest &
  (
    | {
        /** The endpoint's secret: `whsec_` followed by base64 (base64 alone is accepted too). */
        secret: string;
        secrets?: never;
      }
    | {
        /** The endpoint's secrets, any of which may have signed the delivery (during a rotation). */
        secrets: WebhookSecrets;
        secret?: never;
      }
  );

/** What a verified delivery carried. */
export interface VerifiedWebhook {
  /** `webhook-id`: remember it for a while and drop deliveries you have already processed. */
  id: string;
  /** `webhook-timestamp`, in seconds since the Unix epoch. */
  timestamp: number;
}

/**
 * A new webhook secret: `whsec_` followed by the base64 of 32 random bytes. Give each endpoint its own,
 * show it to the receiver once, and keep it as you would a password.
 */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + toBase64(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * The signature of one delivery with one secret, `v1,` followed by the base64 HMAC-SHA256 of
 * `${id}.${timestamp}.${body}` keyed with the secret's bytes (per the Standard Webhooks specification).
 * {@link webhookHeaders} gives all three headers, with one signature per secret.
 *
 * @returns The signature, such as `v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=`.
 * @throws TypeError when `secret` is not `whsec_` followed by base64.
 * @throws RangeError when `timestamp` is not a non-negative integer number of seconds (or looks like milliseconds).
 */
export async function signWebhook(options: SignWebhookOptions): Promise<string> {
  const { id, timestamp, body, secret } = options;
  const key = await importSecret(secret);
  if (!key) throw new TypeError(badSecretMessage('secret'));
  return `${SIGNATURE_VERSION},${await hmac(key, id, String(checkTimestamp(timestamp)), body)}`;
}

/**
 * The three headers to send with a delivery: `webhook-id`, `webhook-timestamp` and `webhook-signature`,
 * which holds one `v1,…` signature per secret, separated by spaces (during a rotation receivers holding
 * either secret accept it).
 *
 * @returns The headers, to send as they are with the body signed.
 * @example
 * ```ts
 * const body = JSON.stringify({ type: 'objective.updated', timestamp: new Date().toISOString(), data });
 * const headers = await webhookHeaders({ id: eventId, timestamp: Math.floor(Date.now() / 1000), body, secrets: endpoint.secret });
 * await fetch(endpoint.url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
 * ```
 * @throws TypeError when a secret is not `whsec_` followed by base64, or `secrets` is empty.
 * @throws RangeError when `timestamp` is not a non-negative integer number of seconds (or looks like milliseconds).
 */
export async function webhookHeaders(options: WebhookHeadersOptions): Promise<Record<WebhookHeaderName, string>> {
  const { id, timestamp, body, secrets } = options;
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  if (list.length === 0) throw new TypeError('webhookHeaders: `secrets` is empty; pass at least one secret.');
  const seconds = String(checkTimestamp(timestamp));
  const signatures = await Promise.all(
    list.map(async (secret, index) => {
      const where = typeof secrets === 'string' ? 'secrets' : `secrets[${index}]`;
      const key = await importSecret(secret);
      if (!key) throw new TypeError(badSecretMessage(where));
      return `${SIGNATURE_VERSION},${await hmac(key, id, seconds, body)}`;
    }),
  );
  return { 'webhook-id': id, 'webhook-timestamp': seconds, 'webhook-signature': signatures.join(' ') };
}

/**
 * Checks a delivery per the Standard Webhooks specification: the three headers are present, the
 * timestamp is within `toleranceSeconds` of now, and one of the `v1` signatures in `webhook-signature`
 * is the HMAC-SHA256 of `${id}.${timestamp}.${body}` with one of the secrets (compared in constant
 * time). Signatures of other versions (such as `v1a`, asymmetric) are ignored.
 *
 * @returns The delivery's id and timestamp. Use the id to drop deliveries already processed.
 * @throws {@link WebhookVerificationError} when any check fails; its `reason` says which.
 *
 * @example
 * ```ts
 * export default {
 *   async fetch(request: Request, env: { GOALKIT_WEBHOOK_SECRET: string }) {
 *     const body = await request.text();
 *     try {
 *       await verifyWebhook({ headers: request.headers, body, secret: env.GOALKIT_WEBHOOK_SECRET });
 *     } catch (error) {
 *       if (error instanceof WebhookVerificationError) return new Response(error.message, { status: 401 });
 *       throw error;
 *     }
 *     const event = JSON.parse(body);
 *     // …
 *     return new Response(null, { status: 204 });
 *   },
 * };
 * ```
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<VerifiedWebhook> {
  const { headers, body, toleranceSeconds = 300, now = new Date() } = options;
  if (!(toleranceSeconds >= 0)) {
    throw new RangeError(
      `verifyWebhook: toleranceSeconds is ${toleranceSeconds}; pass a number of seconds, 0 or more.`,
    );
  }
  const secrets = options.secrets ?? options.secret;
  const list = typeof secrets === 'string' ? [secrets] : (secrets ?? []);
  const name = options.secrets === undefined ? 'secret' : 'secrets';
  if (list.length === 0) {
    throw new WebhookVerificationError('bad-secret', `verifyWebhook: no secret was passed; pass \`${name}\`.`);
  }
  const keys = await Promise.all(
    list.map(async (secret, index) => {
      const where = typeof secrets === 'string' ? name : `secrets[${index}]`;
      const key = await importSecret(secret);
      if (!key) throw new WebhookVerificationError('bad-secret', `verifyWebhook: ${badSecretMessage(where)}`);
      return key;
    }),
  );

  const id = header(headers, 'webhook-id');
  const timestampText = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  const missing = [
    ...(id ? [] : ['webhook-id']),
    ...(timestampText ? [] : ['webhook-timestamp']),
    ...(signatures ? [] : ['webhook-signature']),
  ];
  if (!id || !timestampText || !signatures) {
    throw new WebhookVerificationError(
      'missing-header',
      `The webhook request has no ${missing.join(', ')} header; is it a Standard Webhooks delivery?`,
    );
  }

  if (!/^[0-9]{1,15}$/.test(timestampText)) {
    throw new WebhookVerificationError(
      'bad-timestamp',
      `The webhook-timestamp header "${timestampText.slice(0, 40)}" is not a whole number of seconds since the Unix epoch.`,
    );
  }
  const timestamp = Number(timestampText);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (nowSeconds - timestamp > toleranceSeconds) {
    throw new WebhookVerificationError(
      'too-old',
      `The webhook was signed ${nowSeconds - timestamp} s ago, more than the ${toleranceSeconds} s allowed: a replay, or a clock that is wrong.`,
    );
  }
  if (timestamp - nowSeconds > toleranceSeconds) {
    throw new WebhookVerificationError(
      'too-new',
      `The webhook is timestamped ${timestamp - nowSeconds} s in the future, more than the ${toleranceSeconds} s allowed: check the sender's and this machine's clocks.`,
    );
  }

  const expected = await Promise.all(keys.map((key) => hmac(key, id, timestampText, body)));
  for (const candidate of signatures.split(' ')) {
    const comma = candidate.indexOf(',');
    if (comma === -1 || candidate.slice(0, comma) !== SIGNATURE_VERSION) continue;
    const signature = candidate.slice(comma + 1);
    if (expected.some((mine) => constantTimeEqual(mine, signature))) return { id, timestamp };
  }
  throw new WebhookVerificationError(
    'no-matching-signature',
    `No v1 signature in the webhook-signature header matches webhook ${id} with the ${list.length === 1 ? 'secret' : `${list.length} secrets`} given: the body, id or timestamp was changed on the way (or the body was parsed and serialised again before verifying), or the secret is not this endpoint's.`,
  );
}

function header(headers: WebhookRequestHeaders, name: WebhookHeaderName): string | undefined {
  if (typeof (headers as Headers).get === 'function' && typeof (headers as Headers).has === 'function') {
    return (headers as Headers).get(name) ?? undefined;
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() !== name) continue;
    const value = record[key];
    // As `Headers.get` combines a repeated header.
    return typeof value === 'string' ? value : value?.join(', ');
  }
  return undefined;
}

function checkTimestamp(timestamp: number): number {
  const problem =
    !Number.isSafeInteger(timestamp) || timestamp < 0
      ? 'is not a whole number of seconds since the Unix epoch'
      : // Year 5138: a time in milliseconds, which receivers would refuse as too new.
        timestamp >= 1e11
        ? 'looks like milliseconds, not seconds'
        : undefined;
  if (problem)
    throw new RangeError(`The webhook timestamp ${timestamp} ${problem}; pass Math.floor(Date.now() / 1000).`);
  return timestamp;
}

function badSecretMessage(where: string): string {
  return `${where} is not a webhook secret: expected "${SECRET_PREFIX}" followed by base64, as generateWebhookSecret() returns.`;
}

/** The secret's HMAC key, or undefined when it is not non-empty base64 (with or without `whsec_`). */
async function importSecret(secret: unknown): Promise<CryptoKey | undefined> {
  if (typeof secret !== 'string') return undefined;
  const bytes = fromBase64(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret);
  if (!bytes || bytes.length === 0) return undefined;
  return globalThis.crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

async function hmac(key: CryptoKey, id: string, timestamp: string, body: WebhookBody): Promise<string> {
  const encoder = new TextEncoder();
  const head = encoder.encode(`${id}.${timestamp}.`);
  const tail = typeof body === 'string' ? encoder.encode(body) : body;
  const content = new Uint8Array(head.length + tail.length);
  content.set(head);
  content.set(tail, head.length);
  return toBase64(new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, content)));
}

/** Compares every character whatever the first difference, so the time taken says nothing of where it is. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
