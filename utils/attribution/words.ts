/**
 * Word lists the attribution rules read. Base forms only: lexicon.ts expands verbs into every
 * form with compromise's conjugator and adds compromise's own lexicon.
 */

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Verbs that introduce speech or writing: "said", "argued", "tweeted". */
export const SPEECH_VERBS = words(`
  say tell add write argue insist warn urge call describe explain note state declare claim respond reply ask
  answer announce acknowledge admit affirm allege assert boast caution charge comment complain concede conclude
  confirm contend counter cry demand deny emphasize emphasise exclaim grumble joke lament maintain mention muse
  object observe opine plead predict proclaim promise protest quip recall recount reiterate remark repeat report
  retort reveal scoff shout stress suggest swear testify threaten tweet post vow whisper wonder yell agree accuse
  advise assure brag concur criticize criticise dismiss echo elaborate estimate hint imply indicate inform insist
  interject pledge posit question rail rant recommend remind reason signal snap speculate underscore highlight
  thank text email message blog retweet read continue begin decry chide scold praise hail welcome applaud
  condemn counsel declare describe rule write predict sigh laugh gush marvel fume complain recall
  tell confide concede disclose relate narrate summarize summarise point cite sing chant encourage liken compare
  exhort proclaim blast slam attack mock ridicule deride speak promote pitch champion reject want seek tout
  reference remember laud type
  characterize characterise label dub brand term deem
`);

/**
 * Speech verbs that are also common in other senses ("added tariffs", "called for", "continued to",
 * "thinks that"): they cue a quote only when the quote follows closely or they introduce it with a
 * colon or "that".
 */
export const WEAK_SPEECH_VERBS = words(`
  add call continue begin read post text message signal indicate echo rule note charge question object report
  reason label dub brand term deem laugh sigh relate point answer cite sing encourage liken compare
  blast slam attack mock ridicule deride speak promote pitch champion reject want seek tout praise hail welcome
  applaud condemn criticize criticise dismiss defend reference remember laud type
`);

/** Verbs that name rather than quote: `known as "H20"`, `dubbed "the Beast"`. */
export const NAMING_VERBS = words(`
  dub dubbed dubbing name named naming nickname nicknamed title titled label labelled labeled labelling labeling
  brand branded branding term termed christen christened style styled coin coined coining
`);

/** Verbs that may put the speaker after them: `"…," said John Rizzo`. */
export const INVERTING_VERBS = words(`
  say says said add adds added ask asks asked write writes wrote continue continues continued explain explains
  explained recall recalls recalled note notes noted reply replies replied respond responds responded tell tells told
  insist insists insisted argue argues argued warn warns warned observe observes observed offer offers offered
  counter counters countered quip quips quipped joke jokes joked concede concedes conceded admit admits admitted
  declare declares declared exclaim exclaims exclaimed whisper whispers whispered shout shouts shouted wonder
  wonders wondered muse muses mused say read reads report reports reported announce announces announced
  state states stated claim claims claimed acknowledge acknowledges acknowledged conclude concludes concluded
  tweet tweets tweeted write wrote writes post posted posts
`);

/** Nouns that cue a quote: "in a statement", "X's claim that", "the tweet read". */
export const CUE_NOUNS = words(`
  statement statements interview interviews letter letters tweet tweets post posts email emails message messages
  speech speeches remarks comment comments testimony report memo note notes release claim claims assertion
  argument warning words message op-ed column essay blog podcast briefing conference announcement declaration
  complaint filing motion ruling opinion editorial text texts interview
`);

export const PERSONAL_PRONOUNS = words(`he she they it we i you`);

/** Words that sit between a subject and its verb: "has also said", "would later add". */
export const AUXILIARIES = words(`
  has have had is was were are be been being would will could can may might must should shall do does did
  not n't never also later then further repeatedly once recently previously reportedly publicly privately
  separately again first initially quickly simply often frequently subsequently similarly likewise even just
  still already yet earlier today yesterday tonight now soon flatly angrily bluntly firmly loudly quietly
  openly sharply strongly simply clearly insistently tersely cautiously gently curtly calmly proudly
  immediately promptly briefly only
`);

/** Words that open an adverbial segment, not a subject: "In a letter Friday, …", "After the talks, …". */
export const ADVERBIAL_OPENERS = words(`
  in on at after before when while though although as since because if for during following despite amid
  among upon with without by from to into over under about unlike like once until whereas whether where
  meanwhile however still instead also moreover nevertheless nonetheless thus therefore indeed later earlier
  now today yesterday recently separately similarly likewise additionally finally first second then
  speaking asked writing responding reacting
`);

/** Connectives stripped off the front of a subject: "But Trump officials", "And he". */
export const LEADING_CONNECTIVES = words(`and but or so yet nor then also meanwhile however though still now instead plus even only just`);

/** Words that start a relative clause or an appositive after a name: ", who spoke on condition…". */
export const RELATIVE_OPENERS = words(`who whom whose which that where`);

export const DETERMINERS = words(`a an the this that these those another one some any each every`);

/** Nouns for people by role: "a spokesperson", "the official", "a retired diplomat". */
export const ROLE_NOUNS = words(`
  spokesperson spokesman spokeswoman spokespeople official officials diplomat adviser advisor aide chair chairman
  chairwoman chairperson ceo cfo coo cto founder cofounder co-founder president vice-president secretary minister
  premier chancellor governor senator representative rep congressman congresswoman lawmaker legislator mayor
  councillor councilor commissioner director executive manager head chief leader candidate nominee ambassador
  envoy negotiator attorney lawyer prosecutor judge justice sheriff officer detective inspector sergeant captain
  general admiral colonel commander analyst economist strategist expert researcher scientist professor
  scholar historian author writer journalist reporter editor columnist correspondent critic activist advocate
  organizer organiser founder owner partner investor banker trader consultant lobbyist campaigner protester
  student teacher doctor physician nurse surgeon coroner mother father son daughter wife husband sister brother
  friend neighbour neighbor resident witness victim survivor user member members fellow associate deputy
  assistant counsel solicitor barrister magistrate trustee treasurer auditor regulator watchdog economist
  co-head cohead boss manager coach player star singer actor actress artist designer engineer developer
  programmer mathematician physicist biologist chemist meteorologist psychologist psychiatrist epidemiologist
  virologist pharmacist dentist veterinarian therapist counselor counsellor pastor priest rabbi imam bishop
  pope cardinal monarch king queen prince princess emperor dictator speaker whip czar tsar pundit blogger
  poster tweeter commenter administrator superintendent principal dean provost rector
`);

/** Titles that can stand before a name: "Sen. Ted Cruz", "Prime Minister Shigeru Ishiba". */
export const TITLES = words(`
  mr mrs ms miss mx dr prof sir dame lord lady sen senator rep representative gov governor president
  vice-president secretary minister premier chancellor mayor judge justice gen general adm admiral col colonel
  lt lieutenant capt captain sgt sergeant cmdr commander maj major det detective insp inspector supt
  superintendent chief ambassador amb rev reverend del delegate fr father pope king queen prince princess emperor sheikh
  chairman chairwoman chair ceo director commissioner speaker leader attorney officer sheriff coach dean
  professor councillor councilor alderman assemblyman assemblywoman congressman congresswoman pm
  mp mep msp mla lawmaker legislator
`);

/** Head words of organisations, added to compromise's own list. */
export const ORG_WORDS = words(`
  department ministry police committee council corp corporation inc ltd llc co company group party embassy
  government administration house office agency commission authority bureau board court university college
  institute foundation association union federation league alliance coalition campaign network times post
  news reuters press journal magazine tribune herald gazette review daily weekly radio tv television channel
  service services bank fund organisation organization center centre club team staff force army navy military
  command parliament congress senate assembly cabinet kremlin pentagon whitehouse ministry directorate
  secretariat tribunal panel caucus firm studio lab laboratory hospital clinic school district county
  city state republic kingdom nation nations union commission council secretaries ministers officials
`);

/** Particles inside personal names: "Ludwig van Beethoven", "Osama bin Laden". */
export const NAME_PARTICLES = words(`van von der den de del della di da dos das du le la bin ibn al el ben ter ten`);

/** Name suffixes: "Martin Luther King Jr." */
export const NAME_SUFFIXES = words(`jr jr. sr sr. ii iii iv phd ph.d. md m.d.`);

/** Abbreviations that end with a full stop but not a sentence. */
export const ABBREVIATIONS = words(`
  mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj brig insp supt det rev hon pres amb atty st jr sr
  inc corp co ltd no vs etc mt ft ave dept univ est approx jan feb mar apr jun jul aug sep sept oct nov dec del
  fig vol ed eds op al
`);

/** Abbreviations that are titles: never the end of a sentence ("Dr. Smith"). */
export const TITLE_ABBREVIATIONS = words(`mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj brig insp supt det rev hon pres amb atty st del`);

/** Collective or unnamed sources kept as the page names them: "a person familiar with the talks". */
export const SOURCE_NOUNS = words(`
  person people source sources official officials spokesperson spokesman spokeswoman aide aides
  insider insiders observer observers analyst analysts expert experts critic critics resident residents
  witness witnesses user users member members attendee attendees participant participants employee employees
  worker workers staffer staffers lawmaker lawmakers diplomat diplomats executive executives
  group groups family families relative relatives friend friends neighbor neighbors neighbour neighbours
  protester protesters demonstrator demonstrators voter voters supporter supporters opponent opponents
  document documents report reports statement statements letter letters ruling rulings study studies survey
  surveys poll polls memo memos filing filings complaint complaints brief briefs release article articles
  book books piece clip ad ads video videos tweet tweets post posts website paper papers analysis lawsuit
  order notice note email emails message messages transcript decision opinion indictment affidavit
  testimony bill resolution agreement campaign spokespeople representatives questioner narrator
  commentator commentators announcer caller callers viewer viewers reader readers listener listeners
`);
