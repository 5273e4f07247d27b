import { createHash, timingSafeEqual } from 'node:crypto';

/** SHA-256 of a bearer token, as hex: all the server keeps of a token, and nothing logs the token itself. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The demo organisation's well-known token of a person: accepted only in demo mode (`--demo`). */
export const demoToken = (personId: string) => `gk_demo_${personId}`;

const HASHED = /^sha256:([0-9a-f]{64})$/;

/**
 * What a machine token may do: write values (`PUT /key-results/{id}/values/{date}`) of the named key
 * results, and of every key result the named owners own (the key result's owner, else its objective's),
 * and nothing else. It reads nothing beyond the replies to those writes; a key result outside it is a 404.
 */
export interface TokenScope {
  keyResults: readonly string[];
  owners: readonly string[];
}

/** One line of a tokens file: whose token it is, its SHA-256 as hex, and for a machine token its scope. */
export interface TokenEntry {
  personId: string;
  hash: string;
  scope?: TokenScope;
}

const SCOPE = /^(values|values-of):(.+)$/;

/** The scope words after a token (`values:<key result id>`, `values-of:<owner id>`), or a message saying what is wrong. */
function parseScope(words: readonly string[]): TokenScope | string {
  const keyResults: string[] = [];
  const owners: string[] = [];
  for (const word of words) {
    const match = SCOPE.exec(word);
    if (!match) return `"${word}" is not a scope: write values:<key result id> or values-of:<owner id> after the token`;
    (match[1] === 'values' ? keyResults : owners).push(match[2] as string);
  }
  return { keyResults, owners };
}

/**
 * Read a tokens file (`GOALKIT_TOKENS_FILE`) or variable (`GOALKIT_TOKENS`): one entry per line (or
 * per comma), `<person id> <token>` or `<person id> sha256:<64 hex digits>`; blank lines and lines
 * starting with `#` are skipped. Plain tokens are hashed at once; write hashes to keep no token at rest.
 * Words after the token make it a machine token with a {@link TokenScope}: `values:<key result id>`
 * (repeatable) and `values-of:<owner id>` (repeatable), such as `svc-warehouse <token> values:kr-1 values:kr-2`.
 *
 * @throws {Error} naming the source and the line of the first malformed entry.
 */
export function parseTokens(text: string, source: string): TokenEntry[] {
  const entries: TokenEntry[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    if (raw.trim().startsWith('#')) continue;
    for (const part of raw.split(',')) {
      const line = part.trim();
      if (line === '') continue;
      const fields = line.split(/\s+/);
      const where = `${source} line ${index + 1}`;
      if (fields.length < 2)
        throw new Error(`${where}: write "<person id> <token>" or "<person id> sha256:<hex>", one per line`);
      const [personId, secret, ...words] = fields as [string, string, ...string[]];
      const scoped = words.length > 0 ? parseScope(words) : undefined;
      if (typeof scoped === 'string') throw new Error(`${where}: ${scoped}`);
      const scope = scoped ? { scope: scoped } : {};
      const hashed = HASHED.exec(secret.toLowerCase());
      if (hashed) {
        entries.push({ personId, hash: hashed[1] as string, ...scope });
        continue;
      }
      if (secret.startsWith('sha256:')) throw new Error(`${where}: a sha256: token needs 64 hex digits after it`);
      if (secret.startsWith('gk_demo_'))
        throw new Error(`${where}: gk_demo_ tokens are the demo's, known to everyone; start with --demo instead`);
      if (secret.length < 16) throw new Error(`${where}: a token needs at least 16 characters`);
      entries.push({ personId, hash: hashToken(secret), ...scope });
    }
  }
  return entries;
}

/**
 * Bearer tokens and whose they are, kept as SHA-256 hashes only. A presented token is hashed, its
 * candidates found by the first 4 bytes of the hash, and each compared in full with
 * `crypto.timingSafeEqual`, so how long the check takes says nothing about how close a guess was.
 */
export class TokenRegistry {
  #byPrefix = new Map<string, { hash: Buffer; personId: string; scope: TokenScope | undefined }[]>();
  #size = 0;

  /** Accept a token, given by its SHA-256 as 64 hex digits, for a person; with a scope, as a machine token. */
  addHash(hash: string, personId: string, scope?: TokenScope): void {
    const digest = Buffer.from(hash, 'hex');
    const prefix = hash.slice(0, 8);
    const list = this.#byPrefix.get(prefix) ?? [];
    list.push({ hash: digest, personId, scope });
    this.#byPrefix.set(prefix, list);
    this.#size++;
  }

  /** Accept a token for a person; with a scope, as a machine token. */
  add(token: string, personId: string, scope?: TokenScope): void {
    this.addHash(hashToken(token), personId, scope);
  }

  /** How many tokens are accepted. */
  get size(): number {
    return this.#size;
  }

  /** Whose token this is, or `undefined`. */
  personIdOf(token: string): string | undefined {
    return this.lookup(token)?.personId;
  }

  /** Whose token this is and, for a machine token, its scope; `undefined` when it is not accepted. */
  lookup(token: string): { personId: string; scope?: TokenScope } | undefined {
    const digest = createHash('sha256').update(token).digest();
    let found: { personId: string; scope?: TokenScope } | undefined;
    // Every candidate is compared, also after a match.
    for (const candidate of this.#byPrefix.get(digest.subarray(0, 4).toString('hex')) ?? []) {
      if (timingSafeEqual(candidate.hash, digest))
        found = candidate.scope
          ? { personId: candidate.personId, scope: candidate.scope }
          : { personId: candidate.personId };
    }
    return found;
  }

  /** The token's SHA-256 as hex: what rate limits and stream counts are kept under, never the token. */
  credentialOf(token: string): string {
    return hashToken(token);
  }

  /** The demo mode's registry: `gk_demo_<id>` for each person. */
  static demo(personIds: Iterable<string>): TokenRegistry {
    const registry = new TokenRegistry();
    for (const id of personIds) registry.add(demoToken(id), id);
    return registry;
  }
}
