/**
 * What an element's class and id say about it (comments, navigation, caption, credit,
 * boilerplate, sidebar, standfirst), read word by word with set lookups. The same words as
 * patterns like `(^|[\s_-])(nav|menu|skip-?links?)($|[\s_-])` would match, without regular
 * expressions: eight of those cost 1 to 3 ms to compile the first time they run, and the page
 * reader runs cold on every article.
 */

export const NAME = {
  COMMENTS: 1,
  NAV: 2,
  CAPTION: 4,
  CREDIT: 8,
  BOILER: 16,
  ASIDE: 32,
  DEK: 64,
} as const;

/** Words (and runs of words joined by "-", written with or without it) → what they signal. */
const WORDS = new Map<string, number>();
function add(bit: number, list: string): void {
  for (const word of list.trim().split(/\s+/)) WORDS.set(word, (WORDS.get(word) ?? 0) | bit);
}
// A form with "-" matches only with the hyphen; list both forms where the hyphen is optional.
add(NAME.COMMENTS, `comment comments commentlist comment-area comments-area comment-section comments-section
  comment-list comments-list comment-wrapper comments-wrapper comment-container comments-container
  disqus dsq respond replies talkback livefyre viafoura spot-im spotim openweb coral-talk coraltalk`);
add(NAME.NAV, `nav navbar navigation menu breadcrumb breadcrumbs skip-link skiplink skip-links skiplinks
  site-header siteheader site-footer sitefooter masthead cookie cookies consent gdpr paywall modal popup
  onetrust cookiebot didomi usercentrics`);
add(NAME.CREDIT, `credit credits author authors author-name authorname photographer copyright source-note
  sourcenote dateline posted-by postedby contributor`);
add(NAME.BOILER, `share sharing sharebar social newsletter signup sign-up subscribe subscription promo promotion
  advert advertisement ad-slot adslot ad-container adcontainer adsbygoogle sponsor sponsored tags tag-list
  taglist hashtags keywords toolbar widget outbrain taboola recirc read-more-link readmore-link read-morelink
  readmorelink most-read mostread trending newsletter-signup`);
add(NAME.ASIDE, `sidebar side-bar related rail right-rail rightrail recommended recommendations more-stories
  morestories popular teaser teasers`);
add(NAME.DEK, `dek standfirst subtitle sub-title subhead summary lede lead intro excerpt deck kicker-text kickertext`);

/**
 * Anywhere in a name, not only as a word: "figcaption-text", "article-byline", "photocredit".
 * Grouped by a part every needle of the group holds, so that most names are ruled out with five
 * lookups instead of fourteen (the reader runs this on most elements of every article).
 */
const ANYWHERE: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, number]>]> = [
  ['cutline', [['cutline', NAME.CAPTION]]],
  [
    'desc',
    [
      ['img-desc', NAME.CAPTION],
      ['imgdesc', NAME.CAPTION],
      ['image-desc', NAME.CAPTION],
      ['imagedesc', NAME.CAPTION],
    ],
  ],
  [
    'text',
    [
      ['image-text', NAME.CAPTION],
      ['imagetext', NAME.CAPTION],
      ['photo-text', NAME.CAPTION],
      ['phototext', NAME.CAPTION],
    ],
  ],
  ['byline', [['byline', NAME.CREDIT]]],
  [
    'credit',
    [
      ['photo-credit', NAME.CREDIT],
      ['photocredit', NAME.CREDIT],
      ['image-credit', NAME.CREDIT],
      ['imagecredit', NAME.CREDIT],
    ],
  ],
];

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** The NAME bits of a class (and id) string. */
export function classNameSignals(names: string): number {
  const lower = names.toLowerCase();
  let bits = 0;
  // "caption" anywhere, except in "nocaption", "no-caption", "no_caption"
  for (let i = lower.indexOf('caption'); i !== -1; i = lower.indexOf('caption', i + 1)) {
    const before = lower.slice(Math.max(0, i - 3), i);
    if (!/no[-_]?$/.test(before)) {
      bits |= NAME.CAPTION;
      break;
    }
  }
  for (const [part, needles] of ANYWHERE) {
    if (!lower.includes(part)) continue;
    for (const [needle, bit] of needles) if (!(bits & bit) && lower.includes(needle)) bits |= bit;
  }
  // words between [\s_-]; a run of up to three words joined by "-" is looked up as written too
  const n = lower.length;
  let start = 0;
  let c = 0;
  while (start < n) {
    // Words are delimited by whitespace, "_" and "-", tested inline: the reader runs cold on every
    // article, where a function call per character costs more than the comparisons.
    while (start < n && ((c = lower.charCodeAt(start)) === 32 || c === 45 || c === 95 || (c >= 9 && c <= 13))) start++;
    if (start >= n) break;
    let end = start;
    for (let words = 0; words < 3 && end < n; words++) {
      while (end < n && !((c = lower.charCodeAt(end)) === 32 || c === 45 || c === 95 || (c >= 9 && c <= 13))) end++;
      const hit = WORDS.get(lower.slice(start, end));
      if (hit) bits |= hit;
      if (end >= n || c !== 45) break;
      end++;
    }
    // on to the next word: past this one (its first run ends at the first delimiter)
    while (start < n && !((c = lower.charCodeAt(start)) === 32 || c === 45 || c === 95 || (c >= 9 && c <= 13))) start++;
  }
  return bits;
}

const HIDDEN_CLASSES = new Set(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'a11y-hidden', 'offscreen', 'hidden', 'is-hidden', 'd-none', 'u-hidden']);

/** A class that hides its element from sight ("sr-only", "visually-hidden", "d-none"). */
export function hiddenByClass(cls: string): boolean {
  // Every such class holds one of these: most class names are ruled out without a word loop.
  const lower = cls.toLowerCase();
  if (!lower.includes('hidden') && !lower.includes('sr-only') && !lower.includes('screen-reader') && !lower.includes('offscreen') && !lower.includes('d-none')) return false;
  const n = lower.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(lower.charCodeAt(i))) i++;
    let j = i;
    while (j < n && !isSpace(lower.charCodeAt(j))) j++;
    if (j > i && HIDDEN_CLASSES.has(lower.slice(i, j))) return true;
    i = j;
  }
  return false;
}
