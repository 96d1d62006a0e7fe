/**
 * Accessibility checks for pages under test. axe-core in a page: injects node_modules/axe-core/axe.min.js (through the driver's
 * own script evaluation, which extension pages' CSP does not block) and runs it.
 *
 *   const { blocking, summary } = await runAxe(popup);
 *   expect(blocking, summary).toEqual([]);     // no serious or critical violation
 *   const stops = await tabThrough(popup, 40); // where Tab goes, and whether focus is visible
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserPage } from './harness';

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

export interface AxeReport {
  violations: AxeViolation[];
  /** Serious and critical violations: what the tests refuse. */
  blocking: AxeViolation[];
  /** Rules that passed / were checked, to show the run was not empty. */
  passes: number;
  /** One line per violation, for assertion messages. */
  summary: string;
}

let source: string | undefined;
const axeSource = () => (source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/** Raw string evaluation: Playwright and Puppeteer pages both take a string expression. */
type Evaluates = { evaluate(expression: string): Promise<unknown> };

export async function runAxe(page: BrowserPage, options: { exclude?: string[] } = {}): Promise<AxeReport> {
  const present = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!present) await (page.raw as Evaluates).evaluate(`${axeSource()}\n;void 0`);
  const result = await page.evaluate(async (exclude: string[]) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const r = await axe.run({ include: [document], exclude: exclude.map((s) => [s]) }, { resultTypes: ['violations'] });
    return {
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
      passes: r.passes.length,
    };
  }, options.exclude ?? []);
  const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = result.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`).join('\n');
  return { ...result, blocking, summary };
}

/** Presses Tab `times` times from the top; for each stop: its test id (or tag) and its outline style. */
export async function tabThrough(page: BrowserPage, times: number): Promise<Array<{ testid: string; outline: string }>> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const keyboard = (page.raw as { keyboard: { press(key: string): Promise<void> } }).keyboard;
  const stops: Array<{ testid: string; outline: string }> = [];
  for (let i = 0; i < times; i++) {
    await keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : null;
        return {
          testid: el?.dataset.testid ?? el?.id ?? el?.tagName.toLowerCase() ?? '',
          outline: style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? style.outlineStyle : 'none',
        };
      }),
    );
  }
  return stops;
}

