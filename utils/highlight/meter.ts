/**
 * The content script's own account of its main-thread time: the sum of its synchronous pieces of
 * work, the longest one, and the time by phase (gate, read, send, plan, paint …). Reported in the
 * details of its performance measures (quotelens:gate, quotelens:scan, quotelens:rescan).
 */
export class WorkMeter {
  total = 0;
  longest = 0;
  pieces = 0;
  readonly phases: Record<string, number> = {};

  constructor(private readonly now: () => number = () => performance.now()) {}

  run<T>(phase: string, fn: () => T): T {
    const t = this.now();
    try {
      return fn();
    } finally {
      const d = this.now() - t;
      this.total += d;
      this.pieces++;
      this.phases[phase] = (this.phases[phase] ?? 0) + d;
      if (d > this.longest) this.longest = d;
    }
  }

  detail(): { workMs: number; longestMs: number; pieces: number; phases: Record<string, number> } {
    const round = (n: number) => Math.round(n * 100) / 100;
    const phases: Record<string, number> = {};
    for (const [k, v] of Object.entries(this.phases)) phases[k] = round(v);
    return { workMs: round(this.total), longestMs: round(this.longest), pieces: this.pieces, phases };
  }
}
