// @vitest-environment node
/**
 * Every attribution pattern the engine promises, each with a real-looking sentence.
 * Rows: [pattern, paragraphs, quote text (start), kind, speaker name or null, cue (start) or undefined].
 */
import { describe, expect, it } from 'vitest';
import { attribute } from '@/utils/attribution';
import type { Block } from '@/utils/page/block';

const P = (...texts: string[]): Block[] => texts.map((text) => ({ text, role: 'paragraph' }));

type Row = [string, Block[], string, 'statement' | 'term', string | null, string?];

const rows: Row[] = [
  ['"Q," X said', P('"We will not back down," Allen said.'), 'We will not', 'statement', 'Allen', 'said'],
  ['"Q," said X, a role', P('"The market will recover," said John Rizzo, a spokesperson for Nvidia.'), 'The market', 'statement', 'John Rizzo', 'said'],
  ['X said: "Q"', P('Maria Lopez said: "This is our moment."'), 'This is our', 'statement', 'Maria Lopez', 'said'],
  ['X said, "Q"', P('Senator Ted Cruz said, "The vote is tomorrow."'), 'The vote', 'statement', 'Ted Cruz', 'said'],
  ['X, the role, said in a statement that "Q"', P('Rizzo, the Nvidia spokesperson, said in a statement that "chips promote America."'), 'chips', 'statement', 'Rizzo', 'said in a statement'],
  ['X said the deal was "Q" (a fragment)', P('Christopher Padilla, a former official, said the deal was "a significant accomplishment for the Chinese."'), 'a significant', 'statement', 'Christopher Padilla', 'said'],
  ['told reporters', P('"It will likely take effect Aug. 1," Ryosei Akazawa told reporters on Thursday.'), 'It will likely', 'statement', 'Ryosei Akazawa', 'told reporters'],
  ['past and present tense: says', P('"Nothing has changed," says Dr. Brian Coombes of McMaster University.'), 'Nothing has changed', 'statement', 'Brian Coombes', 'says'],
  ['warned / urged', P('The agency urged buyers "to stay away from these pills."'), 'to stay away', 'statement', 'The agency', 'urged'],
  ['according to X', P('The talks stalled, according to Jamieson Greer, "because nobody would move."'), 'because nobody', 'statement', 'Jamieson Greer', 'according to'],
  ['"Q," according to X', P('"Exports fell sharply," according to the Commerce Department.'), 'Exports fell', 'statement', 'the Commerce Department', 'according to'],
  ['participle: , saying "Q"', P('China responded angrily, saying the statement "undermined the consensus" the two had reached.'), 'undermined', 'statement', 'China', 'saying'],
  ['fronted participle: After telling … "Q," X', P('After telling Congress that there was "no quid pro quo," Scott Bessent, the Treasury secretary, reversed himself.'), 'no quid', 'statement', 'Scott Bessent', 'telling'],
  ['called X "Q"', P('The secretaries condemned the move, calling the arrests "another example of repression."'), 'another example', 'statement', 'The secretaries', 'calling'],
  ['characterisation: admires X as "Q"', P('Trump openly admires Vladimir Putin as a "strong leader," comparing him favourably to others.'), 'strong leader', 'statement', 'Trump', undefined],
  ['tail: …, X told me.', P('Working there is "more gratifying" than her last job, Lladanosa told me.'), 'more gratifying', 'statement', 'Lladanosa', 'told me'],
  ['as X put it', P('The volunteers are a mix of "squatters," as Espinosa put it, and students.'), 'squatters', 'statement', 'Espinosa', undefined],
  ['dash attribution', P('"We are ashamed of this debate." ― Sonya Herridge'), 'We are ashamed', 'statement', 'Sonya Herridge', '—'],
  ['organisation as speaker', P('In a notice May 13, the Commerce Department said that using the chips "anywhere in the world" was a violation.'), 'anywhere', 'statement', 'the Commerce Department', 'said'],
  ['unnamed source', P('A person familiar with the talks said the chip "was never discussed."'), 'was never', 'statement', 'A person familiar with the talks', 'said'],
  ['party tag in the mention', P('"Subpoenas are not optional," Rep. Jason Chaffetz (R-Utah) said.'), 'Subpoenas', 'statement', 'Jason Chaffetz', 'said'],
  ['colon after a verb in the previous paragraph', P('Caddell continued:', '"The health issue is very much a partisan issue."'), 'The health issue', 'statement', 'Caddell', undefined],
  ['called X "Q" after a party tag, another clause after it', P('Sen. Mitch McConnell, R-Ky., called the measure "a responsible step," while Sen. Rand Paul warned that it would "pile on debt."'), 'a responsible step', 'statement', 'Mitch McConnell', 'called'],
  ['the second clause keeps its own speaker', P('Sen. Mitch McConnell, R-Ky., called the measure "a responsible step," while Sen. Rand Paul warned that it would "pile on debt."'), 'pile on debt', 'statement', 'Rand Paul', 'warned'],
  ['a title holding an organisation word: House Speaker', P('House Speaker Kevin McCarthy said he would bring the bill to the floor. He added: "Nobody wants a shutdown."'), 'Nobody wants', 'statement', 'Kevin McCarthy', 'added'],
  ['X which reported "Q": the noun phrase, not the clause before it', P('To settle it, they turned to the Boston Water Board which reported "1,200 broken pipes" this year.'), '1,200', 'statement', 'the Boston Water Board', 'reported'],
  ['he after an organisation\'s name: a word in it ("Office on Drugs") is no person', P('"In general, the water is clean," says Moreno. Take a look at the United Nations Office on Drugs and Crime World Water Report 2014, which reports that rivers are dirty. "We have found pure water," he adds.'), 'We have found', 'statement', 'Moreno', 'adds'],
  ['"Q?" X recalls thinking …', P('"Goodness, who is Ann Lee?" Moreno recalls thinking at the time.'), 'Goodness', 'statement', 'Moreno', 'recalls'],
  ['"Q," X remembers', P('"I was terrified," Ann Lee remembers.'), 'I was terrified', 'statement', 'Ann Lee', 'remembers'],
  ['"Q," X, a role, another role, said', P('"It is an overreach, in our view, of the state\'s domain," Ann Lee, the Republican attorney general of Ohio, one of the states suing the agency, said at an event this month.'), 'It is an overreach', 'statement', 'Ann Lee', 'said'],
  ['"Q," said 9/11 widow X', P('"They are wrong," said 9/11 widow Ann Lee.'), 'They are wrong', 'statement', 'Ann Lee', 'said'],
  ['X made the following comment: (then the quote)', P('On July 6, 2015, Moreno made the following comment:', '"For young people who have left school, the rate is 33 percent."'), 'For young people', 'statement', 'Moreno', undefined],
  ['X had this to say: (then the quote)', P('Mayor Ann Lee had this to say:', '"We will rebuild."'), 'We will rebuild', 'statement', 'Ann Lee', undefined],
  ['a party adjective is no person for "she" to take', P('Ann Lee spoke on Tuesday about the flood.', 'On the show, the former secretary of state and current Democratic presidential nominee said she wanted to tell them that "this is not who we are."'), 'this is not', 'statement', 'Ann Lee', 'wanted'],
  ['reported speech, then a quote on its own: "…, X said. "Q""', P('The council may wait while the mayor talks with the state, Moreno said. "The other factor is the weather."'), 'The other factor', 'statement', 'Moreno', undefined],
  ['"Q," per X', P('Voting by proxy is barred "to fill a vacancy on the ticket," per the party\'s bylaws.'), 'to fill a vacancy', 'statement', "the party's bylaws", 'per'],
  ["X's claim that … \"Q\" (a long content clause)", P('The review looked at Gov. Ann Lee’s claim that there have been "hundreds of closures" in the county this year.'), 'hundreds of', 'statement', 'Ann Lee', 'claim'],
  ["a cue verb before X's remarks wins: the caller speaks", P('With a week to go, Tom Reed, a senior adviser to the campaign, called Mr. Lee’s remarks on Friday "a true wake-up call" for voters.'), 'a true wake', 'statement', 'Tom Reed', 'called'],
  ['the program is a "Q," as X put it (a copula: the noun before is no name for the quote)', P('Most applicants need a degree, but the main requirement for the program is a "steady source of income," as a county memo put it.'), 'steady source', 'statement', 'a county memo', 'as … put it'],
  ['as X put it in …, "Q"', P('He has long been seen, as The Harbour Times put it in a long profile, "the fixer."'), 'the fixer', 'statement', 'The Harbour Times', 'as … put it'],
  ['X … as a "Q1" and a "Q2" (a coordinated quote shares the statement)', P('Lately, Senator Ann Lee has gone after the mayor as a “tax collector with a smile” and a “part-time manager.”'), 'part-time', 'statement', 'Ann Lee', 'gone … as'],
  ['a "Q" and a "Q" with no cue stay terms', P('The shop sells a “classic” and a “deluxe” model.'), 'deluxe', 'term', null],
  ['he after "led by West Virginia": a compass word makes a place, not a person', P('Mr. Clarke says he is hoping that states, led by West Virginia, will pass the costs on. Those talks are continuing, he said.', '"Coal is not the villain," he said.'), 'Coal is not', 'statement', 'Clarke', 'said'],
  ['X responded by saying it was a "Q" issue (a describing word in reported speech)', P('Mayor Ann Lee responded on Monday by saying the dispute over the harbour was a “manufactured” issue.'), 'manufactured', 'statement', 'Ann Lee', 'saying'],
  ['what X called Y\'s "Q" actions', P('Leaders denounced what Prime Minister Ann Lee called the council\'s “reckless, costly” actions.'), 'reckless', 'statement', 'Ann Lee', 'called'],
  ['asked people to perform a "Q" task: a modifier far from the cue stays a term', P('To answer this, the scientists asked five people to perform a “direction discrimination” task.'), 'direction', 'term', null],
  ['"Q" …, she said, referring to … "a word" (a quote inside the participle clause)', P('Ann Lee was blunt. "You squeezed workers to the breaking point" to drive up the stock, she said, referring to the bank\'s drive to "cross-sell" accounts.'), 'You squeezed', 'statement', 'Ann Lee', 'said'],
  ['the "Q" he cited (the quote is the object of the pronoun\'s verb)', P('Senator Ann Lee wants to close four provisions.', 'The four “loopholes” she cited are all in the property code.'), 'loopholes', 'statement', 'Ann Lee', 'cited'],
  ['the "Q" it bought is no speech', P('The “bargain” it bought turned out to be a wreck.'), 'bargain', 'term', null],
  ['"Q." Y insisted that …: the next sentence\'s cue is not the quote\'s', P('Norway branded the plan a "reckless gamble with the sea." Sweden insisted that the talks "go on as planned."'), 'reckless gamble', 'statement', 'Norway', 'branded'],
  ['Talk compared to "Q" (a passive, nothing compared) is no speech', P('Talk compared to "working the referees" at a game.'), 'working the', 'term', null],
  ['X compared Y to Z who is "Q" is speech', P('Ann Lee compared the mayor to a coach who is "working the referees" at a game.'), 'working the', 'statement', 'Ann Lee', 'compared'],
  ['X compared Y to a coach at a game who is "Q1" in hopes that "Q2" (a relative clause, then a clause of speech)', P('Ann Lee, the director of debate at the state university, compared Reed to a coach at a basketball game who is "working the referees" in hopes that "they\'ll go easier" on him.'), 'they\'ll go', 'statement', 'Ann Lee', 'compared'],
  ['"Q," the 45-year-old said (an age is a person, not a date)', P('Ann Smith, 45, runs the shop. "I think it is important," the 45-year-old said.'), 'I think', 'statement', 'the 45-year-old', 'said'],
  ['according to a statement from X: the document\'s author', P('According to a statement from the harbour authority, the closure was "purely precautionary."'), 'purely', 'statement', 'the harbour authority', 'according to'],
  ['the N, which X described as "Q" (an object relative clause)', P('The ruling, which the judge described as "narrow," applies only to the state.'), 'narrow', 'statement', 'the judge', 'described'],
  ['"Q," added Labour MP X (MP is a title, not part of the name)', P('"It is a scandal," added Labour MP Clive Lewis, who represents Norwich South.'), 'It is a scandal', 'statement', 'Clive Lewis', 'added'],
  ['X, speaking on "Show," said the department would "Q" (the clause after "said" has no inverted speaker)', P('Secretary Ann Lee, speaking on CBS\'s "Face the Nation," said the department would "follow the law."'), 'follow the law', 'statement', 'Ann Lee'],
  ['"Q," said X on Tuesday (an inverted speaker followed by a time)', P('"We will follow the law," said Ann Lee on Tuesday.'), 'We will follow', 'statement', 'Ann Lee', 'said'],
  ['the Y\'s X called it "Q" (the determiner is the owner\'s)', P('In a statement, the ACLU\'s Lee Gelernt called the decision "a huge win."'), 'a huge win', 'statement', 'Lee Gelernt', 'called'],
  ['X tweeted that the ruling was "Q" (a gerund after a determiner is a noun, not the cue)', P('Sen. Ann Lee tweeted that the ruling was "judicial activism at its worst."'), 'judicial activism', 'statement', 'Ann Lee', 'tweeted'],
  ['he\'s claiming that … "Q" (a pronoun\'s \'s is "is")', P('Ann Lee spoke at the rally. He\'s claiming that the fraud is "a big, big problem in this country."'), 'a big, big', 'statement', null, 'claiming'],
  ['X, in remarks in Washington, said … "Q" (a parenthetical adverbial names no subject)', P('Chair Ann Lee, in remarks at a conference in Washington, said the board was "not confident" yet.'), 'not confident', 'statement', 'Ann Lee', 'said'],
  ['"Q," a Fed spokesman said (a capitalised word that spells a verb is a name)', P('Rates held. "No comment," a Fed spokesman said.'), 'No comment', 'statement', 'a Fed spokesman', 'said'],
  ['"Q" per person is no attribution', P('The fee is "a modest $5" per person.'), 'a modest', 'term', null],
  ['X lauded Y for "Q"', P('In January, Gov. Ann Lee lauded the builder for helping develop "new and innovative ideas."'), 'new and innovative', 'statement', 'Ann Lee', 'lauded'],
  ['"Q" …, she said, referring to …', P('Ann Lee was blunt. "You squeezed workers to the breaking point" to drive up the stock, she said, referring to the bank.'), 'You squeezed', 'statement', 'Ann Lee', 'said'],
  ['according to a long source: its head', P('According to a 52-count civil complaint filed by the state and a 15-count complaint by the county, the developers ran a "massive fraudulent scheme" for years.'), 'massive fraudulent', 'statement', 'a 52-count civil complaint', 'according to'],
  ['a transcript line: "PENCE: …" (the full name from earlier)', P('Gov. Ann Pence said the tweet was only "to mock" the rival camp.', '"WALLACE: Will she be there tomorrow?', '"PENCE: She will not be attending."'), 'PENCE: She', 'statement', 'Ann Pence', ':'],
  ['a transcript line by someone not named before', P('"WALLACE: Will she be there tomorrow?"'), 'WALLACE: Will', 'statement', 'Wallace', ':'],
  ['a transcript line with an honorific: "MS. LEE: …"', P('"MS. LEE: We will rebuild the harbour."'), 'MS. LEE', 'statement', 'Lee', ':'],
  ['"NOTE: …" is no transcript line', P('"NOTE: This story was updated on Monday."'), 'NOTE: This', 'statement', null],
  ['what X called "Q" (a free relative) is speech', P('Only 1 percent had been involved in what multiple lawmakers called "fraud" at the hearing.'), 'fraud', 'statement', 'multiple lawmakers', 'called'],
  ['what is called "X" names a thing', P('What is called "fake news" spread fast.'), 'fake news', 'term', null],
  ['a doctor had typed "Q" (writing is speech); a box labeled "X" names a thing', P('On her papers, in a box labeled "medical problem," a doctor had typed "homicidal ideation."'), 'homicidal', 'statement', 'a doctor', 'typed'],
  ['labeled "X", then another clause\'s verb: still a name', P('On her papers, in a box labeled "medical problem," a doctor had typed "homicidal ideation."'), 'medical problem', 'term', null],
  ['a dateline before the subject', P('NEW YORK (AP) — Mayor Ann Lee stood by the plan on Monday, saying it was "ready for anything."'), 'ready for', 'statement', 'Ann Lee', 'saying'],
  ['a run-in heading in capitals is never the speaker', P('PANEL HAS QUESTIONED HER — Lee’s claims earned her a hearing last year for saying the tea was a "cure for every ailment."'), 'cure for', 'statement', null, 'saying'],
  ['an acronym subject before a dash is not a dateline', P('NASA — the space agency — stood by the plan on Monday, saying it was "ready for anything."'), 'ready for', 'statement', 'NASA', 'saying'],
  ['a role, then the name in commas, then two verbs', P("The Labour leader, Keir Starmer, described the rise as 'a hammer blow', and accused ministers of 'sitting on their hands'."), 'sitting on', 'statement', 'Keir Starmer', 'accused'],
  ['British single quotes, X said in a statement that', P("Centrica, which owns British Gas, said in a statement that it would 'continue to support vulnerable customers'."), 'continue to support', 'statement', 'Centrica', 'said in a statement'],
  ['says X at the start of a split quote', P("'We've seen this before,' says Professor Helen Clark of the University of Manchester. 'Prices spike, and the poorest pay.'"), 'Prices spike', 'statement', 'Helen Clark', undefined],
  ['a surname ending like a party adjective is still a subject', P('Sullivan says he is satisfied that there has been "no illegal disclosure by anyone" at the agency.'), 'no illegal', 'statement', 'Sullivan', 'says'],
  ['a document in a relative clause speaks', P('He released a letter from his doctor Friday afternoon that says he has "extraordinarily good health" for his age.'), 'extraordinarily', 'statement', 'a letter from his doctor', 'says'],
  // terms
  ['scare quote in a phrase', P('They ran in the unofficial "Hong Kong Parliament" group.'), 'Hong Kong Parliament', 'term', null],
  ['named thing after a cue elsewhere', P('Police also warned that funding the "Hong Kong Parliament" could be an offense.'), 'Hong Kong Parliament', 'term', null],
  ['so-called', P('This so-called "superbug" scenario is not science fiction.'), 'superbug', 'term', null],
  ['known as', P('The chip known as "H20" was approved.'), 'H20', 'term', null],
  ['a title after a work noun', P('In her book "A Paradise Built in Hell," Rebecca Solnit wrote of meaning.'), 'A Paradise', 'term', null],
  ['the term "X"', P('Hamilton, who popularized the term "software engineering," later led the team.'), 'software engineering', 'term', null],
  ['a modifier before a noun', P('But when does that "a-ha!" moment occur, the researchers asked.'), 'a-ha!', 'term', null],
  ['naming called after a noun', P('The researchers used the technique called "mental chronometry" in the study.'), 'mental chronometry', 'term', null],
];

describe('attribution patterns', () => {
  it.each(rows)('%s', (_name, blocks, quoteStart, kind, speaker, cue) => {
    const quotes = attribute(blocks);
    const q = quotes.find((x) => x.text.startsWith(quoteStart));
    expect(q, `no quote starting "${quoteStart}" in ${JSON.stringify(quotes.map((x) => x.text))}`).toBeDefined();
    expect(q!.kind).toBe(kind);
    if (speaker === null) expect(q!.speaker).toBeNull();
    else expect(q!.speaker?.name).toBe(speaker);
    if (cue !== undefined) expect(q!.cue ?? '').toMatch(new RegExp(`^${cue}`));
  });
});

describe('resolution', () => {
  it('a pronoun goes to the last person named, past captions and credits', () => {
    const blocks: Block[] = [
      { text: 'Christopher Padilla, a former export control official, said the fact was "a significant accomplishment."', role: 'paragraph' },
      { text: 'A chip on display at a conference in San Jose, California, on March 19 |', role: 'caption' },
      { text: 'Mike Kai Chen / The New York Times', role: 'credit' },
      { text: '"They\'ve been after this for decades," he said.', role: 'paragraph' },
    ];
    const q = attribute(blocks).find((x) => x.text.startsWith("They've"))!;
    expect(q.speaker).toMatchObject({ name: 'Christopher Padilla', mention: 'he', source: 'pronoun' });
  });

  it('she goes to the woman named, not the man named after her', () => {
    const q = attribute(P('Once Ellen Fetter arrived, Edward Lorenz gave her a manual. "He carried a lot in his head," she said.'))[0];
    expect(q.speaker?.name).toBe('Ellen Fetter');
  });

  it('a surname goes to the full name used earlier on the page', () => {
    const quotes = attribute(P('Scott Bessent, the Treasury secretary, spoke on July 15.', '"We are in a very good place," Bessent said.'));
    expect(quotes[0].speaker).toMatchObject({ name: 'Scott Bessent', mention: 'Bessent' });
  });

  it('a paragraph that is only a quote continues the previous speaker', () => {
    const quotes = attribute(P('"It\'s like a dance," Allen said.', '"One side makes a move, the other side makes a move."'));
    expect(quotes[1].speaker).toMatchObject({ name: 'Allen', source: 'continuation' });
  });

  it('a short sentence that is only a quote continues the speaker before it', () => {
    const quotes = attribute(P('"We\'ll be careful," she said of the trial, after Dr. Amy Chen spoke. "Very careful."'));
    expect(quotes[1]).toMatchObject({ kind: 'statement', speaker: { source: 'continuation' } });
  });

  it('a split quote: the second part takes the first part\'s speaker', () => {
    const quotes = attribute(P('"The challenge is real," said Jimmy Goodrich, a senior adviser to the Rand Corp. "It appears some actions are at the whims of Beijing."'));
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Jimmy Goodrich', 'Jimmy Goodrich']);
  });

  it('"it said in a statement" goes to the organisation that spoke last', () => {
    const quotes = attribute(P('The Foreign and Home Secretaries condemned the move in a joint statement.', '"We will not tolerate this," it said in a statement.'));
    expect(quotes[0].speaker?.name).toBe('The Foreign and Home Secretaries');
  });

  it('a headline quote that repeats a statement word for word is that statement; a part of one stays a term', () => {
    const blocks: Block[] = [
      { text: 'Mayor Calls Budget ‘Reckless Gamble’ as Council Balks at ‘Plan’', role: 'heading' },
      { text: 'Mayor Ann Lee called the budget a “reckless gamble” on Monday and said the plan was “not a plan at all.”', role: 'paragraph' },
    ];
    const quotes = attribute(blocks);
    expect(quotes.map((q) => [q.text, q.kind, q.speaker?.name, q.speaker?.source])).toEqual([
      ['Reckless Gamble', 'statement', 'Ann Lee', 'echo'],
      ['Plan', 'term', undefined, undefined],
      ['reckless gamble', 'statement', 'Ann Lee', 'cue'],
      ['not a plan at all.', 'statement', 'Ann Lee', 'cue'],
    ]);
  });

  it('a paragraph that is one short title-case quote is a subheading: a term, or the statement it repeats', () => {
    const quotes = attribute(P(
      '“We will not sell the harbour,” Mayor Ann Lee said on Monday.',
      '‘All Bets Are Off.’',
      '‘We Will Not Sell the Harbour.’',
      '“We will be there on Friday.”',
    ));
    expect(quotes.map((q) => [q.text, q.kind, q.speaker?.name ?? null])).toEqual([
      ['We will not sell the harbour,', 'statement', 'Ann Lee'],
      ['All Bets Are Off.', 'term', null],
      ['We Will Not Sell the Harbour.', 'statement', 'Ann Lee'],
      ['We will be there on Friday.', 'statement', null],
    ]);
  });

  it('names in a caption never become speakers', () => {
    const blocks: Block[] = [
      { text: 'Photo: Haiyun Jiang speaks to reporters', role: 'caption' },
      { text: '"Nothing was agreed," he said.', role: 'paragraph' },
    ];
    expect(attribute(blocks)[0].speaker?.name).not.toMatch(/Jiang/);
  });

  it('an unresolvable pronoun is reported as written, with low confidence', () => {
    const q = attribute(P('"Nothing was agreed," he said.'))[0];
    expect(q.speaker).toMatchObject({ name: 'he', mention: 'he' });
    expect(q.confidence).toBeLessThan(0.7);
  });
});
