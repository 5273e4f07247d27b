import type { Person, Webhook, WebhookCreate, WebhookCreated, WebhookDelivery, WebhookRotate } from '@goalkit/client';
import { generateWebhookSecret } from '@goalkit/client/webhooks';
import { badRequest, notFound } from '../problems.js';
import type { StoreContext } from './context.js';
import type { DeliveryRow, WebhookRow } from './repository.js';
import { randomId } from './rows.js';

const shape = (row: WebhookRow, now: number): Webhook => {
  const until = row.previous_secret_until == null ? null : Number(row.previous_secret_until);
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as Webhook['events'],
    ownerId: row.owner_id,
    createdAt: row.created_at,
    previousSecretExpiresAt: until !== null && until > now ? new Date(until).toISOString() : null,
  };
};

const instant = (ms: number | string | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

const deliveryShape = (row: DeliveryRow): WebhookDelivery => ({
  id: row.id,
  event: row.event as WebhookDelivery['event'],
  status: row.status,
  attempts: Number(row.attempts),
  lastAttemptAt: instant(row.last_attempt_at),
  nextAttemptAt: row.status === 'pending' ? instant(row.next_attempt_at) : null,
  responseStatus: row.response_status === null ? null : Number(row.response_status),
  error: row.error,
});

/** A webhook for the caller: the reply carries its secret, the only time it is ever shown. */
export async function createWebhook(ctx: StoreContext, actor: Person, body: WebhookCreate): Promise<WebhookCreated> {
  let url: URL;
  try {
    url = new URL(body.url);
  } catch {
    throw badRequest([{ path: 'url', message: 'must be an absolute http: or https: URL' }]);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw badRequest([{ path: 'url', message: 'must be an http: or https: URL' }]);
  if (url.username || url.password)
    throw badRequest([{ path: 'url', message: 'must not hold a user name or password: the signature authenticates' }]);
  const row: WebhookRow = {
    id: randomId('wh-'),
    owner_id: actor.id,
    url: url.href,
    events: JSON.stringify([...new Set(body.events)]),
    secret: generateWebhookSecret(),
    created_at: ctx.stamp(),
  };
  await ctx.repository.insertWebhook(row);
  return { ...shape(row, ctx.now().getTime()), secret: row.secret };
}

/** The caller's webhooks; every webhook for an admin. */
export async function listWebhooks(ctx: StoreContext, viewer: Person): Promise<Webhook[]> {
  const rows = await ctx.repository.webhooks(viewer.role === 'admin' ? undefined : viewer.id);
  const now = ctx.now().getTime();
  return rows.map((row) => shape(row, now));
}

/** A webhook its owner or an admin may manage; to anyone else it does not exist. */
async function ownWebhook(ctx: StoreContext, viewer: Person, id: string): Promise<WebhookRow> {
  const row = await ctx.repository.webhook(id);
  if (!row || (row.owner_id !== viewer.id && viewer.role !== 'admin')) throw notFound(`Webhook ${JSON.stringify(id)}`);
  return row;
}

/**
 * A new secret for a webhook, in this reply only. The one it replaces keeps signing deliveries beside it for
 * `overlapHours` (24 by default), so a receiver can switch without missing one; a secret rotated out
 * earlier stops at once (two signatures at most).
 */
export async function rotateWebhookSecret(
  ctx: StoreContext,
  viewer: Person,
  id: string,
  body: WebhookRotate,
): Promise<WebhookCreated> {
  const row = await ownWebhook(ctx, viewer, id);
  const now = ctx.now().getTime();
  const overlapMs = (body.overlapHours ?? 24) * 3_600_000;
  const secret = generateWebhookSecret();
  const previousUntil = overlapMs > 0 ? now + overlapMs : null;
  await ctx.repository.rotateWebhookSecret(id, secret, previousUntil === null ? null : row.secret, previousUntil);
  const rotated: WebhookRow = { ...row, secret, previous_secret: row.secret, previous_secret_until: previousUntil };
  return { ...shape(rotated, now), secret };
}

export async function deleteWebhook(ctx: StoreContext, viewer: Person, id: string): Promise<void> {
  await ownWebhook(ctx, viewer, id);
  await ctx.repository.deleteWebhook(id);
}

/** The newest deliveries of a webhook, newest first. */
export async function webhookDeliveries(ctx: StoreContext, viewer: Person, id: string): Promise<WebhookDelivery[]> {
  await ownWebhook(ctx, viewer, id);
  return (await ctx.repository.deliveries(id, 100)).map(deliveryShape);
}
