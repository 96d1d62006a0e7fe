import { describe, expect, it } from 'vitest';
import { scan, scanBlocks, type QuoteSpan } from '@/utils/quotes';

const inner = (text: string, spans: QuoteSpan[]) => spans.map((s) => text.slice(s.innerStart, s.innerEnd));

describe('scan: quote styles', () => {
  it.each([
    ['curly doubles', '“We will win,” she said.', ['We will win,']],
    ['straight doubles', 'He said "no deal" twice.', ['no deal']],
    ['a straight quote glued to the sentence before it', 'The river is dirty."We found pure water," he adds.', ['We found pure water,']],
    ['a closing straight quote glued to the next sentence', 'He said "no."Then he left.', ['no.']],
    ['curly singles', 'the ‘Mirkov’, a dealer', ['Mirkov']],
    ['straight singles', "a moment of 'a-ha!' for all", ['a-ha!']],
    ['French guillemets', 'Il a dit «non merci» hier.', ['non merci']],
    ['German guillemets', 'Er sagte »nein« gestern.', ['nein']],
    ['German low-high', 'Er sagte „nein“ gestern.', ['nein']],
    ['German low singles', 'Er sagte ‚nein‘ gestern.', ['nein']],
    ['single guillemets', 'le ‹mot› juste', ['mot']],
    ['CJK corner brackets', '彼は「はい」と言った。', ['はい']],
    ['CJK white corner brackets', '『本』を読む', ['本']],
    ['opening mark glued to a sentence', 'up 30 percent.“We have found it,” he said.', ['We have found it,']],
    ['empty quotes', 'an empty "" pair', ['']],
    ['a mark that starts the block, then a space', '” … what I learned is that it matters,” Obama said.', [' … what I learned is that it matters,']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text, scan(text))).toEqual(expected);
  });
});

describe('scan: apostrophes and primes are not quotes', () => {
  it.each([
    ['contractions inside straight quotes', `"It's fine, they've said so," he said.`, [`It's fine, they've said so,`]],
    ['plural possessive inside', `"Both countries' interests matter," he said.`, [`Both countries' interests matter,`]],
    ['decade', `The class of '91 met "again" today.`, ['again']],
    ['curly decade', 'back in the ’90s, “it was fine,” she said', ['it was fine,']],
    ['feet and inches', `He is 5'11" tall and "fast".`, ['fast']],
    ['inches alone', `a 6" blade and a "knife"`, ['knife']],
    ['unicode primes', 'He is 5′11″ tall, “a giant”.', ['a giant']],
    ['stray left single as apostrophe', 'elmo666‘s post', []],
    ['possessive with nothing open', "the countries' leaders met", []],
    ['doubled apostrophes', "''Not a quote,'' he typed.", []],
  ])('%s', (_name, text, expected) => {
    expect(inner(text, scan(text))).toEqual(expected);
  });
});

describe('scan: nesting', () => {
  it('reports outer and inner quotes with depths', () => {
    const text = `"The 15% 'reciprocal' tariff will likely take effect Aug. 1," Akazawa said.`;
    const spans = scan(text);
    expect(inner(text, spans)).toEqual([`The 15% 'reciprocal' tariff will likely take effect Aug. 1,`, 'reciprocal']);
    expect(spans.map((s) => s.depth)).toEqual([0, 1]);
  });
  it('curly nested singles with an apostrophe inside', () => {
    const text = '“He said, ‘Let’s try this.’ And we did,” she said.';
    expect(inner(text, scan(text))).toEqual(['He said, ‘Let’s try this.’ And we did,', 'Let’s try this.']);
  });
});

describe('scan: the mangled style (opens with ", closes with \')', () => {
  it.each([
    ['split quote', `"It's like a dance,' Allen said. "One side makes a move, the other side makes a move to correspond to that.'`,
      [`It's like a dance,`, 'One side makes a move, the other side makes a move to correspond to that.']],
    ['fragments before an opening "', `describing it a "competitor' but "not our enemy.'`, ['competitor', 'not our enemy.']],
    ['weak close before more text', `was "all part of a mosaic' of talks. "They had things we wanted,' he said.`,
      ['all part of a mosaic', 'They had things we wanted,']],
    ['possessive skipped for a strong close', `"Both countries' interests,' he said.`, [`Both countries' interests,`]],
  ])('%s', (_name, text, expected) => {
    expect(inner(text, scan(text))).toEqual(expected);
  });

  it('the page decides the style for a block with one fragment', () => {
    const blocks = [
      `"They had things we wanted,' he said.`,
      `"It's like a dance,' Allen said.`,
      `Beijing insisted they were a "dual-use' technology that could be used for the military.`,
    ];
    expect(inner(blocks[2], scanBlocks(blocks)[2])).toEqual(['dual-use']);
    // the same block alone has no evidence: the quote runs to the end of the block
    expect(inner(blocks[2], scan(blocks[2]))).toEqual([`dual-use' technology that could be used for the military.`]);
  });

  it('a block with a closing " keeps the usual style on a mangled page', () => {
    const blocks = [`"A,' he said.`, `"B,' she said.`, `the "Hong Kong Parliament", a group of countries' exiles`];
    expect(inner(blocks[2], scanBlocks(blocks)[2])).toEqual(['Hong Kong Parliament']);
  });
});

describe('scan: unbalanced marks and paragraphs', () => {
  it('an unclosed quote runs to the end of its block only', () => {
    const blocks = ['She added: "They never stood a chance of saving her parents\' house.', 'A new paragraph, "with a quote," she said.'];
    const spans = scanBlocks(blocks);
    expect(inner(blocks[0], spans[0])).toEqual(["They never stood a chance of saving her parents' house."]);
    expect(spans[0][0].close).toBe('');
    expect(inner(blocks[1], spans[1])).toEqual(['with a quote,']);
  });
  it('a multi-paragraph quote is reported once per paragraph', () => {
    const blocks = ['“The first part of it.', '“And the second part,” she said.'];
    expect(scanBlocks(blocks).map((s, i) => inner(blocks[i], s))).toEqual([['The first part of it.'], ['And the second part,']]);
  });
  it('a quote continued without a new opening mark closes in the next block', () => {
    const blocks = ['He said: “The first part of it.', 'and the second part,” she said.'];
    const spans = scanBlocks(blocks);
    expect(inner(blocks[1], spans[1])).toEqual(['and the second part,']);
    expect(spans[1][0].open).toBe('');
  });
  it('a stray closing mark is ignored', () => {
    expect(scan('no opening here” at all')).toEqual([]);
  });
});
