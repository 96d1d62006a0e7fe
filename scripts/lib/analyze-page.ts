/**
 * One page through the engine, as the extractor prints it: the schema of ../shared/eval/README.md
 * (text, kind, speaker {name, mention}) plus offsets, cue, confidence and the actor fields.
 */
import { buildActorIndex, type ActorIndex } from '../../utils/actors';
import { loadBundledActorsSync } from '../../utils/actors/load-node';
import type { Block } from '../../utils/page/block';
import { analyzeBlocks } from '../../utils/pipeline';
import type { PageMeta, Quote } from '../../utils/quote';

export interface PageOutput {
  file: string;
  meta: PageMeta;
  blocks: Block[];
  quotes: Quote[];
}

let actors: ActorIndex | undefined;

export function analyzePage(file: string, blocks: Block[], meta: PageMeta): PageOutput {
  actors ??= buildActorIndex(loadBundledActorsSync());
  return { file, meta, blocks, quotes: analyzeBlocks(blocks, { meta, actors }) };
}
