/**
 * A .txt page as blocks: every line is a paragraph; blank lines mean nothing. The page reader's
 * own text rules give captions, photo credits and bylines their roles (a line ending in "|" is a
 * caption, as aggregators set them), and a first line that reads like a headline is a heading.
 */
import type { Block } from '../../utils/page/block';
import { roleFromText, splitEmbeddedCredits } from '../../utils/page/roles';

export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // a plain-text article's title: its first line, short, set apart by a blank line
  const first = lines.findIndex((l) => l.trim());
  const titled = first >= 0 && lines[first].trim().length <= 150 && lines[first + 1] !== undefined && !lines[first + 1].trim();
  for (const line of lines) {
    if (!line.trim()) continue;
    if (blocks.length === 0 && (titled || looksLikeHeadline(line))) {
      blocks.push({ text: line, role: 'heading' });
      continue;
    }
    if (/\s\|\s*$/.test(line)) {
      blocks.push({ text: line, role: 'caption' });
      continue;
    }
    const role = roleFromText(line.trim());
    if (role) {
      blocks.push({ text: line, role });
      continue;
    }
    const pieces = splitEmbeddedCredits(line);
    if (pieces) for (const p of pieces) blocks.push({ text: line.slice(p.start, p.end), role: p.role });
    else blocks.push({ text: line, role: 'paragraph' });
  }
  return blocks;
}

function looksLikeHeadline(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length === 0 || line.length > 200) return false;
  const long = words.filter((w) => w.length > 3);
  const capped = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return long.length > 0 && capped / long.length >= 0.7;
}
