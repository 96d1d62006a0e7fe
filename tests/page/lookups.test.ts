// @vitest-environment node
// The word and substring lookups that replaced regular expressions on the page, each against the pattern it replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classNameSignals, hiddenByClass, NAME } from '@/utils/page/class-names';
import { hasWord } from '@/utils/page/roles';
import { classWeight } from '@/utils/page/score';
import type { TreeElement } from '@/utils/page/block';

// The patterns the word lookups replace (they cost milliseconds to compile cold on the page):
// the oracle the lookups must agree with.
const B = '(?:^|[\\s_-])';
const E = '(?:$|[\\s_-])';
const ORACLE: ReadonlyArray<readonly [number, RegExp]> = [
  [NAME.COMMENTS, new RegExp(`${B}(?:comments?|commentlist|comments?-(?:area|section|list|wrapper|container)|disqus(?:_thread)?|dsq|respond|replies|talkback|livefyre|viafoura|spot-?im|openweb|coral-?talk)${E}`, 'i')],
  [NAME.NAV, new RegExp(`${B}(?:nav|navbar|navigation|menu|breadcrumbs?|skip-?links?|site-?header|site-?footer|masthead|cookie|cookies|consent|gdpr|paywall|modal|popup|onetrust|cookiebot|didomi|usercentrics)${E}`, 'i')],
  [NAME.CAPTION, /(?<!no[-_]?)caption|cutline|img-?desc|image-?text|photo-?text|image-?desc/i],
  [NAME.CREDIT, new RegExp(`byline|${B}(?:credits?|author|authors|author-?name|photographer|copyright|source-?note|dateline|posted-?by|contributor)${E}|photo-?credit|image-?credit`, 'i')],
  [NAME.BOILER, new RegExp(`${B}(?:share|sharing|sharebar|social|newsletter|signup|sign-up|subscribe|subscription|promo|promotion|advert|advertisement|ad-?slot|ad-?container|adsbygoogle|sponsor|sponsored|tags|tag-?list|hashtags|keywords|toolbar|widget|outbrain|taboola|recirc|read-?more-?link|most-?read|trending|newsletter-?signup)${E}`, 'i')],
  [NAME.ASIDE, new RegExp(`${B}(?:sidebar|side-?bar|related|rail|right-?rail|recommended|recommendations|more-?stories|popular|teasers?)${E}`, 'i')],
  [NAME.DEK, new RegExp(`${B}(?:dek|standfirst|subtitle|sub-?title|subhead|summary|lede|lead|intro|excerpt|deck|kicker-?text)${E}`, 'i')],
];
const HIDDEN_ORACLE = /(?:^|\s)(?:sr-only|visually-?hidden|screen-reader-text|a11y-hidden|offscreen|hidden|is-hidden|d-none|u-hidden)(?:$|\s)/i;

const oracle = (names: string) => ORACLE.reduce((bits, [bit, re]) => (re.test(names) ? bits | bit : bits), 0);

// Every word the patterns name, pieces of their multi-word forms, and near misses.
const VOCABULARY = `comment comments commentlist area section list wrapper container disqus thread dsq respond replies
  talkback livefyre viafoura spot im spotim openweb coral talk nav navbar navigation navy menu breadcrumb breadcrumbs
  skip link links site header footer masthead cookie cookies consent gdpr paywall modal popup onetrust cookiebot
  didomi usercentrics caption figcaption nocaption no cutline img desc image text photo byline credit credits author
  authors name photographer copyright source note dateline posted by contributor share sharing sharebar social
  newsletter signup sign up subscribe subscription promo promotion advert advertisement ad slot adsbygoogle sponsor
  sponsored tags tag hashtags keywords toolbar widget outbrain taboola recirc read more most trending sidebar side bar
  related rail right recommended recommendations stories popular teaser teasers dek standfirst subtitle sub title
  subhead summary lede lead intro excerpt deck kicker commentary article body main story Nav MENU Byline x-2 col`
  .trim()
  .split(/\s+/);

const className = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom('-', '_', ' ', '', '  ', '\t')), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.map(([word, sep]) => word + sep).join(''));

describe('class and id names', () => {
  it('signal what the patterns they replace matched, on any mix of their words and delimiters', () => {
    fc.assert(
      fc.property(className, (names) => {
        expect(classNameSignals(names)).toBe(oracle(names));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['comments-area', NAME.COMMENTS],
    ['main-nav', NAME.NAV],
    ['skiplinks', NAME.NAV],
    ['read-more-link', NAME.BOILER],
    ['readmore-link', NAME.BOILER],
    ['article-figcaption', NAME.CAPTION],
    ['no-caption', 0],
    ['commentary', 0],
    ['navy', 0],
    ['article-byline', NAME.CREDIT],
    ['related-card teaser', NAME.ASIDE],
    ['Sidebar_Right', NAME.ASIDE],
  ])('%s', (names, bits) => {
    expect(classNameSignals(names)).toBe(bits);
    expect(oracle(names)).toBe(bits);
  });

  it('agree with the patterns on every multi-word form they name', () => {
    const forms = `read-morelink readmorelink read-more-link side-bar sub-title spot-im spotim coral-talk coraltalk ad-container
      adcontainer ad-slot newsletter-signup source-note sourcenote posted-by kicker-text more-stories right-rail most-read
      tag-list image-credit photocredit img-desc imgdesc photo-text image-desc author-name comments-wrapper comment-list
      skip-link site-footer sign-up disqus_thread x-commentlist-y`.trim().split(/\s+/);
    for (const form of forms) {
      expect(classNameSignals(form), form).toBe(oracle(form));
      expect(classNameSignals(form), form).not.toBe(0);
    }
  });

  it('hides with the usual utility classes, as whole class names only', () => {
    for (const cls of ['sr-only', 'a visually-hidden b', 'VisuallyHidden', 'd-none', 'x hidden']) expect(hiddenByClass(cls)).toBe(true);
    for (const cls of ['hidden-xs', 'not-hidden', 'sr-only-focusable', '']) expect(hiddenByClass(cls)).toBe(false);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('sr-only', 'visually-hidden', 'visuallyhidden', 'hidden', 'is-hidden', 'd-none', 'u-hidden', 'offscreen', 'hidden-xs', 'xhidden', 'a11y-hidden', 'screen-reader-text', 'HIDDEN', 'card'), { maxLength: 4 }),
        fc.constantFrom(' ', '  ', '\t', '\n'),
        (words, sep) => {
          expect(hiddenByClass(words.join(sep))).toBe(HIDDEN_ORACLE.test(words.join(sep)));
        },
      ),
    );
  });
});

// Readability's class weights, as it writes them: the oracle for the substring lookups.
const NEGATIVE_RE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const POSITIVE_RE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const weightOracle = (cls: string | null, id: string | null) =>
  [cls, id].reduce((w, name) => (name ? w - (NEGATIVE_RE.test(name) ? 25 : 0) + (POSITIVE_RE.test(name) ? 25 : 0) : w), 0);
const element = (cls: string | null, id: string | null): TreeElement => ({ parent: -1, tag: 'div', cls: cls ?? '', id: id ?? '', article: false, children: 0 });

describe('class weight (Readability)', () => {
  const name = fc
    .array(fc.tuple(fc.constantFrom('-ad-', 'ad', 'hidden', 'hid', 'HID', 'banner', 'comment', 'com-', 'meta', 'tags', 'widget', 'article', 'Body', 'h-entry', 'entry', 'story', 'main', 'x', 'media'), fc.constantFrom(' ', '-', '_', '', '  ')), { maxLength: 4 })
    .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
  it('weighs class and id as Readability\'s patterns do', () => {
    fc.assert(
      fc.property(fc.option(name), fc.option(name), (cls, id) => {
        expect(classWeight(element(cls, id))).toBe(weightOracle(cls, id));
      }),
      { numRuns: 2000 },
    );
    expect(classWeight(element('hid', null))).toBe(-25);
    expect(classWeight(element('article-body sidebar', 'main'))).toBe(25);
  });
});

describe('hasWord', () => {
  it('finds a word as \\b(?:…)\\b/i does', () => {
    const words = ['reuters', 'afp', 'ap photo', 'article', 'articles', 'news'];
    const oracle = /\b(?:reuters|afp|ap photo|articles?|news)\b/i;
    const text = fc
      .array(fc.tuple(fc.constantFrom('Reuters', 'AFP', 'afp', 'AP', 'photo', 'Article', 'articles', 'newsy', 'News', 'x', '2', '_', 'é'), fc.constantFrom(' ', '/', '', '-', '_', '.')), { maxLength: 5 })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(hasWord(t.toLowerCase(), words)).toBe(oracle.test(t));
      }),
      { numRuns: 2000 },
    );
  });
});
