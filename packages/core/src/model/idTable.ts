/**
 * Ids of one kind (objectives, key results, owners, cycles), each mapped to a number (where it was
 * first used): an open-addressing hash table over two `Int32Array`s.
 *
 * Why not a `Map`: `parseDocument` indexes every id of a document to find duplicates and unresolved
 * references, and for the 30,000 key-result ids of a 10,000-objective document a `Map` took about
 * 10 ms, most of it growing its table and collecting the old ones. This table is sized from the
 * expected count (doubling when that was too low) and holds only numbers (each entry's number and
 * full hash); it reads an entry's id back from the document (`idOf`) only when the hashes are equal,
 * so it allocates nothing per id and seldom touches the document again.
 *
 * Ids come from documents people send, so a fixed hash could be attacked with ids that all collide,
 * making each lookup walk the whole table. Each table hashes with a seed of its own, and one that
 * still sees a long probe hands everything to a `Map` from then on.
 */
export class IdTable {
  /** Probes before a table gives up on hashing and uses a `Map`. */
  static readonly MAX_PROBES = 64;
  /** How many of the first ids {@link firstIds} answers from without sorting the table. */
  static readonly FIRSTS_KEPT = 8;

  /** Each slot holds an entry's number + 1, or 0 when empty. */
  private slots: Int32Array;
  /** Each slot's full hash: ids are only read back (`idOf`) when their hashes are equal. */
  private hashes: Int32Array;
  private mask: number;
  private readonly seed: number;
  private fallback: Map<string, number> | undefined;
  private count = 0;
  /**
   * The id {@link get} found last, and its number: documents name the same cycle (and often the same
   * owner) many times in a row. Only hits are kept; an id's number never changes once added.
   */
  private lastId: string | undefined;
  private lastValue = -1;
  /**
   * The numbers of the first ids added, kept as they come: every unresolved reference names a few
   * ids to choose from, and collecting them from the whole table per problem made a document with
   * 10,000 unresolved parents take 27 s to reject.
   */
  private readonly firsts: number[] = [];

  /**
   * @param expected how many ids will be added; with more, the table doubles (rehashing from the
   *   hashes it keeps, without reading ids back).
   * @param idOf the id of the entry added with `value`; numbers are added in increasing order, and
   *   that order is the order of {@link firstIds}.
   */
  constructor(
    expected: number,
    private readonly idOf: (value: number) => string | undefined,
  ) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.seed = (Math.random() * 0x1_0000_0000) | 0;
  }

  /** How many distinct ids the table holds. */
  get size(): number {
    return this.count;
  }

  /** The number `id` was first added with, or -1. */
  get(id: string): number {
    if (id === this.lastId) return this.lastValue;
    if (this.fallback) return this.fallback.get(id) ?? -1;
    const { slots, hashes, mask } = this;
    const hash = this.hash(id);
    let slot = hash & mask;
    for (let probes = 0; probes <= mask; probes++) {
      const entry = slots[slot] as number;
      if (entry === 0) return -1;
      if (hashes[slot] === hash && this.idOf(entry - 1) === id) {
        this.lastId = id;
        this.lastValue = entry - 1;
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * Adds `id` with `value` (≥ 0, above every value added before) unless it is already there; returns
   * the number it was first added with, or -1 when this is its first use.
   */
  add(id: string, value: number): number {
    if (this.fallback) {
      const first = this.fallback.get(id);
      if (first !== undefined) return first;
      this.fallback.set(id, value);
      this.count++;
      if (this.firsts.length < IdTable.FIRSTS_KEPT) this.firsts.push(value);
      return -1;
    }
    // Never fill the table: a full one would have nowhere to stop a probe.
    if (this.count * 4 >= (this.mask + 1) * 3) this.grow();
    const { slots, hashes, mask } = this;
    const hash = this.hash(id);
    let slot = hash & mask;
    for (let probes = 0; probes < IdTable.MAX_PROBES; probes++) {
      const entry = slots[slot] as number;
      if (entry === 0) {
        slots[slot] = value + 1;
        hashes[slot] = hash;
        this.count++;
        if (this.firsts.length < IdTable.FIRSTS_KEPT) this.firsts.push(value);
        return -1;
      }
      if (hashes[slot] === hash && this.idOf(entry - 1) === id) return entry - 1;
      slot = (slot + 1) & mask;
    }
    return this.switchToMap().add(id, value);
  }

  /** The first `limit` ids, in the order they were added (up to {@link FIRSTS_KEPT} without sorting the table). */
  firstIds(limit: number): string[] {
    const values = limit <= this.firsts.length || this.count === this.firsts.length ? this.firsts : this.values();
    return values.slice(0, limit).map((value) => this.idOf(value) ?? '');
  }

  /** Every number added, in the order they were added. */
  private values(): number[] {
    if (this.fallback) return [...this.fallback.values()];
    const values: number[] = [];
    for (const entry of this.slots) if (entry !== 0) values.push(entry - 1);
    return values.sort((a, b) => a - b);
  }

  /** Doubles the table when it is three-quarters full, placing each entry by the hash it kept. */
  private grow(): void {
    const { slots, hashes } = this;
    const capacity = slots.length * 2;
    const mask = capacity - 1;
    const grownSlots = new Int32Array(capacity);
    const grownHashes = new Int32Array(capacity);
    for (let old = 0; old < slots.length; old++) {
      const entry = slots[old] as number;
      if (entry === 0) continue;
      const hash = hashes[old] as number;
      let slot = hash & mask;
      while (grownSlots[slot] !== 0) slot = (slot + 1) & mask;
      grownSlots[slot] = entry;
      grownHashes[slot] = hash;
    }
    this.slots = grownSlots;
    this.hashes = grownHashes;
    this.mask = mask;
  }

  /** From now on keeps everything in a `Map` (after a long probe: ids crafted to collide). */
  private switchToMap(): this {
    const map = new Map<string, number>();
    for (const value of this.values()) map.set(this.idOf(value) ?? '', value);
    this.fallback = map;
    return this;
  }

  /** A seeded multiplicative hash of the id's UTF-16 code units. */
  private hash(id: string): number {
    let h = this.seed ^ id.length;
    for (let i = 0; i < id.length; i++) {
      h = Math.imul(h ^ id.charCodeAt(i), 0x5bd1e995);
      h ^= h >>> 15;
    }
    return h;
  }
}
