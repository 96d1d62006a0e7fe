/**
 * Where the hover card goes: below the quote's line when it fits, else above, kept inside the
 * viewport. Pure geometry.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** 'below' or 'above' the anchor. */
  side: 'below' | 'above';
}

/**
 * `anchor`: the rect of the line under the pointer (or the quote's first line), in viewport
 * coordinates; `card`: the card's size; `viewport`: its size; `gap`: space between them.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
  margin = 8,
): Placement {
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - card.height;
  let side: Placement['side'] = 'below';
  let top = below;
  if (below + card.height > viewport.height - margin && above >= margin) {
    side = 'above';
    top = above;
  }
  top = Math.max(margin, Math.min(top, viewport.height - margin - card.height));
  let left = anchor.left;
  left = Math.min(left, viewport.width - margin - card.width);
  left = Math.max(margin, left);
  return { left: Math.round(left), top: Math.round(top), side };
}
