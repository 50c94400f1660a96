/**
 * A small, fast, seeded pseudo-random generator for demo data: the same seed always yields the same
 * district. sfc32 (Chris Doty-Humphrey's "small fast counting" generator) passes PractRand and costs a
 * few nanoseconds per draw, which matters when a district needs tens of millions of draws.
 */

/** A deterministic source of random choices. */
export class SeededRandom {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: number) {
    this.a = 0x9e3779b9
    this.b = 0x243f6a88
    this.c = 0xb7e15162
    this.d = seed >>> 0
    // Warm up so nearby seeds diverge.
    for (let i = 0; i < 15; i++) this.next()
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }

  /** An integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1)
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p
  }

  /** One element of a non-empty array. */
  pick<A>(items: ReadonlyArray<A>): A {
    return items[this.int(items.length)]!
  }

  /** One value drawn by weight from `[value, weight]` pairs. */
  weighted<A>(pairs: ReadonlyArray<readonly [A, number]>): A {
    let total = 0
    for (const [, w] of pairs) total += w
    let r = this.next() * total
    for (const [value, w] of pairs) {
      r -= w
      if (r < 0) return value
    }
    return pairs[pairs.length - 1]![0]
  }

  /** `k` distinct elements of `items` (all of them when `k` ≥ their number), in random order. */
  sample<A>(items: ReadonlyArray<A>, k: number): Array<A> {
    const copy = [...items]
    const n = Math.min(k, copy.length)
    for (let i = 0; i < n; i++) {
      const j = i + this.int(copy.length - i)
      const tmp = copy[i]!
      copy[i] = copy[j]!
      copy[j] = tmp
    }
    return copy.slice(0, n)
  }

  /** An independent generator derived from this one and a label, so one part can change without shifting the rest. */
  fork(label: string): SeededRandom {
    let h = 2166136261
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619)
    return new SeededRandom((h ^ this.int(4294967296)) >>> 0)
  }
}
