/** Roles learned from the page: appositives, titles and possessives, never from captions or credits. */
import { describe, expect, it } from 'vitest';
import { readPage, splitRole } from '../../utils/actors/page';
import type { Block } from '../../utils/page/block';

const learned = (text: string, name: string, role: Block['role'] = 'paragraph') =>
  readPage([{ text, role }]).mentions.find((m) => m.text === name)?.learned;

describe('roles the page gives', () => {
  it.each([
    ['"The government understands," said John Rizzo, a spokesperson for Nvidia.', 'John Rizzo', { role: 'spokesperson', org: 'Nvidia', via: 'appositive' }],
    ['Craig Allen, a retired diplomat, said both countries were preparing.', 'Craig Allen', { role: 'retired diplomat', via: 'appositive' }],
    ['It is joined by Commerce Secretary Howard Lutnick on Friday.', 'Howard Lutnick', { role: 'Commerce Secretary', via: 'title' }],
    ['"The challenge," said Jimmy Goodrich, a senior adviser for technology analysis to the Rand Corp. "It appears so."', 'Jimmy Goodrich', { role: 'senior adviser for technology analysis', org: 'Rand Corp.', via: 'appositive' }],
    ["Nvidia's CEO, Jensen Huang, has gone on a lobbying blitz.", 'Jensen Huang', { role: 'CEO', org: 'Nvidia', via: 'possessive' }],
    ["Japan's top negotiator, Ryosei Akazawa, told reporters.", 'Ryosei Akazawa', { role: 'top negotiator', country: 'Japan', via: 'possessive' }],
    ['Scott Bessent, the Treasury secretary, reversed those comments.', 'Scott Bessent', { role: 'Treasury secretary', via: 'appositive' }],
    ['Rizzo, the Nvidia spokesperson, said in a statement.', 'Rizzo', { role: 'spokesperson', org: 'Nvidia', via: 'appositive' }],
    ['John Moolenaar, the Republican chair of the House Select Committee on China, said.', 'John Moolenaar', { role: 'Republican chair', org: 'House Select Committee on China' }],
    ['Tetsuo Saito, leader of Komeito, the coalition partner, attended.', 'Tetsuo Saito', { role: 'leader', org: 'Komeito' }],
    ['The sentiment was echoed by Seiji Maehara, co-head of Nippon Ishin no Kai. "The content is risky," he said.', 'Seiji Maehara', { role: 'co-head', org: 'Nippon Ishin no Kai' }],
    ['It included Constitutional Democratic Party of Japan chief Yoshihiko Noda.', 'Yoshihiko Noda', { role: 'chief', org: 'Constitutional Democratic Party of Japan', via: 'title' }],
    ['There is no plan, Prime Minister Shigeru Ishiba has said.', 'Shigeru Ishiba', { role: 'Prime Minister', via: 'title' }],
    ['The president wants to meet Chinese leader Xi Jinping.', 'Xi Jinping', { role: 'leader', country: 'China', via: 'title' }],
    ['U.S. President Donald Trump banned the chip.', 'Donald Trump', { role: 'President', country: 'United States', via: 'title' }],
    ['House Speaker Mike Johnson met reporters.', 'Mike Johnson', { role: 'House Speaker', via: 'title' }],
    ['Christopher Padilla, a former export control official in the George W. Bush administration, said.', 'Christopher Padilla', { role: 'former export control official', org: 'George W. Bush administration' }],
    ['Lutnick and Marco Rubio, the secretary of state who has long been a critic, agreed.', 'Marco Rubio', { role: 'secretary of state' }],
    ['Officials like David Sacks, the White House AI czar, who has criticized controls.', 'David Sacks', { role: 'White House AI czar' }],
    ['Kusunoki Shigeki, a professor at the University of Tsukuba, said.', 'Kusunoki Shigeki', { role: 'professor', org: 'University of Tsukuba' }],
    ['General Motors CEO Mary Barra said.', 'Mary Barra', { role: 'CEO', org: 'General Motors', via: 'title' }],
    ['Sen. Ted Cruz said.', 'Ted Cruz', { role: 'Senator', via: 'title' }],
  ])('%s', (text, name, expected) => {
    expect(learned(text, name)).toMatchObject(expected);
  });

  it.each([
    // a list of names is not an appositive
    ['Images of Simon Cheng, Frances Hui, Joey Siu and others.', 'Simon Cheng'],
    // a clause after the comma is not a role
    ['Officials met in China, Chinese officials announced new restrictions.', 'China'],
    ['Trump, hosting a digital assets summit, is joined by others.', 'Trump'],
    // honorifics are not roles
    ['Mr. Bessent said.', 'Bessent'],
  ])('no role: %s', (text, name) => {
    expect(learned(text, name)).toBeUndefined();
  });

  it('captions and credits are never read for names; headings count only as context', () => {
    const ctx = readPage([
      { text: 'Treasury Secretary Scott Bessent (second left) at the White House. |', role: 'caption' },
      { text: 'Haiyun Jiang / The New York Times', role: 'credit' },
      { text: 'Japan and China talk trade', role: 'heading' },
      { text: 'Nothing else here.', role: 'paragraph' },
    ]);
    expect(ctx.mentions.map((m) => m.text)).toEqual(['Nothing']);
    expect(ctx.fullKeys.has('scottbessent')).toBe(false);
    expect(ctx.fullKeys.has('haiyunjiang')).toBe(false);
    expect(ctx.text).toContain(' japan ');
    expect(ctx.text).not.toContain('bessent');
  });
});

describe('splitRole', () => {
  it.each([
    [['a', 'spokesperson', 'for', 'Nvidia'], { role: 'spokesperson', org: 'Nvidia' }],
    [['the', 'Secretary', 'of', 'State'], { role: 'Secretary of State' }],
    [['Minister', 'of', 'Foreign', 'Affairs'], { role: 'Minister of Foreign Affairs' }],
    [['U.S.', 'President'], { role: 'President', country: 'United States' }],
    [['Nvidia', 'CEO'], { role: 'CEO', org: 'Nvidia' }],
    [['Rep.'], { role: 'Representative' }],
    [['commentator', 'Victor', 'Ho'], null],
    [['officials', 'announced', 'new', 'restrictions'], null],
    [['hosting', 'a', 'summit'], null],
  ] as const)('%j', (words, expected) => {
    const r = splitRole([...words]);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toEqual(expected);
  });
});
