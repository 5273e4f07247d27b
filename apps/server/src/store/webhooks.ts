import type { Person, Webhook, WebhookCreate, WebhookCreated, WebhookDelivery } from '@goalkit/client';
import { generateWebhookSecret } from '@goalkit/client/webhooks';
import { badRequest, notFound } from '../problems.js';
import type { StoreContext } from './context.js';
import type { DeliveryRow, WebhookRow } from './repository.js';
import { randomId } from './rows.js';

const shape = (row: WebhookRow): Webhook => ({
  id: row.id,
  url: row.url,
  events: JSON.parse(row.events) as Webhook['events'],
  ownerId: row.owner_id,
  createdAt: row.created_at,
});

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
  return { ...shape(row), secret: row.secret };
}

/** The caller's webhooks; every webhook for an admin. */
export async function listWebhooks(ctx: StoreContext, viewer: Person): Promise<Webhook[]> {
  const rows = await ctx.repository.webhooks(viewer.role === 'admin' ? undefined : viewer.id);
  return rows.map(shape);
}

/** A webhook its owner or an admin may manage; to anyone else it does not exist. */
async function ownWebhook(ctx: StoreContext, viewer: Person, id: string): Promise<WebhookRow> {
  const row = await ctx.repository.webhook(id);
  if (!row || (row.owner_id !== viewer.id && viewer.role !== 'admin')) throw notFound(`Webhook ${JSON.stringify(id)}`);
  return row;
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
