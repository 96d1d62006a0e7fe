/**
 * Word lists for name normalisation and role reading. All entries are folded (lower case,
 * no diacritics), as produced by `fold` in normalize.ts.
 */

/** Honorifics and titles that may precede a name and are not part of it. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  // honorifics
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon',
  'honorable', 'honourable', 'rev', 'reverend', 'fr', 'father', 'pastor', 'rabbi', 'imam', 'sheikh',
  'sheik', 'sayyid', 'ayatollah', 'mme', 'mlle', 'herr', 'frau', 'san', 'sama',
  // offices
  'sen', 'senator', 'rep', 'reps', 'representative', 'congressman', 'congresswoman', 'assemblyman',
  'assemblywoman', 'councilman', 'councilwoman', 'councillor', 'councilor', 'gov', 'governor', 'lt',
  'lieutenant', 'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary',
  'speaker', 'chairman', 'chairwoman', 'chair', 'chairperson', 'ceo', 'judge', 'justice', 'gen',
  'general', 'adm', 'admiral', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant',
  'cmdr', 'commander', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope', 'emir',
  'crown', 'ambassador', 'envoy', 'mayor', 'commissioner', 'director', 'chief', 'deputy', 'acting',
  'former', 'ex', 'leader', 'whip', 'attorney', 'solicitor', 'sheriff', 'spokesman', 'spokeswoman',
  'spokesperson', 'founder', 'cofounder', 'czar', 'tsar', 'dean', 'officer', 'executive', 'head',
  'first', 'lady', 'then', 'incoming', 'outgoing', 'interim', 'designate', 'elect',
  // modifiers of offices ("Commerce Secretary", "House Speaker", "U.S. President")
  'foreign', 'finance', 'defense', 'defence', 'treasury', 'commerce', 'state', 'trade', 'interior',
  'home', 'energy', 'labor', 'labour', 'health', 'education', 'transportation', 'transport',
  'agriculture', 'economy', 'economic', 'house', 'senate', 'majority', 'minority', 'white', 'us', 'uk', 'un', 'eu', 'nato', 'federal', 'national', 'security', 'homeland', 'cabinet',
  'chief', 'top', 'senior', 'junior', 'assistant', 'associate', 'under', 'undersecretary',
  'republican', 'democratic', 'democrat', 'conservative', 'liberal', 'labour', 'gop',
  'american', 'chinese', 'japanese', 'british', 'french', 'german', 'russian', 'indian', 'korean',
  'south', 'north', 'ukrainian', 'israeli', 'iranian', 'canadian', 'australian', 'mexican',
  'brazilian', 'italian', 'spanish', 'turkish', 'saudi', 'european', 'taiwanese',
]);

/** Words that head a role phrase: "a spokesperson", "the Treasury secretary", "Nvidia's CEO". */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'diplomat', 'official', 'officials', 'adviser', 'advisor',
  'secretary', 'undersecretary', 'chair', 'chairman', 'chairwoman', 'chairperson', 'cochair',
  'co-chair', 'chief', 'leader', 'head', 'co-head', 'cohead', 'czar', 'tsar', 'representative',
  'minister', 'president', 'vice-president', 'premier', 'chancellor', 'professor', 'analyst',
  'economist', 'director', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'cofounder',
  'executive', 'officer', 'ambassador', 'envoy', 'negotiator', 'senator', 'sen', 'rep', 'governor',
  'gov', 'mayor', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'member', 'deputy',
  'commissioner', 'manager', 'partner', 'fellow', 'researcher', 'scholar', 'lawyer', 'attorney',
  'judge', 'justice', 'general', 'admiral', 'colonel', 'commander', 'commentator', 'businessman',
  'businesswoman', 'activist', 'historian', 'strategist', 'consultant', 'expert', 'investor', 'banker',
  'editor', 'journalist', 'author', 'writer', 'scientist', 'engineer', 'owner', 'aide', 'staffer',
  'prosecutor', 'candidate', 'nominee', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope',
  'administrator', 'coordinator', 'counsel', 'counselor', 'counsellor', 'delegate', 'speaker', 'whip',
  'treasurer', 'inspector', 'regulator', 'lobbyist', 'pollster', 'economist', 'physician', 'doctor',
  'teacher', 'student', 'organizer', 'organiser', 'campaigner', 'veteran', 'specialist', 'principal',
  'president-elect', 'chairman-elect', 'attache', 'consul', 'emir', 'sheikh', 'monarch', 'governor-general',
  'secretary-general', 'director-general', 'spokesperson', 'press', 'sheriff', 'superintendent',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman',
  'tycoon', 'billionaire', 'entrepreneur', 'chairwoman', 'boss', 'mp', 'lawmaker', 'legislator',
]);

/** Words (kept in a role) that name a department or qualify an office rather than an organisation. */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'treasury', 'commerce', 'state', 'defense', 'defence', 'foreign', 'finance', 'justice', 'interior',
  'energy', 'labor', 'labour', 'agriculture', 'trade', 'home', 'health', 'education', 'transportation',
  'transport', 'homeland', 'security', 'house', 'senate', 'white', 'prime', 'vice', 'deputy', 'chief',
  'executive', 'press', 'national', 'economic', 'cabinet', 'attorney', 'general', 'majority',
  'minority', 'republican', 'democratic', 'democrat', 'conservative', 'liberal', 'gop', 'ai', 'tech',
  'technology', 'trade', 'intelligence', 'federal', 'first', 'vice-president', 'lt', 'lieutenant',
  'acting', 'former', 'senior', 'top', 'assistant', 'under', 'special', 'principal', 'managing',
]);

/** Surname particles kept inside names: "Ursula von der Leyen", "Jaap de Hoop Scheffer". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'das', 'do', 'du', 'van', 'von', 'bin', 'ibn',
  'al', 'el', 'la', 'le', 'ter', 'ten', 'y', 'zu', 'st',
]);

export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Words that mark an organisation, a place or a thing, never a person's name. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'government', 'council', 'committee', 'commission', 'party', 'office',
  'agency', 'administration', 'company', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'co',
  'group', 'university', 'college', 'school', 'institute', 'foundation', 'association', 'union',
  'bank', 'fund', 'times', 'post', 'journal', 'news', 'press', 'reuters', 'network', 'embassy',
  'police', 'army', 'navy', 'force', 'forces', 'court', 'parliament', 'congress', 'senate', 'house',
  'assembly', 'cabinet', 'center', 'centre', 'airlines', 'airways', 'summit', 'expo', 'street',
  'avenue', 'road', 'square', 'island', 'islands', 'republic', 'kingdom', 'states', 'city', 'county',
  'province', 'prefecture', 'valley', 'airport', 'station', 'hospital', 'museum', 'church', 'club',
  'league', 'cup', 'games', 'nations', 'east', 'west', 'board', 'bureau', 'service', 'services',
  'authority', 'coalition', 'alliance', 'caucus', 'conference', 'federation', 'organization',
  'organisation', 'council', 'tribunal', 'reserve', 'exchange', 'market', 'markets', 'media',
  'television', 'radio', 'magazine', 'daily', 'herald', 'tribune', 'gazette', 'monitor', 'review',
  'report', 'project', 'program', 'programme', 'initiative', 'act', 'bill', 'law', 'treaty', 'accord',
  'agreement', 'war', 'day', 'week', 'month', 'year', 'budget', 'policy', 'strategy', 'ai', 'chips',
  'technologies', 'technology', 'systems', 'holdings', 'partners', 'capital', 'ventures', 'labs',
  'motors', 'energy', 'oil', 'gas', 'steel', 'pharma', 'health', 'care', 'shinsengumi', 'komeito',
  'office', 'palace', 'kremlin', 'pentagon', 'whitehall', 'downing', 'hill', 'building', 'tower',
]);

/** Capitalised words that begin sentences and clauses: never the first word of a name. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'of', 'in', 'on', 'at', 'to',
  'from', 'by', 'with', 'as', 'if', 'when', 'while', 'since', 'after', 'before', 'because', 'though',
  'although', 'until', 'unless', 'whether', 'once', 'then', 'now', 'still', 'also', 'even', 'just',
  'only', 'last', 'next', 'this', 'that', 'these', 'those', 'there', 'here', 'his', 'her', 'their',
  'our', 'my', 'your', 'its', 'he', 'she', 'they', 'we', 'you', 'it', 'i', 'who', 'whom', 'whose',
  'what', 'which', 'where', 'why', 'how', 'meanwhile', 'however', 'instead', 'indeed', 'still',
  'some', 'many', 'most', 'several', 'few', 'all', 'both', 'each', 'every', 'other', 'others',
  'another', 'such', 'no', 'not', 'few', 'more', 'less', 'over', 'under', 'among', 'between', 'during',
  'despite', 'without', 'within', 'about', 'against', 'into', 'onto', 'upon', 'through', 'across',
  'like', 'unlike', 'per', 'via', 'according', 'asked', 'speaking', 'writing', 'says', 'said',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'yesterday', 'today', 'tomorrow', 'officials', 'critics', 'police', 'opposition',
  'dealmakers', 'people', 'analysts', 'experts', 'leaders', 'residents', 'images', 'try', 'explore',
  'comments', 'related', 'hashtags', 'read', 'see', 'watch', 'photo', 'photos', 'video', 'source',
  'sources', 'copyright', 'reporting', 'editing', 'additional', 'updated', 'published',
]);

/** Folded country names and what they fold to, plus demonyms and common short forms. */
export const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'United States'], ['u s', 'United States'], ['usa', 'United States'], ['u s a', 'United States'],
  ['america', 'United States'], ['american', 'United States'], ['americans', 'United States'],
  ['united states', 'United States'], ['washington', 'United States'],
  ['uk', 'United Kingdom'], ['u k', 'United Kingdom'], ['britain', 'United Kingdom'],
  ['great britain', 'United Kingdom'], ['british', 'United Kingdom'], ['england', 'United Kingdom'],
  ['london', 'United Kingdom'],
  ['chinese', 'China'], ['beijing', 'China'], ['prc', 'China'],
  ['japanese', 'Japan'], ['tokyo', 'Japan'],
  ['korean', 'South Korea'], ['south korean', 'South Korea'], ['seoul', 'South Korea'], ['korea', 'South Korea'],
  ['north korean', 'North Korea'], ['pyongyang', 'North Korea'],
  ['russian', 'Russia'], ['moscow', 'Russia'], ['kremlin', 'Russia'],
  ['ukrainian', 'Ukraine'], ['kyiv', 'Ukraine'], ['kiev', 'Ukraine'],
  ['french', 'France'], ['paris', 'France'], ['german', 'Germany'], ['berlin', 'Germany'],
  ['italian', 'Italy'], ['rome', 'Italy'], ['spanish', 'Spain'], ['madrid', 'Spain'],
  ['mexican', 'Mexico'], ['canadian', 'Canada'], ['ottawa', 'Canada'], ['australian', 'Australia'],
  ['canberra', 'Australia'], ['indian', 'India'], ['new delhi', 'India'], ['delhi', 'India'],
  ['israeli', 'Israel'], ['jerusalem', 'Israel'], ['iranian', 'Iran'], ['tehran', 'Iran'],
  ['turkish', 'Turkey'], ['turkiye', 'Turkey'], ['ankara', 'Turkey'], ['brazilian', 'Brazil'],
  ['brasilia', 'Brazil'], ['argentine', 'Argentina'], ['argentinian', 'Argentina'],
  ['buenos aires', 'Argentina'], ['saudi', 'Saudi Arabia'], ['riyadh', 'Saudi Arabia'],
  ['indonesian', 'Indonesia'], ['jakarta', 'Indonesia'], ['south african', 'South Africa'],
  ['pretoria', 'South Africa'], ['taiwanese', 'Taiwan'], ['taipei', 'Taiwan'],
  ['vietnamese', 'Vietnam'], ['hanoi', 'Vietnam'], ['pakistani', 'Pakistan'], ['islamabad', 'Pakistan'],
  ['egyptian', 'Egypt'], ['cairo', 'Egypt'], ['polish', 'Poland'], ['warsaw', 'Poland'],
  ['dutch', 'Netherlands'], ['swiss', 'Switzerland'], ['swedish', 'Sweden'], ['irish', 'Ireland'],
  ['dublin', 'Ireland'], ['greek', 'Greece'], ['athens', 'Greece'], ['filipino', 'Philippines'],
  ['philippine', 'Philippines'], ['manila', 'Philippines'], ['thai', 'Thailand'], ['bangkok', 'Thailand'],
  ['malaysian', 'Malaysia'], ['nigerian', 'Nigeria'], ['kenyan', 'Kenya'], ['venezuelan', 'Venezuela'],
  ['caracas', 'Venezuela'], ['colombian', 'Colombia'], ['chilean', 'Chile'], ['peruvian', 'Peru'],
  ['cuban', 'Cuba'], ['havana', 'Cuba'], ['hungarian', 'Hungary'], ['budapest', 'Hungary'],
  ['belgian', 'Belgium'], ['austrian', 'Austria'], ['norwegian', 'Norway'], ['danish', 'Denmark'],
  ['finnish', 'Finland'], ['portuguese', 'Portugal'], ['singaporean', 'Singapore'],
  ['syrian', 'Syria'], ['damascus', 'Syria'], ['iraqi', 'Iraq'], ['baghdad', 'Iraq'],
  ['afghan', 'Afghanistan'], ['kabul', 'Afghanistan'], ['lebanese', 'Lebanon'], ['beirut', 'Lebanon'],
  ['jordanian', 'Jordan'], ['qatari', 'Qatar'], ['doha', 'Qatar'], ['emirati', 'United Arab Emirates'],
  ['uae', 'United Arab Emirates'], ['new zealander', 'New Zealand'], ['hong konger', 'Hong Kong'],
]);

/** Countries whose people are usually written family name first (register the first token as a surname too). */
export const FAMILY_FIRST_COUNTRIES: ReadonlySet<string> = new Set([
  'China', 'Taiwan', 'Hong Kong', 'Macau', 'South Korea', 'North Korea', 'Vietnam', 'Cambodia',
  'Singapore', 'Hungary', 'Mongolia',
]);

/** Synonyms used when comparing a page's role with a list's role. */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['advisor', 'adviser'], ['advisers', 'adviser'], ['advisors', 'adviser'],
  ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'], ['cochair', 'chair'],
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'],
  ['chief', 'leader'], ['head', 'leader'], ['cohead', 'leader'], ['co-head', 'leader'],
  ['leaders', 'leader'],
  ['corp', 'corporation'], ['co', 'company'], ['inc', 'incorporated'],
  ['defence', 'defense'], ['labour', 'labor'], ['organisation', 'organization'],
  ['senator', 'senator'], ['sen', 'senator'], ['rep', 'representative'], ['congressman', 'representative'],
  ['congresswoman', 'representative'], ['gov', 'governor'], ['secretary-general', 'secretary'],
  ['american', 'us'], ['chinese', 'china'], ['japanese', 'japan'], ['british', 'uk'],
  ['tsar', 'czar'], ['officials', 'official'],
]);

/** Words ignored when comparing roles. */
export const ROLE_STOP: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'for', 'to', 'at', 'in', 'on', 'and', 'with', 'by', 'from', 'top', 'senior',
  's', 'u', 'government', 'department', 'united', 'states', 'us', 'its', 'his', 'her', 'their',
]);

/** Countries and territories named in the bundled list (their English short names). */
export const COUNTRY_NAMES: readonly string[] = [
  'Afghanistan', 'Akrotiri', 'Albania', 'Algeria', 'American Samoa', 'Andorra', 'Angola',
  'Anguilla', 'Antigua and Barbuda', 'Argentina', 'Armenia', 'Aruba', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize',
  'Benin', 'Bermuda', 'Bhutan', 'Bolivia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil',
  'British Indian Ocean Territory', 'British Virgin Islands', 'Brunei', 'Bulgaria', 'Burkina Faso',
  'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Cayman Islands',
  'Central African Republic', 'Chad', 'Chile', 'China', 'Cocos (Keeling) Islands', 'Colombia',
  'Comoros', 'Cook Islands', 'Costa Rica', 'Croatia', 'Cuba', 'Curacao', 'Cyprus',
  'Czech Republic', 'Democratic Republic of the Congo', 'Denmark', 'Djibouti', 'Dominica',
  'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea',
  'Estonia', 'Eswatini', 'Ethiopia', 'Falkland Islands', 'Faroe Islands', 'Fiji', 'Finland',
  'France', 'French Polynesia', 'French Southern and Antarctic Lands', 'Gabon', 'Gambia',
  'Georgia', 'Germany', 'Ghana', 'Gibraltar', 'Greece', 'Greenland', 'Grenada', 'Guam',
  'Guatemala', 'Guernsey', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hong Kong',
  'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Isle of Man', 'Israel',
  'Italy', 'Ivory Coast', 'Jamaica', 'Japan', 'Jersey', 'Jordan', 'Kazakhstan', 'Kenya',
  'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia',
  'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Macau', 'Madagascar', 'Malawi', 'Malaysia',
  'Maldives', 'Mali', 'Malta', 'Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico',
  'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Montserrat', 'Morocco',
  'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'New Caledonia',
  'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'Niue', 'Norfolk Island', 'North Korea',
  'North Macedonia', 'Northern Mariana Islands', 'Norway', 'Oman', 'Pakistan', 'Palau',
  'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Pitcairn Islands',
  'Poland', 'Portugal', 'Puerto Rico', 'Qatar', 'Republic of the Congo', 'Romania', 'Russia',
  'Rwanda', 'Saint Barthelemy', 'Saint Helena, Ascension, and Tristan da Cunha',
  'Saint Kitts and Nevis', 'Saint Lucia', 'Saint Martin', 'Saint Pierre and Miquelon',
  'Saint Vincent and the Grenadines', 'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia',
  'Seychelles', 'Sierra Leone', 'Singapore', 'Sint Maarten', 'Slovakia', 'Slovenia',
  'Solomon Islands', 'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Spain', 'Sri Lanka',
  'Sudan', 'Suriname', 'Svalbard', 'Sweden', 'Switzerland', 'Syria', 'São Tomé and Príncipe',
  'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste', 'Togo', 'Tokelau', 'Tonga',
  'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Turkmenistan', 'Turks and Caicos Islands', 'Tuvalu',
  'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom', 'United States', 'Uruguay',
  'Uzbekistan', 'Vanuatu', 'Vatican City', 'Venezuela', 'Vietnam', 'Virgin Islands',
  'Wallis and Futuna', 'Yemen', 'Zambia', 'Zimbabwe',
];
