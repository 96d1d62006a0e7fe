/**
 * The content script's own account of its main-thread time: the sum of its synchronous pieces of
 * work, the longest task (the pieces between two yields to the page, which is what the page
 * feels), and the time by phase (gate, setup, read, send, plan, paint …). Reported in the details
 * of its performance measures (quotelens:gate, quotelens:scan, quotelens:rescan).
 */
export class WorkMeter {
  total = 0;
  pieces = 0;
  /** The longest task so far, and the phases it ran. */
  longest = 0;
  longestPhase = '';
  readonly phases: Record<string, number> = {};
  private task = 0;
  private taskPhases: string[] = [];

  constructor(private readonly now: () => number = () => performance.now()) {}

  run<T>(phase: string, fn: () => T): T {
    const t = this.now();
    try {
      return fn();
    } finally {
      this.record(phase, this.now() - t);
    }
  }

  /** A piece of work timed elsewhere (a loaded file's evaluation), `ms` long, in the current task. */
  record(phase: string, ms: number): void {
    this.total += ms;
    this.pieces++;
    this.phases[phase] = (this.phases[phase] ?? 0) + ms;
    this.task += ms;
    if (!this.taskPhases.includes(phase)) this.taskPhases.push(phase);
    if (this.task > this.longest) {
      this.longest = this.task;
      this.longestPhase = this.taskPhases.join('+');
    }
  }

  /** The time of the task now running, so far. */
  get taskMs(): number {
    return this.task;
  }

  /** The page had the main thread back (an await): the next piece starts a new task. */
  yielded(): void {
    this.task = 0;
    this.taskPhases = [];
  }

  detail(): { workMs: number; longestMs: number; longestPhase: string; pieces: number; phases: Record<string, number> } {
    const round = (n: number) => Math.round(n * 100) / 100;
    const phases: Record<string, number> = {};
    for (const [k, v] of Object.entries(this.phases)) phases[k] = round(v);
    return { workMs: round(this.total), longestMs: round(this.longest), longestPhase: this.longestPhase, pieces: this.pieces, phases };
  }
}
