/**
 * The popup holds a tab's `PageAnalysis`, which carries the text of each block that holds a quote
 * (`paragraphs`) and, from the background, those blocks' roles (`blockRoles`); utils/export wants
 * the page's blocks by index. Rebuild them: a sparse list with just the blocks the quotes point to.
 * Pure.
 */
import type { ExportInput } from '../export';
import type { PageAnalysis } from '../messages';
import type { Block, BlockRole } from '../page/block';

const ROLES: ReadonlySet<string> = new Set<BlockRole>(['paragraph', 'heading', 'caption', 'credit', 'boilerplate']);

/** Blocks by index, from the analysis' paragraphs (a block with no recorded role is a paragraph). */
export function blocksFromParagraphs(analysis: Pick<PageAnalysis, 'paragraphs' | 'blockRoles'>): Block[] {
  const blocks: Block[] = [];
  for (const [key, text] of Object.entries(analysis.paragraphs ?? {})) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || typeof text !== 'string') continue;
    const role = analysis.blockRoles?.[index];
    blocks[index] = { text, role: role && ROLES.has(role) ? role : 'paragraph' };
  }
  return blocks;
}

export function exportInputFrom(analysis: PageAnalysis, version: string): ExportInput {
  return { analysis, blocks: blocksFromParagraphs(analysis), version };
}
