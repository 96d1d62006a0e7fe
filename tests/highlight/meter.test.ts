import { describe, expect, it } from 'vitest';
import { WorkMeter } from '../../utils/highlight/meter';

/** A clock that moves only when told to. */
function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('WorkMeter', () => {
  it('sums the pieces by phase, and the longest task is the pieces between two yields', () => {
    const clock = fakeClock();
    const meter = new WorkMeter(clock.now);
    meter.run('gate', () => clock.advance(1));
    meter.run('send', () => clock.advance(2));
    meter.yielded();
    meter.record('load', 4);
    meter.run('setup', () => clock.advance(0.5));
    meter.yielded();
    meter.run('read', () => clock.advance(3));
    const d = meter.detail();
    expect(d.workMs).toBe(10.5);
    expect(d.pieces).toBe(5);
    expect(d.phases).toEqual({ gate: 1, send: 2, load: 4, setup: 0.5, read: 3 });
    expect(d.longestMs).toBe(4.5);
    expect(d.longestPhase).toBe('load+setup');
  });

  it('counts a piece that throws', () => {
    const clock = fakeClock();
    const meter = new WorkMeter(clock.now);
    expect(() =>
      meter.run('read', () => {
        clock.advance(2);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(meter.detail().phases).toEqual({ read: 2 });
  });
});
