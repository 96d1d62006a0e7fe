/**
 * The engine's one entry point: blocks of page text in, attributed quotes out, each speaker
 * matched against the actor index when one is given. The background worker, the command-line
 * extractor and the tests all call this.
 */
import { enrichSpeakers, type ActorIndex } from './actors';
import { attribute } from './attribution';
import { words } from './attribution/lexicon';
import type { Block } from './page/block';
import type { PageMeta, Quote } from './quote';

export interface AnalyzeOptions {
  meta?: PageMeta;
  /** The bundled list with the reader's own people: speakers get actorId, role, org, country. */
  actors?: ActorIndex;
}

export function analyzeBlocks(blocks: Block[], options: AnalyzeOptions = {}): Quote[] {
  const quotes = attribute(blocks);
  return options.actors ? enrichSpeakers(quotes, blocks, options.actors, options.meta) : quotes;
}

/**
 * Builds the engine's word tables (the lexicon's 18,000 words, every form of the speech verbs) now
 * rather than on the first page: the worker calls it while the actor list is on its way.
 */
export function prepareEngine(): void {
  words();
}
