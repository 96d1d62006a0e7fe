import { afterEach, describe, expect, it } from 'vitest';
import { EVAL_START_GLOBAL, evaluationMs, register } from '../../entrypoints/content/load';

const globals = globalThis as Record<string, unknown>;
const GLOBAL = '__quotelensTestFactory';

afterEach(() => {
  for (const key of [EVAL_START_GLOBAL, GLOBAL, `${GLOBAL}EvalMs`]) delete globals[key];
});

describe('register', () => {
  it('keeps the factory and how long the file took since its first line', () => {
    globals[EVAL_START_GLOBAL] = performance.now() - 5;
    const factory = () => 1;
    register(GLOBAL, factory);
    expect(globals[GLOBAL]).toBe(factory);
    expect(evaluationMs(GLOBAL)).toBeGreaterThanOrEqual(5);
    expect(evaluationMs(GLOBAL)).toBeLessThan(1000);
  });

  it('says 0 when the file had no banner, or nothing registered', () => {
    register(GLOBAL, () => 1);
    expect(evaluationMs(GLOBAL)).toBe(0);
    expect(evaluationMs('__quotelensNothing')).toBe(0);
  });
});
