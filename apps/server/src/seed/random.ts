/**
 * A small deterministic PRNG (mulberry32), so the demo organisation is the same on every machine. Each seed
 * is its own stream: the conversations draw from theirs, so adding them left the goals' figures as they were.
 */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
