/**
 * Reading a page whole, in this thread: the walk (reader.ts) and the roles (decide.ts) in one go,
 * for tests, the command line and the evaluation. The content script runs the same two halves,
 * the walk on the page and the roles in the background.
 */
import { placeBlocks } from './decide';
import { defaultNow, PageReader, readFrom } from './reader';
import type { PageRead, ReadOptions } from './types';

/** Reads the whole page now. */
export function readPage(doc: Document, options: ReadOptions = {}): PageRead {
  const facts = new PageReader(doc, options).facts();
  return readFrom(facts, placeBlocks(facts.raws));
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
  const facts = reader.facts();
  return readFrom(facts, placeBlocks(facts.raws));
}
