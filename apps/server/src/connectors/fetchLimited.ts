/** The limits every pull over HTTP keeps (`GOALKIT_CONNECTOR_HOSTS`, and the server's options). */
export interface HttpLimits {
  /**
   * Hosts a connector may ask: `data.example.com` (that host), `*.example.com` (its subdomains), or with a
   * port (`127.0.0.1:8080`). Nothing else is asked, not even after a redirect. @default [] (no host)
   */
  allowHosts: readonly string[];
  /** A pull that has not finished (headers and body) by then fails. @default 10000 */
  timeoutMs?: number;
  /** Largest reply body read, in bytes; a larger one fails the pull. @default 1 MiB */
  maxBytes?: number;
  /** Redirects to the same host followed at most. @default 3 */
  maxRedirects?: number;
  /** The `fetch` to use (tests). @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** Why a pull failed, in words a person reads beside the key result. */
export class PullError extends Error {
  override name = 'PullError';
}

const hostAllowed = (url: URL, allow: readonly string[]) =>
  allow.some((entry) => {
    const wanted = entry.toLowerCase();
    const host = wanted.includes(':') && !wanted.startsWith('[') ? url.host : url.hostname;
    if (wanted.startsWith('*.')) return host.endsWith(wanted.slice(1)) && host.length > wanted.length - 1;
    return host === wanted;
  });

/**
 * GET a URL under the limits: only `http:`/`https:` on an allowed host, redirects followed only to the same
 * host, the whole exchange within the timeout, the body read up to the size limit.
 *
 * @throws {PullError} saying which limit was hit, or the HTTP status.
 */
export async function fetchLimited(
  address: string,
  limits: HttpLimits,
  signal: AbortSignal,
  accept = 'application/json',
): Promise<string> {
  const timeoutMs = limits.timeoutMs ?? 10_000;
  const maxBytes = limits.maxBytes ?? 1024 * 1024;
  const doFetch = limits.fetch ?? fetch;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new PullError(`${JSON.stringify(address).slice(0, 100)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new PullError('only http: and https: URLs are pulled');
  if (!hostAllowed(url, limits.allowHosts))
    throw new PullError(`${url.host} is not an allowed host; an admin adds it to GOALKIT_CONNECTOR_HOSTS`);
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  const timedOut = () => new PullError(`${url.host} did not answer within ${timeoutMs / 1000} s`);
  try {
    let response: Response;
    let hops = 0;
    for (;;) {
      response = await doFetch(url, { redirect: 'manual', signal: both, headers: { accept } });
      if (response.status < 300 || response.status >= 400) break;
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new PullError(`${url.host} answered ${response.status} without a Location`);
      const next = new URL(location, url);
      if (next.host !== url.host || next.protocol !== url.protocol)
        throw new PullError(
          `${url.host} redirected to another host (${next.host}); redirects are followed only on the same host`,
        );
      if (++hops > (limits.maxRedirects ?? 3))
        throw new PullError(`${url.host} redirected more than ${hops - 1} times`);
      url = next;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new PullError(`${url.host} answered ${response.status} ${response.statusText}`.trim());
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw new PullError(`the reply (${declared} bytes) is larger than the limit of ${maxBytes} bytes`);
    }
    const reader = response.body?.getReader();
    if (!reader) return '';
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new PullError(`the reply is larger than the limit of ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
    return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  } catch (error) {
    if (error instanceof PullError) throw error;
    if (timeout.aborted) throw timedOut();
    if (signal.aborted) throw new PullError('the pull was stopped (the server is shutting down)');
    throw new PullError(`${url.host} could not be reached (${error instanceof Error ? error.message : String(error)})`);
  }
}
