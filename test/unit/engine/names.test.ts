import * as assert from 'node:assert/strict';
import { analyseText, namesOf, rolesOf } from './helpers/names';
import { dropCommonWords, dropHeadlineModifiers } from '../../../src/engine/names/documentEvidence';
import { applyAges } from '../../../src/engine/names/ages';
import { harmoniseKinds, rejoinSplitNames } from '../../../src/engine/names/documentKinds';
import type { NameMention } from '../../../src/engine/names/nameMention';
import { personShortForms } from '../../../src/engine/names/shortForms';
import { documentText } from '../../../src/engine/text/lines';

describe('names: titles and roles', () => {
  it('keeps the title out of the person span and records it as the role, nationality included', () => {
    const text = 'German Chancellor Friedrich Merz met French President Emmanuel Macron in Paris on Friday.';
    assert.deepEqual(namesOf(text), ['person Friedrich Merz', 'person Emmanuel Macron', 'place Paris']);
    assert.deepEqual(rolesOf(text), ['Friedrich Merz: German Chancellor', 'Emmanuel Macron: French President']);
  });

  it('reads ranks and portfolios joined by "and" as one title', () => {
    const text = 'Japanese Deputy Prime Minister Taro Aso spoke after Economy and Industry Minister Yoji Muto left.';
    assert.deepEqual(rolesOf(text), ['Taro Aso: Japanese Deputy Prime Minister', 'Yoji Muto: Economy and Industry Minister']);
  });

  it('does not swallow a preceding name into the title ("Xi and Foreign Minister Wang Yi")', () => {
    assert.deepEqual(rolesOf('Ministers met Xi Jinping and Foreign Minister Wang Yi in Beijing.'), ['Wang Yi: Foreign Minister']);
  });

  it('reads "Secretary of State" as one title and records a country premodifier as a place too', () => {
    const text = 'U.S. Secretary of State Marco Rubio flew to Kyiv.';
    // The State of "Secretary of State" is the tagger's to read: OntoNotes marks it an organization, CoNLL does not.
    assert.deepEqual(namesOf(text).filter((n) => n !== 'organization State'), ['place U.S.', 'person Marco Rubio', 'place Kyiv']);
    assert.deepEqual(rolesOf(text), ['Marco Rubio: U.S. Secretary of State']);
  });

  it('makes a person of a courtesy title and name, without recording "Mr." as a role', () => {
    const text = 'Mr. Kenji Sato and Ms Ruth Obi met Dr. Ana Ruiz.';
    assert.deepEqual(namesOf(text), ['person Kenji Sato', 'person Ruth Obi', 'person Ana Ruiz']);
    assert.deepEqual(rolesOf(text), ['Ana Ruiz: Dr.']);
  });

  it('reads middle initials and a suffix after a title as part of the name', () => {
    const text = 'Chairman Walter K. Brandt Jr. met Mayor Irene P. Lowell III and Judge Omar T. Reyes on Monday.';
    assert.deepEqual(rolesOf(text), ['Walter K. Brandt Jr.: Chairman', 'Irene P. Lowell III: Mayor', 'Omar T. Reyes: Judge']);
  });

  it('keeps the whole name the tagger reads after a title, past hyphens and lower-case words', () => {
    assert.deepEqual(rolesOf('Libyan Prime Minister Abu al-Hassan Ben Amara spoke.'), ['Abu al-Hassan Ben Amara: Libyan Prime Minister']);
  });

  it('reads "Secretary General" as one title', () => {
    assert.deepEqual(rolesOf('NATO Secretary General Ingrid Solberg said so.'), ['Ingrid Solberg: Secretary General']);
  });

  it('never makes a person of a title alone', () => {
    assert.deepEqual(namesOf('The President said on Tuesday that the Prime Minister would travel.'), []);
  });

  it('reads "King" after a first name as a surname, and never makes a person of a suffix alone', () => {
    const text = 'Martin Luther King Jr. led the march to Selma, and Larry Oduya King wrote of it on Monday.';
    assert.deepEqual(namesOf(text).filter((name) => name.startsWith('person')), ['person Martin Luther King Jr.', 'person Larry Oduya King']);
    assert.deepEqual(rolesOf('Saudi King Salman met His Majesty King Abdullah in Riyadh.'), ['Salman: Saudi King', 'Abdullah: King']);
  });

  it('takes the role from an apposition after the name', () => {
    const text = 'Premier Mark Carney met Anita Anand, Canada’s Foreign Minister, in Ottawa.';
    assert.deepEqual(rolesOf(text), ['Mark Carney: Premier', 'Anita Anand: Canada’s Foreign Minister']);
  });
});

describe('names: "Title of Place" appositions', () => {
  it('records "President of the United States" as the role and the country as a place, never the title as a place', () => {
    const text = 'Barack Obama, President of the United States, met Stephen Harper, Prime Minister of Canada.';
    assert.deepEqual(namesOf(text), ['person Barack Obama', 'place United States', 'person Stephen Harper', 'place Canada']);
    assert.deepEqual(rolesOf(text), ['Barack Obama: President of the United States', 'Stephen Harper: Prime Minister of Canada']);
  });
});

describe('names: credit lines', () => {
  it('reads reporters, writers and editors and where they filed from', () => {
    const text = '(Reporting by Anna Kovacs in Budapest and Tom Baker in Vienna; Writing by Mark Ellis; Editing by Sue Green and Ian Cole)';
    assert.deepEqual(namesOf(text), ['person Anna Kovacs', 'place Budapest', 'person Tom Baker', 'place Vienna',
      'person Mark Ellis', 'person Sue Green', 'person Ian Cole']);
  });
});

describe('names: only real credit lines credit people', () => {
  it('reads a credit line opening its line, and a byline', () => {
    assert.deepEqual(namesOf('Reporting by Jane Doe in Lagos; Editing by Tom Baker'), ['person Jane Doe', 'place Lagos', 'person Tom Baker']);
    assert.deepEqual(namesOf('SHIPPING FIRMS RAISE RATES\nBy Clara Vidal and Omar Haddad\nRates rose.'), ['person Clara Vidal', 'person Omar Haddad']);
  });

  it('makes no person of a firm that compiled something, and keeps its abbreviation period', () => {
    const names = namesOf('The ratings were compiled by A.C. Nielsen Co. on Monday.');
    assert.ok(!names.some((n) => n.startsWith('person')), names.join('; '));
    assert.ok(names.includes('organization A.C. Nielsen Co.'), names.join('; '));
  });

  it('makes an organization, not a person, of a wire credited by name', () => {
    assert.deepEqual(namesOf('Compiled by Dow Jones Newswires.'), ['organization Dow Jones Newswires']);
    assert.deepEqual(namesOf('Oil rose. (Compiled by Harbor Data Newswires; editing by Ann Lee)'),
      ['organization Harbor Data Newswires', 'person Ann Lee']);
  });
});

describe('names: organizations from context', () => {
  it('reads the news agency of a dateline, and the dateline city as a place', () => {
    assert.deepEqual(namesOf('KUALA LUMPUR (Bernama) - Floods closed schools in three states.'), ['place KUALA LUMPUR', 'organization Bernama']);
  });

  it('reads a dateline city written in capitals as a place', () => {
    assert.deepEqual(namesOf('NEW DELHI, June 2 (Reuters) - India said it would cut tariffs.'),
      ['place NEW DELHI', 'organization Reuters', 'place India']);
  });

  it('reads an organization from an apposition naming what it is', () => {
    assert.deepEqual(namesOf('ADT, a security services company, said broadcaster NHK had the footage.'), ['organization ADT', 'organization NHK']);
  });

  it('reads no organization into a place the apposition only locates or describes loosely', () => {
    assert.ok(namesOf('Veltro, a Tulsa, Okla., drilling company, said so.').includes('place Tulsa'));
    assert.ok(namesOf('Veltro, a Tulsa, Okla., drilling company, said so.').includes('place Okla.'));
    assert.deepEqual(namesOf('Prices rose on talk that Chile, usually a large exporter, would cut sales.'), ['place Chile']);
  });

  it('reads names listed before an apposition naming companies', () => {
    assert.deepEqual(namesOf('Washington sanctioned Sberbank and VTB, Russia’s two largest lenders, on Friday.'),
      ['place Washington', 'organization Sberbank', 'organization VTB', 'place Russia']);
  });

  it('reads an acronym that reports or speaks, and a corporate suffix', () => {
    assert.deepEqual(namesOf('Shares in Harbor Freight Holdings fell after the SEC said it would investigate.'),
      ['organization Harbor Freight Holdings', 'organization SEC']);
  });
});

describe('names: what is not a name', () => {
  it('never makes an organization or place of a nationality adjective and a common noun', () => {
    assert.deepEqual(namesOf('Indian refiners bought Russian oil despite Western sanctions on Chinese products.'), []);
  });

  it('reads a capitals headline by what the body says: a surname is the person, not an organization', () => {
    assert.deepEqual(namesOf('MERKEL MEETS PUTIN IN MOSCOW\nAngela Merkel met Vladimir Putin in Moscow on Friday.'),
      ['person MERKEL', 'person PUTIN', 'place MOSCOW', 'person Angela Merkel', 'person Vladimir Putin', 'place Moscow']);
  });
});

describe('names: storms', () => {
  it('never makes a person, place or organization of a named storm, nor of its name written alone later', () => {
    assert.deepEqual(namesOf('Storm Ingrid brought floods to Cornwall on Monday. Ingrid weakened overnight.'), ['place Cornwall']);
    assert.deepEqual(namesOf('Hurricane Katrina hit New Orleans in 2005, and Katrina killed hundreds.'), ['place New Orleans']);
    assert.deepEqual(namesOf('Typhoon Haiyan struck the Philippines, and Tropical Storm Alberto formed off Cuba.'), ['place Philippines', 'place Cuba']);
  });

  it('keeps a person who shares a storm\'s name, a person named Storm who speaks, and an institution named after storms', () => {
    assert.deepEqual(namesOf('Katrina Smith, a nurse, said Hurricane Katrina destroyed her home.'), ['person Katrina Smith']);
    assert.deepEqual(namesOf('Storm Reid starred in the film, and Reid said she loved it.'), ['person Storm Reid', 'person Reid']);
    assert.ok(namesOf('The National Hurricane Center in Miami issued a warning.').includes('organization National Hurricane Center'));
  });
});

describe('names: clean spans', () => {
  it('keeps a possessive out of the name and abbreviation periods in it', () => {
    assert.deepEqual(namesOf('Germany’s exports to the U.S. fell, and Brazil\'s rose.'), ['place Germany', 'place U.S.', 'place Brazil']);
  });

  it('ends a name before a possessive, singular or plural, in any case, and names the entity without it', () => {
    const text = "Moody's cut Ford’s rating as the Teamsters' strike went on, Angela Merkel said. MERKEL'S words; Moody's said so.";
    const names = analyseText(text).mentions.filter((m) => ['person', 'organization', 'place'].includes(m.kind));
    assert.deepEqual(names.map((m) => m.text), ['Moody', 'Ford', 'Teamsters', 'Angela Merkel', 'MERKEL', 'Moody']);
    assert.ok(analyseText(text).entities.some((e) => e.name === 'Moody'));
  });

  it('keeps a possessive inside a name', () => {
    assert.deepEqual(namesOf("Analysts at Moody's Investors Service said so."), ["organization Moody's Investors Service"]);
  });

  it('splits places joined by a hyphen or dash', () => {
    assert.deepEqual(namesOf('U.S.–China talks stalled as India-Pakistan tension rose.'), ['place U.S.', 'place China', 'place India', 'place Pakistan']);
  });

  it('finds a name right after curly quotes and brackets', () => {
    assert.deepEqual(namesOf('“Canada will respond,” said (Prime Minister) Mark Carney of “Canada”.'),
      ['place Canada', 'person Mark Carney', 'place Canada']);
  });
});

describe('names: particles', () => {
  it('keeps lower-case particles inside a personal name', () => {
    assert.deepEqual(namesOf('President Ursula von der Leyen met President Lula da Silva.'),
      ['person Ursula von der Leyen', 'person Lula da Silva']);
  });
});

describe('names: what the rest of the document says', () => {
  it('gives an acronym in brackets the kind of the name it abbreviates, and the acronym alone later too', () => {
    assert.deepEqual(namesOf('Harbor Freight Holdings (HFH) broke off talks. HFH said the deal was dead.'),
      ['organization Harbor Freight Holdings', 'organization HFH', 'organization HFH']);
  });

  it('reads a lone surname of a person named in full as that person, not a word of another name', () => {
    assert.deepEqual(namesOf('Henry Dow runs the fund. Dow said the Dow Jones index fell.'), ['person Henry Dow', 'person Dow', 'organization Dow Jones']);
    assert.deepEqual(namesOf('Maria Kessler resigned. Kessler said the pre-Kessler era was over.'), ['person Maria Kessler', 'person Kessler']);
    assert.deepEqual(namesOf('Tom Romanian coached them. Romanian gymnasts won.'), ['person Tom Romanian']);
  });

  it('reads no bare surname as the person in an article that calls its people "Mr." or "Ms."', () => {
    assert.deepEqual(namesOf('Walter Hearst founded the paper in 1921. He ran it for years. Hearst readers were loyal.'),
      ['person Walter Hearst', 'person Hearst']);
    // The rule itself: in an article that writes "Mr. Hearst", no bare "Hearst" is added as the person (the tagger may
    // still read one itself from the article's other Hearsts).
    const shortFormsOf = (text: string): string[] => personShortForms(text, [{ kind: 'person', start: 0, end: 13 }], documentText(text).lines)
      .map((name) => text.slice(name.start, name.end));
    assert.deepEqual(shortFormsOf('Walter Hearst founded the paper in 1921. He ran it for years. Hearst readers were loyal.'), ['Hearst']);
    assert.deepEqual(shortFormsOf('Walter Hearst founded the paper in 1921. Mr. Hearst ran it for years. Hearst readers were loyal.'), []);
  });

  it('makes a lone surname the person named in full, except in an article that writes courtesy titles', () => {
    const text = 'Walter Hearst founded the paper. Hearst kept it alive.';
    const mentions = (): NameMention[] => [{ kind: 'person', start: 0, end: 13 }, { kind: 'organization', start: 33, end: 39 }];
    const plain = mentions();
    harmoniseKinds(text, plain);
    assert.equal(plain[1].kind, 'person');
    const courtesy = mentions();
    harmoniseKinds(text, courtesy, new Set(), true);
    assert.equal(courtesy[1].kind, 'organization', 'where people are "Mr. Hearst", a bare Hearst is the firm');
  });

  it('reads both sides of a score line in a results table as teams, common words included', () => {
    const text = 'RUGBY UNION - RESULTS\nResults of matches played on Saturday:\nHarlequins 75 Gloucester 19\nBath 56 Sale 31\nLondon Irish 27 Wasps 33 (halftime 10-17)\n';
    assert.deepEqual(namesOf(text).filter((name) => !name.includes('RUGBY')),
      ['organization Harlequins', 'organization Gloucester', 'organization Bath', 'organization Sale', 'organization London Irish', 'organization Wasps']);
    // A line with more than a score on it is left to the tagger.
    assert.ok(!namesOf('Sale 31 was the figure. Bath 56 was another.').includes('organization Sale'));
  });

  it('reads the names of a ranked results list, with their country in brackets, as persons', () => {
    const text = "Women's 5,000 metres: 1. Ingrid Tjelle (Norway) 15:02.10 2. Mbali Okonkwo (Kenya) 15:04.33 3. Jan van der Berg (Netherlands) 15:09.00";
    assert.deepEqual(namesOf(text).filter((name) => name.startsWith('person')), ['person Ingrid Tjelle', 'person Mbali Okonkwo', 'person Jan van der Berg']);
  });

  it('reads a name with an age after it as a person, and the article\'s other mentions of it with it', () => {
    const text = 'NAME, 45, was sentenced last month. Police detained NAME on Friday, the group said.';
    const mentions = (): NameMention[] => [{ kind: 'organization', start: 0, end: 4 }, { kind: 'organization', start: text.lastIndexOf('NAME'), end: text.lastIndexOf('NAME') + 4 }];
    const names = mentions();
    harmoniseKinds(text, names, applyAges(text, names));
    assert.deepEqual(names.map((name) => name.kind), ['person', 'person']);
    // A count with a thousands comma is no age.
    const jobs = 'Cuts of 4,300 jobs in France, 3,700 in Germany.';
    const france: NameMention[] = [{ kind: 'place', start: jobs.indexOf('France'), end: jobs.indexOf('France') + 6 }];
    assert.equal(applyAges(jobs, france).size, 0);
    assert.equal(france[0].kind, 'place');
  });

  it('keeps the place of a dateline a place when the same city is a team in the results below', () => {
    const text = 'BASEBALL - RESULTS\nDENVER 2026-05-02\nResults on Friday: DENVER 5 Oakland 3, DENVER 2 Seattle 1, DENVER 4 Tampa Bay 0.';
    assert.deepEqual(namesOf(text).filter((n) => n.endsWith('DENVER')), ['place DENVER', 'organization DENVER', 'organization DENVER', 'organization DENVER']);
  });

  it('makes a name coordinated with a person a person', () => {
    assert.deepEqual(namesOf('President Emmanuel Macron and Zorvath Quell met in Lyon.'),
      ['person Emmanuel Macron', 'person Zorvath Quell', 'place Lyon']);
  });
});

describe('names: posts', () => {
  it('reads the name after a post as an organization, and its other mentions by that one', () => {
    const names = namesOf('Mara Lind, chief executive of Norrland Kraft, spoke on Monday. Lind said Norrland Kraft would pay half.');
    assert.deepEqual(names.filter((n) => n.endsWith('Norrland Kraft')), ['organization Norrland Kraft', 'organization Norrland Kraft']);
    assert.deepEqual(namesOf('Tom Bell became chairman and chief executive of Arnold.'), ['person Tom Bell', 'organization Arnold']);
  });
});

describe('names: places after dates', () => {
  it('reads the name after a date and "in" as a place, though the tagger knows it as a club', () => {
    assert.deepEqual(namesOf('The panel will meet again on May 4 in Lens.'), ['place Lens']);
    assert.deepEqual(namesOf('The vote is due on June 3, 2027 in Ajax.'), ['place Ajax']);
  });
});

describe('names: rivers, mountains and seas', () => {
  it('reads a known river as a place whatever the tagger reads', () => {
    assert.deepEqual(namesOf('Barges on the Danube ran aground as the Loire and the Elbe fell.'), ['place Danube', 'place Loire', 'place Elbe']);
  });
});

describe('names: sports results', () => {
  it('makes a team of a side the tagger reads as a person when the other side of the score is a team', () => {
    const names = namesOf('Aston Villa beat Chelsea 3-1 on Sunday.');
    assert.ok(names.includes('organization Chelsea') && !names.some((n) => n.startsWith('person')), names.join('; '));
    assert.ok(namesOf('Fulham lost 2-0 to Chelsea in the cup.').includes('organization Chelsea'));
  });

  it('leaves players persons: both sides persons, or set scores', () => {
    assert.ok(namesOf('Judd Trump beat Ronnie Hale 10-8 in the final.').includes('person Ronnie Hale'));
    assert.deepEqual(namesOf('Seles beat Martina Hingis 6-2 6-3.'), ['person Seles', 'person Martina Hingis']);
  });
});

describe('names: what the article shows beyond one sentence', () => {
  it('drops a headline word in capitals that the body writes in lower case', () => {
    assert.deepEqual(namesOf('SWISS TOWNS PLEDGE MONEY TO SAVE MOUNTAIN\nThe mountain towns of Switzerland pledged money.'), ['place Switzerland']);
  });

  it('drops a headline name of several words in capitals when the body writes each of its words in lower case', () => {
    const text = 'TOWNS PLEDGE MONEY TO SAVE MOUNTAIN WATER\nThe towns said mountain water was scarce, as NEW YORK found.';
    const span = (written: string): NameMention => ({ kind: 'place', start: text.indexOf(written), end: text.indexOf(written) + written.length });
    const kept = dropCommonWords(text, [span('MOUNTAIN WATER'), span('NEW YORK')], documentText(text));
    assert.deepEqual(kept.map((name) => text.slice(name.start, name.end)), ['NEW YORK']);
  });

  it('joins a legal form the tagger read as a name of its own to the name before it, as an organization', () => {
    const text = "Nestle SA's chief said so. Lee Group Holdings fell.";
    const at = (written: string, kind: NameMention['kind']): NameMention => ({ kind, start: text.indexOf(written), end: text.indexOf(written) + written.length });
    const joined = rejoinSplitNames(text, [at('Nestle', 'person'), at('SA', 'organization'), at('Lee Group', 'organization'), at('Holdings', 'place')]);
    assert.deepEqual(joined.map((name) => `${name.kind} ${text.slice(name.start, name.end)}`), ['organization Nestle SA', 'organization Lee Group Holdings']);
  });

  it('drops a headline word in capitals that qualifies a common noun and opens only longer names in the body', () => {
    assert.deepEqual(namesOf('BALTIC PORTS AND SHIPPING FIRMS RAISE FEES\nThe Baltic Shipping Council said the ports would raise fees.'),
      ['organization Baltic Shipping Council']);
  });

  it('keeps a headline word in capitals that the body names alone or that ends a longer name', () => {
    // The rule itself, on the name the tagger may or may not give it: kept because the body names "Baltic" alone.
    const text = 'BALTIC PORTS RAISE FEES\nThe Baltic Shipping Council met. Baltic said the ports would raise fees.';
    const tagged: NameMention[] = [{ kind: 'organization', start: 0, end: 6 }, { kind: 'organization', start: 28, end: 51 }, { kind: 'organization', start: 57, end: 63 }];
    assert.deepEqual(dropHeadlineModifiers(text, tagged, documentText(text)).map((n) => text.slice(n.start, n.end)), ['BALTIC', 'Baltic Shipping Council', 'Baltic']);
    assert.deepEqual(namesOf('MERKEL VISITS PORTS\nAngela Merkel toured the ports.'), ['person MERKEL', 'person Angela Merkel']);
  });

  it('reads a name after a settlement\'s noun and "of" as a place', () => {
    assert.deepEqual(namesOf('A heatwave left the village of Brenzell short of water, and the town of Orvana too.'), ['place Brenzell', 'place Orvana']);
    assert.deepEqual(namesOf('The Bank of England and a state of emergency.'), ['organization The Bank of England']);
  });

  it('reads a name after an organization noun as an organization', () => {
    assert.deepEqual(namesOf('Critics, including the campaign group Clear Peaks, said the fund did too little.'), ['organization Clear Peaks']);
  });

  it('finds an organization by the word that ends its name, with the article before it as the tagger reads it', () => {
    assert.deepEqual(namesOf('The Alpine Water Fund was launched on Thursday.'), ['organization The Alpine Water Fund']);
    assert.deepEqual(namesOf('Officials of the Lakeside Farmers Union said so.'), ['organization the Lakeside Farmers Union']);
  });

  it('finds no organization in a word ending one when the name goes on past it', () => {
    const names = namesOf('Prices of Mortgage-Backed Securities and of the Growth and Income Fund rose, the Global Relief Fund for Children said.');
    assert.ok(!names.includes('organization Backed Securities') && !names.includes('organization Income Fund') && !names.includes('organization Global Relief Fund'), names.join('; '));
  });

  it('keeps the number that ends a name, but not a figure after one', () => {
    assert.deepEqual(namesOf('The Nord Stream 2 pipeline was built by Gazprom.'), ['organization Nord Stream 2', 'organization Gazprom']);
    assert.deepEqual(namesOf('Shares of Royal Dutch Shell 2 percent higher.').filter((n) => n.includes('2')), []);
  });

  it('takes no score, model number or count after a name into it', () => {
    const names = namesOf('Batting first, Peter Okafor 64 not out led the side. The Halvorsen Labs 486 chip sold well at the Bank of Ruritania 12 branches.');
    assert.deepEqual(names.filter((n) => /\d/.test(n)), []);
  });
});
