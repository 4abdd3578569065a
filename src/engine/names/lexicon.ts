// Word lists the name rules share: titles, nationalities, calendar words, organization nouns, reporting verbs.

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s*\|\s*/));

/** Titles that precede a person's name ("Premier", "Prime Minister", "Mr"). Multi-word heads are written out. */
export const TITLE_HEADS = words(`President|Premier|Prime Minister|Minister|Chancellor|Secretary|Secretary of State|
Secretary-General|Governor|Senator|Sen|Representative|Rep|Congressman|Congresswoman|Mayor|King|Queen|Prince|Princess|
Crown Prince|Emperor|Pope|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Gen|Admiral|Colonel|Col|Captain|
Judge|Justice|Chairman|Chairwoman|Chair|Chief Executive|CEO|Director|Commissioner|Leader|Speaker|Sheikh|Archbishop|
Bishop|Cardinal|Rabbi|Imam|Lord|Lady|Sir|Dame|Mr|Mrs|Ms|Dr|Prof|Professor|Vice President|Vice Premier|Lawmaker|
Attorney General|Lieutenant|Sergeant|Inspector|Detective|Coach|Manager|Governor-General|President-elect`);

/** Words that qualify a title's rank ("Deputy Prime Minister", "Acting President"). */
export const TITLE_RANKS = words('Deputy|Vice|First|Acting|Interim|Former|Senior|Chief|Assistant|Associate|Executive|Supreme|Grand');

/** Portfolios that name a minister or secretary ("Industry and Trade Minister", "Foreign Secretary"). */
export const PORTFOLIOS = words(`Foreign|Finance|Trade|Industry|Economy|Economic|Defence|Defense|Interior|Home|Energy|
Health|Education|Justice|Agriculture|Transport|Labour|Labor|Environment|Culture|Commerce|Treasury|Development|Digital|
Science|Technology|Communications|Housing|Employment|Tourism|Sports|Sport|Security|Climate|Natural Resources|Resources|
Infrastructure|Immigration|Emergency|Emergencies|Public|Social|Welfare|Fisheries|Mines|Mining|Oil|Petroleum|Water|
Information|Planning|Budget|State|Cabinet|Prime|Investment|International|Regional|Territorial|Civil|Affairs|Family`);

/** Adjectives of nationality or region: they qualify names and titles but are not names ("Russian oil"). */
export const NATIONALITIES = words(`American|Russian|Chinese|British|French|German|Japanese|Indian|Italian|Spanish|
Ukrainian|Iranian|Iraqi|Israeli|Palestinian|Syrian|Turkish|Saudi|Egyptian|Pakistani|Afghan|Korean|North Korean|
South Korean|Taiwanese|Vietnamese|Thai|Indonesian|Malaysian|Filipino|Australian|Canadian|Mexican|Brazilian|Argentine|
Venezuelan|Colombian|Chilean|Peruvian|Cuban|Polish|Dutch|Belgian|Swiss|Swedish|Norwegian|Danish|Finnish|Greek|
Hungarian|Czech|Austrian|Irish|Scottish|Welsh|English|Portuguese|Romanian|Serbian|Belarusian|Georgian|Armenian|
Kazakh|Uzbek|Mongolian|Nigerian|Kenyan|Ethiopian|South African|Arab|European|Asian|African|Western|Eastern|Northern|
Southern|Soviet|Latin|Muslim|Christian|Jewish|Catholic|Sunni|Shi'ite|Kurdish|Emirati|Qatari|Lebanese|Libyan|Sudanese`);

/** Month and weekday names: dates, never names. */
export const CALENDAR_WORDS = words(`January|February|March|April|May|June|July|August|September|October|November|
December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`);

/** Common nouns that, written next to a name, say it is an organization ("TASS news agency", "broadcaster CCTV"). */
export const ORG_NOUNS = words(`agency|news agency|broadcaster|newspaper|daily|tabloid|magazine|network|channel|
company|companies|corporation|firm|firms|group|groups|bank|banks|lender|lenders|producer|producers|carrier|carriers|
insurer|insurers|miner|miners|majors|exporter|exporters|refiner|refiners|giant|giants|automaker|automakers|maker|makers|
party|parties|ministry|regulator|operator|operators|retailer|retailers|conglomerate|utility|utilities|developer|
developers|manufacturer|manufacturers|supplier|suppliers|startup|startups|fund|funds|investor|investors|platform|
outlet|outlets|union|unions|consultancy|watchdog|exchange`);

/** Capitalised words that end an organization's name ("Deutsche Bank", "Communist Party", "Acme Corp"). */
export const ORG_SUFFIXES = words(`Inc|Corp|Corporation|Ltd|Limited|LLC|Plc|PLC|AG|SA|NV|GmbH|Co|Company|Group|Holdings|
Bank|Ministry|Party|Agency|Bureau|Council|Commission|Committee|University|Institute|Association|Union|Federation|
Fund|Foundation|Organization|Organisation|Authority|Department|Court|Parliament|Assembly|Congress|Senate|Airlines|
Airways|Motors|Petroleum|Energy|Industries|Technologies|Systems|Securities|Capital|Partners|Exchange|Reserve|Post|
Times|Journal|News|Television|Radio|Network|Army|Navy|Police|Guard|Forces|Club|League`);

/** Verbs that follow a speaker or a reporting organization ("CCTV quoted", "Reuters reported"). */
export const REPORTING_VERBS = words(`said|says|told|tells|reported|reports|quoted|quotes|announced|announces|added|
stated|wrote|writes|cited|cites|confirmed|denied|warned|noted|claimed|insisted|argued|asked|urged|described|
attributed|praised|called|estimated|forecast|predicted`);

/** Lower-case particles inside personal names ("Lula da Silva", "Ursula von der Leyen"). */
export const NAME_PARTICLES = words('da|de|del|della|der|di|do|dos|du|van|von|bin|ibn|al|el|la|le|ter|ten');
