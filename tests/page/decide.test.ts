// placeBlocks: the roles the background decides from what each raw block's place says (plain data).
import { describe, expect, it } from 'vitest';
import { RAW, type BlockFacts } from '@/utils/page/block';
import { F } from '@/utils/page/classify';
import { placeBlocks, placedBlocks } from '@/utils/page/decide';

const PROSE = 'The minister said on Tuesday that the talks would resume next week in Geneva, after a pause of several months.';
const raw = (text: string, facts = 0, parent = 0, grandparent = -1, linkLength = 0): BlockFacts => ({ text, linkLength, facts, parent, grandparent });
const roles = (raws: BlockFacts[]) => placedBlocks(raws, placeBlocks(raws)).map((b) => [b.role, b.text.slice(0, 12)]);

describe('placeBlocks', () => {
  it.each<[string, BlockFacts[], Array<[string, string]>]>([
    ['prose in the article', [raw(PROSE, RAW.IN_REGION)], [['paragraph', 'The minister']]],
    ['a block in a zone is left out', [raw(PROSE, RAW.DROPPED)], []],
    ['a share bar in the article is boilerplate', [raw(PROSE, RAW.IN_REGION | RAW.BOILER)], [['boilerplate', 'The minister']]],
    [
      'a line of links in the article is boilerplate',
      [raw('Nvidia shares fall as China curbs bite', RAW.IN_REGION, 0, -1, 38)],
      [['boilerplate', 'Nvidia share']],
    ],
    ['prose outside the article (a teaser) is kept', [raw(PROSE)], [['paragraph', 'The minister']]],
    ['short text outside the article is not', [raw('Sign in to comment')], []],
    ['a sidebar in the article is judged as outside it', [raw('Sign in to comment', RAW.ASIDE | RAW.IN_REGION)], []],
    [
      "a teaser's headline comes with its prose (same parent)",
      [raw('Talks to resume in Geneva', F.HEADING, 7), raw(PROSE, 0, 7)],
      [['heading', 'Talks to res'], ['paragraph', 'The minister']],
    ],
    ['a headline without prose next to it does not', [raw('Talks to resume in Geneva', F.HEADING, 7), raw(PROSE, 0, 8, 9)], [['paragraph', 'The minister']]],
    ['a whole sentence in a subhead is prose', [raw(PROSE, F.HEADING | RAW.IN_REGION)], [['paragraph', 'The minister']]],
    ['…but not in the h1', [raw(PROSE, F.HEADING | RAW.H1 | RAW.IN_REGION)], [['heading', 'The minister']]],
    ['a credit class makes a credit', [raw('By Jessie Pang', F.CREDIT | RAW.IN_REGION)], [['credit', 'By Jessie Pa']]],
    ['a byline by its text', [raw('By Jessie Pang', RAW.IN_REGION)], [['credit', 'By Jessie Pa']]],
    [
      'a caption and credit run into a paragraph are cut out of it',
      [raw(`Police stand guard in Hong Kong, China December 14, 2023. REUTERS/Tyrone Siu By Jessie Pang ${PROSE}`, RAW.IN_REGION)],
      [['caption', 'Police stand'], ['credit', 'REUTERS/Tyro'], ['credit', 'By Jessie Pa'], ['paragraph', 'The minister']],
    ],
  ])('%s', (_name, raws, expected) => {
    expect(roles(raws)).toEqual(expected);
  });

  it('places each block inside its raw block, in reading order', () => {
    const raws = [raw(`Police stand guard in Hong Kong, China December 14, 2023. REUTERS/Tyrone Siu ${PROSE}`, RAW.IN_REGION), raw(PROSE, RAW.IN_REGION)];
    const placed = placeBlocks(raws);
    for (const p of placed) {
      expect(p.start).toBeGreaterThanOrEqual(0);
      expect(p.end).toBeLessThanOrEqual(raws[p.raw].text.length);
      expect(p.start).toBeLessThan(p.end);
    }
    const order = placed.map((p) => [p.raw, p.start]);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });
});
