/**
 * Reading a page whole, in this thread: the walk (reader.ts), the article (describe.ts) and the
 * roles (decide.ts) in one go, for tests, the command line and the evaluation. The content script
 * runs the same parts, the walk on the page and the rest in the background.
 */
import { placeBlocks } from './decide';
import { describePage } from './describe';
import { defaultNow, PageReader, readFrom } from './reader';
import type { PageFacts, PageRead, ReadOptions } from './types';

/** The blocks of a walk, placed; walked again with the zones when no article was found outside them. */
function place(facts: PageFacts, walkAgain: () => PageFacts): PageRead {
  let described = describePage(facts.page);
  if (!described) {
    facts = walkAgain();
    described = describePage(facts.page)!; // a walk with the zones leaves none out
  }
  return readFrom(facts, placeBlocks(described));
}

/** Reads the whole page now. */
export function readPage(doc: Document, options: ReadOptions = {}): PageRead {
  return place(new PageReader(doc, options).facts(), () => new PageReader(doc, { ...options, withZones: true }).facts());
}

export interface AsyncReadOptions extends ReadOptions {
  /** Longest stretch of work between yields, in ms (default 8). */
  sliceMs?: number;
  /** How to give the main thread back (default: scheduler.yield, else setTimeout 0). */
  yieldToMain?: () => Promise<void>;
  /** Stop early: the promise then resolves to null. */
  signal?: AbortSignal;
}

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Reads the page in slices of at most `sliceMs`, yielding to the page in between. */
export async function readPageAsync(doc: Document, options: AsyncReadOptions = {}): Promise<PageRead | null> {
  const reader = new PageReader(doc, options);
  const now = options.now ?? defaultNow;
  const slice = options.sliceMs ?? 8;
  const yieldToMain = options.yieldToMain ?? defaultYield;
  while (!reader.step(now() + slice)) {
    await yieldToMain();
    if (options.signal?.aborted) return null;
  }
  // (the walk with the zones, when it is needed, runs in one piece: the rare page without an article)
  return place(reader.facts(), () => new PageReader(doc, { ...options, withZones: true }).facts());
}
