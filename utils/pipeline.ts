/**
 * The engine's one entry point: blocks of page text in, attributed quotes out.
 * The background worker, the command-line extractor and the tests all call this.
 */
import { attribute } from './attribution';
import type { Block } from './page/block';
import type { PageMeta, Quote } from './quote';

export interface AnalyzeOptions {
  meta?: PageMeta;
}

export function analyzeBlocks(blocks: Block[], _options: AnalyzeOptions = {}): Quote[] {
  return attribute(blocks);
}
