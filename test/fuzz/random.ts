/** A small seeded random number generator (mulberry32): the same seed gives the same inputs. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Several picks joined, with occasional raw noise characters. */
  sequence(parts: readonly string[], length: number, noise: string): string {
    let out = '';
    for (let i = 0; i < length; i++) out += this.int(12) === 0 ? noise[this.int(noise.length)] : this.pick(parts);
    return out;
  }
}
