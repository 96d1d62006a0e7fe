/** Shared test helpers: the bundled list loaded once, the sample page as blocks, hand-made quotes. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildActorIndex, type Actor, type ActorIndex } from '../../utils/actors';
import { loadBundledActorsSync } from '../../utils/actors/load-node';
import type { Block, BlockRole } from '../../utils/page/block';
import type { Quote, Speaker } from '../../utils/quote';

let bundled: Actor[] | undefined;
let index: ActorIndex | undefined;

export function bundledActors(): Actor[] {
  bundled ??= loadBundledActorsSync();
  return bundled;
}

export function bundledIndex(): ActorIndex {
  index ??= buildActorIndex(bundledActors());
  return index;
}

export function actorById(id: string): Actor {
  const a = bundledActors().find((x) => x.id === id);
  if (!a) throw new Error(`no bundled actor ${id}`);
  return a;
}

export function actorNamed(name: string): Actor {
  const found = bundledActors().filter((x) => x.name === name);
  if (found.length !== 1) throw new Error(`${found.length} bundled actors named ${name}`);
  return found[0];
}

/**
 * The sample page (tests/fixtures/seed/daily8-nvidia-h20.txt, one paragraph a line) as blocks with the
 * roles a page reader gives them: photo captions end with " |", the credit line under each is
 * "Name / The New York Times", the title and two subheads are headings, the related-articles tail is
 * boilerplate.
 */
export function samplePageBlocks(): Block[] {
  const file = resolve(__dirname, '../fixtures/seed/daily8-nvidia-h20.txt');
  const lines = readFileSync(file, 'utf8').split('\n');
  const headings = new Set(['As Trump courts a more assertive Beijing, China hawks are losing out', 'A Chinese bargaining chip', 'Dealmakers in the White House']);
  let tail = false;
  return lines
    .filter((l) => l.trim())
    .map((text): Block => {
      let role: BlockRole = 'paragraph';
      if (/^This article originally appeared/.test(text)) tail = true;
      if (headings.has(text.trim())) role = 'heading';
      else if (/\s\|$/.test(text)) role = 'caption';
      else if (/ \/ The New York Times$/.test(text)) role = 'credit';
      else if (tail) role = 'boilerplate';
      return { text, role };
    });
}

export const SAMPLE_META = { url: 'https://daily8.example/nvidia-h20', published: '2025-07-25' };

export function paragraphs(...texts: string[]): Block[] {
  return texts.map((text) => ({ text, role: 'paragraph' as const }));
}

/** A quote whose speaker the engine resolved to `name` (as the page writes it). */
export function quoteBy(name: string, id = name, text = '…'): Quote {
  const speaker: Speaker = { name, mention: name, source: 'cue' };
  return { id, text, kind: 'statement', blockIndex: 0, start: 0, end: text.length + 2, speaker, confidence: 0.9 };
}
