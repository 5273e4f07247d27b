import { describe, expect, it } from 'vitest';
import {
  generateWebhookSecret,
  signWebhook,
  type VerifyWebhookOptions,
  verifyWebhook,
  WebhookVerificationError,
  webhookHeaders,
} from './webhooks.js';

// The Standard Webhooks reference libraries' test vector, verbatim: "sign function works" in
// https://github.com/standard-webhooks/standard-webhooks/blob/main/libraries/javascript/src/webhook.test.ts
// (the same values are in the Python, Go, PHP, Ruby, C# and Java libraries' tests).
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const timestamp = 1614265330;
const body = '{"test": 2432232314}';
const signature = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';

const at = (seconds: number) => new Date(seconds * 1000);
const delivery = {
  'webhook-id': id,
  'webhook-timestamp': String(timestamp),
  'webhook-signature': signature,
};

async function reason(options: VerifyWebhookOptions): Promise<string> {
  const error = await verifyWebhook(options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  expect((error as WebhookVerificationError).name).toBe('WebhookVerificationError');
  return (error as WebhookVerificationError).reason;
}

describe('the reference test vector', () => {
  it('signs to the known signature', async () => {
    expect(await signWebhook({ id, timestamp, body, secret })).toBe(signature);
  });

  it('signs the same bytes given as a Uint8Array', async () => {
    expect(await signWebhook({ id, timestamp, body: new TextEncoder().encode(body), secret })).toBe(signature);
  });

  it('gives the three headers', async () => {
    expect(await webhookHeaders({ id, timestamp, body, secrets: secret })).toEqual(delivery);
  });

  it('verifies at its timestamp', async () => {
    expect(await verifyWebhook({ headers: delivery, body, secret, now: at(timestamp) })).toEqual({ id, timestamp });
  });

  it('verifies from a Headers object and from differently cased names', async () => {
    const now = at(timestamp);
    expect(await verifyWebhook({ headers: new Headers(delivery), body, secret, now })).toEqual({ id, timestamp });
    const shouted = { 'Webhook-Id': id, 'WEBHOOK-TIMESTAMP': String(timestamp), 'Webhook-Signature': signature };
    expect(await verifyWebhook({ headers: shouted, body, secret, now })).toEqual({ id, timestamp });
  });

  it('accepts the secret without its whsec_ prefix, as the reference libraries do', async () => {
    const bare = secret.slice('whsec_'.length);
    expect(await signWebhook({ id, timestamp, body, secret: bare })).toBe(signature);
    expect(await verifyWebhook({ headers: delivery, body, secret: bare, now: at(timestamp) })).toEqual({
      id,
      timestamp,
    });
  });
});

describe('tampering', () => {
  const now = at(timestamp);

  it('rejects a changed body', async () => {
    expect(await reason({ headers: delivery, body: '{"test": 2432232315}', secret, now })).toBe(
      'no-matching-signature',
    );
    expect(await reason({ headers: delivery, body: '{"test":2432232314}', secret, now })).toBe('no-matching-signature');
  });

  it('rejects a changed id', async () => {
    const headers = { ...delivery, 'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJel' };
    expect(await reason({ headers, body, secret, now })).toBe('no-matching-signature');
  });

  it('rejects a changed timestamp inside the tolerance', async () => {
    const headers = { ...delivery, 'webhook-timestamp': String(timestamp + 1) };
    expect(await reason({ headers, body, secret, now })).toBe('no-matching-signature');
  });

  it('rejects another secret', async () => {
    expect(await reason({ headers: delivery, body, secret: generateWebhookSecret(), now })).toBe(
      'no-matching-signature',
    );
  });

  it('rejects broken and cut signatures (the reference libraries’ cases)', async () => {
    for (const broken of [
      'v1,dawfeoifkpqwoekfpqoekf',
      signature.slice(0, 8),
      'v1,',
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA=',
      signature.slice(0, -1),
      `${signature}=`,
      'v1',
      ',',
    ]) {
      const headers = { ...delivery, 'webhook-signature': broken };
      expect(await reason({ headers, body, secret, now }), broken).toBe('no-matching-signature');
    }
  });
});

describe('the timestamp', () => {
  it('accepts exactly the tolerance either way and refuses a second more', async () => {
    expect(await verifyWebhook({ headers: delivery, body, secret, now: at(timestamp + 300) })).toEqual({
      id,
      timestamp,
    });
    expect(await verifyWebhook({ headers: delivery, body, secret, now: at(timestamp - 300) })).toEqual({
      id,
      timestamp,
    });
    expect(await reason({ headers: delivery, body, secret, now: at(timestamp + 301) })).toBe('too-old');
    expect(await reason({ headers: delivery, body, secret, now: at(timestamp - 301) })).toBe('too-new');
  });

  it('takes toleranceSeconds', async () => {
    const options = { headers: delivery, body, secret, toleranceSeconds: 10 };
    expect(await reason({ ...options, now: at(timestamp + 11) })).toBe('too-old');
    expect(await reason({ ...options, now: at(timestamp - 11) })).toBe('too-new');
    expect(await verifyWebhook({ ...options, now: at(timestamp + 10) })).toEqual({ id, timestamp });
  });

  it('refuses a tolerance that is not a number of seconds', async () => {
    for (const toleranceSeconds of [-1, Number.NaN]) {
      await expect(verifyWebhook({ headers: delivery, body, secret, toleranceSeconds })).rejects.toThrow(RangeError);
    }
  });

  it('checks against the clock by default', async () => {
    expect(await reason({ headers: delivery, body, secret })).toBe('too-old');
    const now = Math.floor(Date.now() / 1000);
    const headers = await webhookHeaders({ id, timestamp: now, body, secrets: secret });
    expect(await verifyWebhook({ headers, body, secret })).toEqual({ id, timestamp: now });
  });

  it('refuses one that is not a whole number of seconds', async () => {
    for (const text of ['hello', '1614265330.5', '-1614265330', '+1614265330', ' 1614265330', '1.6e9']) {
      const headers = { ...delivery, 'webhook-timestamp': text };
      expect(await reason({ headers, body, secret, now: at(timestamp) }), text).toBe('bad-timestamp');
    }
  });

  it('is not signed unless it is a whole non-negative number of seconds', async () => {
    await expect(signWebhook({ id, timestamp: timestamp * 1000, body, secret })).rejects.toThrow('milliseconds');
    for (const bad of [1614265330.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(signWebhook({ id, timestamp: bad, body, secret })).rejects.toThrow(RangeError);
    }
  });
});

describe('several signatures (secret rotation)', () => {
  const now = at(timestamp);
  const other = 'whsec_dGhlIG5ldyBzZWNyZXQgYWZ0ZXIgdGhlIHJvdGF0aW9u';

  it('signs with each secret, space-separated', async () => {
    const headers = await webhookHeaders({ id, timestamp, body, secrets: [other, secret] });
    const parts = headers['webhook-signature'].split(' ');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toBe(await signWebhook({ id, timestamp, body, secret: other }));
    expect(parts[1]).toBe(signature);
  });

  it('verifies with either secret alone, or with both', async () => {
    const headers = await webhookHeaders({ id, timestamp, body, secrets: [other, secret] });
    expect(await verifyWebhook({ headers, body, secret, now })).toEqual({ id, timestamp });
    expect(await verifyWebhook({ headers, body, secret: other, now })).toEqual({ id, timestamp });
    expect(await verifyWebhook({ headers, body, secrets: [secret, other], now })).toEqual({ id, timestamp });
  });

  it('verifies a single signature with any of several secrets', async () => {
    expect(await verifyWebhook({ headers: delivery, body, secrets: [other, secret], now })).toEqual({ id, timestamp });
    expect(await reason({ headers: delivery, body, secrets: [other], now })).toBe('no-matching-signature');
  });

  it('finds the valid one among others (the reference libraries’ multi-signature case)', async () => {
    const headers = {
      ...delivery,
      'webhook-signature': [
        'v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=',
        'v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=',
        signature,
        'v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=',
      ].join(' '),
    };
    expect(await verifyWebhook({ headers, body, secret, now })).toEqual({ id, timestamp });
  });

  it('ignores signatures of another version, even with the right bytes', async () => {
    const v1a = signature.replace(/^v1,/, 'v1a,');
    const alone = { ...delivery, 'webhook-signature': v1a };
    expect(await reason({ headers: alone, body, secret, now })).toBe('no-matching-signature');
    const beside = { ...delivery, 'webhook-signature': `${v1a} ${signature}` };
    expect(await verifyWebhook({ headers: beside, body, secret, now })).toEqual({ id, timestamp });
  });
});

describe('missing headers', () => {
  const now = at(timestamp);

  it('refuses a delivery without any one of the three, or with one empty', async () => {
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const) {
      const { [name]: _, ...without } = delivery;
      expect(await reason({ headers: without, body, secret, now }), name).toBe('missing-header');
      expect(await reason({ headers: new Headers(without), body, secret, now }), name).toBe('missing-header');
      expect(await reason({ headers: { ...delivery, [name]: '' }, body, secret, now }), name).toBe('missing-header');
    }
  });

  it('names what is missing', async () => {
    await expect(verifyWebhook({ headers: {}, body, secret, now })).rejects.toThrow(
      'no webhook-id, webhook-timestamp, webhook-signature header',
    );
  });
});

describe('secrets', () => {
  const now = at(timestamp);

  it('refuses an empty or non-base64 secret, as the reference libraries do', async () => {
    for (const bad of ['', 'whsec_', 'whsec_not base64!', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS']) {
      expect(await reason({ headers: delivery, body, secret: bad, now }), bad).toBe('bad-secret');
      await expect(signWebhook({ id, timestamp, body, secret: bad }), bad).rejects.toThrow(TypeError);
    }
  });

  it('reports a bad secret before looking at the request', async () => {
    expect(await reason({ headers: {}, body, secrets: [secret, 'whsec_???'], now })).toBe('bad-secret');
    expect(await reason({ headers: delivery, body, secrets: [], now })).toBe('bad-secret');
  });

  it('never puts the secret in a message', async () => {
    const error = await verifyWebhook({ headers: delivery, body, secret: 'whsec_hunter2!', now }).catch((e) => e);
    expect(String(error.message)).not.toContain('hunter2');
    await expect(webhookHeaders({ id, timestamp, body, secrets: [secret, 'whsec_hunter2!'] })).rejects.toThrow(
      'secrets[1] is not a webhook secret',
    );
    await expect(webhookHeaders({ id, timestamp, body, secrets: [] })).rejects.toThrow(TypeError);
  });

  it('generates whsec_ secrets of 32 random bytes that sign and verify', async () => {
    const a = generateWebhookSecret();
    const b = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(atob(a.slice('whsec_'.length))).toHaveLength(32);
    expect(a).not.toBe(b);
    const headers = await webhookHeaders({ id, timestamp, body, secrets: a });
    expect(await verifyWebhook({ headers, body, secret: a, now })).toEqual({ id, timestamp });
    expect(await reason({ headers, body, secret: b, now })).toBe('no-matching-signature');
  });
});
