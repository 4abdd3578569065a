// Draft checks, the six rules after the first three: unattributed quotations, first references, the case of titles,
// house style for numbers, the tense of attribution and anonymous sources; the inline switches that quiet them, and
// what the rules read of a draft (paragraphs, prose, headlines). Each rule flags what a copy editor would, offers the
// fix a copy editor would make, and leaves alone what a copy editor would leave alone.
import * as assert from 'node:assert/strict';
import { analyse, createAnalyser } from '../../../src/engine';
import { checkDraft, loadLanguageTools, type CheckFinding, type CheckFix, type CheckRule, type CheckSettings, type LanguageTools } from '../../../src/engine/checks';
import { documentTextOf } from '../../../src/engine/analyse';
import { draftTextOf } from '../../../src/engine/checks/draftText';

const ARTICLE_DATE = '2025-11-03';
let language: LanguageTools;
before(async () => { language = await loadLanguageTools(); });

/** Every finding of a check run, each held to the contract: it quotes the text it flags, and its fixes edit inside the
 *  text; no rule failed. */
function findingsOf(text: string, settings: CheckSettings = {}): CheckFinding[] {
  const { findings, failed } = checkDraft(text, analyse(text, { articleDate: ARTICLE_DATE }), language, settings);
  assert.deepEqual(failed, []);
  for (const finding of findings) {
    assert.equal(finding.text, text.slice(finding.start, finding.end), `${finding.rule} at ${finding.start}`);
    for (const edit of (finding.fixes ?? []).flatMap((fix) => fix.edits)) assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length);
  }
  return findings;
}
/** The findings of one rule. */
const ofRule = (rule: CheckRule, text: string, settings: CheckSettings = {}): CheckFinding[] => findingsOf(text, settings).filter((f) => f.rule === rule);
/** What one rule flags: the text of each finding. */
const flagged = (rule: CheckRule, text: string, settings: CheckSettings = {}): string[] => ofRule(rule, text, settings).map((f) => f.text);
/** The text after a fix's edits. */
const applied = (text: string, fix: CheckFix): string =>
  [...fix.edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
/** The text as each finding's first fix leaves it. */
const fixed = (text: string, findings: readonly CheckFinding[]): string[] => findings.map((f) => applied(text, f.fixes![0]));
/** A draft: a headline, then paragraphs, blank lines between them. */
const story = (headline: string, ...paragraphs: string[]): string => [headline, ...paragraphs].join('\n\n');

describe('draft checks: unattributed-quote', () => {
  const LEDE = 'The harbour board met for three hours on Monday and put off its vote on the new pier.';
  const SPEECH = 'Nobody in this town wants the pier built before the fishing season ends.';
  const QUOTE = `"${SPEECH}"`;

  it('flags a paragraph of quotation that names no speaker (the words between the marks), with no fix to offer', () => {
    const text = story('Harbour plan stalls', LEDE, QUOTE, 'The board meets again in December.');
    const [finding, ...rest] = ofRule('unattributed-quote', text);
    assert.equal(rest.length, 0);
    assert.deepEqual({ text: finding.text, message: finding.message, severity: finding.severity, fixes: finding.fixes },
      { text: SPEECH, message: 'No one is said to have spoken this quotation: its paragraph names no speaker.', severity: 'information', fixes: undefined });
    assert.equal(finding.start, text.indexOf(SPEECH));
  });

  it('flags a quotation in curly marks, and one in the middle of a paragraph that names no one', () => {
    const curly = 'Every boat in the harbour will have to move before the work can start.';
    assert.deepEqual(flagged('unattributed-quote', story('Harbour plan stalls', LEDE, `“${curly}”`)), [curly]);
    assert.deepEqual(flagged('unattributed-quote', story('Harbour plan stalls', `${LEDE} ${QUOTE} The board meets again in December.`)), [SPEECH]);
  });

  it('leaves alone a quotation woven into the writer\'s sentence in lower case: its source is the sentence\'s subject', () => {
    const text = story('Road to reopen', 'The board met on Monday.', 'The mayor voiced his wish "that the road will be opened before the holidays begin next month" to the council.');
    assert.deepEqual(flagged('unattributed-quote', text), []);
  });

  it('takes a quotation a comma brings in after a clause naming a person for theirs, but not one after no name', () => {
    const farewell = 'In his last letter to the staff, Tom Harlow left this farewell, "I have made the best friends of my life here, and I thank you all."';
    assert.deepEqual(flagged('unattributed-quote', story('Harlow retires', 'The harbour master retired on Monday.', farewell)), []);
    const nameless = 'The long day at the harbour ended with one more farewell, "I have made the best friends of my life here, and I thank you all."';
    assert.equal(flagged('unattributed-quote', story('Harlow retires', 'The harbour master retired on Monday.', nameless)).length, 1);
  });

  it('leaves a quotation alone when its sentence or its paragraph says who spoke', () => {
    const attributed = [
      '"Nobody in this town wants the pier built before the fishing season ends," Ana Ruiz, the harbour master, said.',
      '"Nobody in this town wants the pier built before the fishing season ends," said the harbour master.',
      'The harbour master was blunt: "Nobody in this town wants the pier built before the fishing season ends."',
      'The harbour master spoke after the vote. "Nobody in this town wants the pier built before the fishing season ends."',
      '"Nobody in this town wants the pier built before the fishing season ends," according to a letter from the harbour master.',
      'In a statement, the fishermen\'s union went further. "Nobody in this town wants the pier built before the fishing season ends."',
    ];
    for (const paragraph of attributed) assert.deepEqual(flagged('unattributed-quote', story('Harbour plan stalls', LEDE, paragraph)), [], paragraph);
  });

  it('leaves a quotation alone when the paragraph before introduces it ("She said:")', () => {
    assert.deepEqual(flagged('unattributed-quote', story('Harbour plan stalls', LEDE, 'Ana Ruiz, the harbour master, said:', QUOTE)), []);
  });

  it('leaves alone a quotation that runs on over paragraphs, its first paragraph left open', () => {
    const text = story('Harbour plan stalls', LEDE,
      '"Nobody in this town wants the pier built before the fishing season ends," the harbour master said. "We have told the board so for a year.',
      '"If they build it anyway, the boats will go elsewhere and they will not come back."');
    assert.deepEqual(flagged('unattributed-quote', text), []);
  });

  it('flags a closed paragraph of quotation after another speaker\'s closed one: the reader cannot tell who speaks', () => {
    const next = 'If they build it anyway, the boats will go elsewhere and they will not come back.';
    const text = story('Harbour plan stalls', LEDE, '"Nobody in this town wants the pier built before the fishing season ends," the harbour master said.', `"${next}"`);
    assert.deepEqual(flagged('unattributed-quote', text), [next]);
  });

  it('reads quoted words under six words as terms, not speech: scare quotes and titles are never flagged', () => {
    assert.deepEqual(flagged('unattributed-quote', story('Harbour plan stalls', 'The board called the pier "a done deal" long before Monday\'s vote was taken.')), []);
    assert.deepEqual(flagged('unattributed-quote', story('Harbour plan stalls', LEDE, 'The fishermen handed out leaflets headed "Save our harbour now, please."')), []);
  });

  it('does not read a quotation in a headline as the story\'s speech', () => {
    const text = story('"Nobody in this town wants the pier built this year"', `${LEDE} The fishermen left the meeting angry.`);
    assert.deepEqual(flagged('unattributed-quote', text), []);
  });
});

describe('draft checks: first-reference', () => {
  it('flags a person first named by surname alone when the full name comes later, with a fix to the full name', () => {
    const text = story('Bridge to reopen within a week',
      'Okafor said the bridge over the Tamsin River would reopen within a week, once the water went down.',
      'Later in the day, Grace Okafor, the county engineer, toured the damage with the flood wardens.');
    const [finding, ...rest] = ofRule('first-reference', text);
    assert.equal(rest.length, 0);
    assert.deepEqual({ text: finding.text, severity: finding.severity, message: finding.message },
      { text: 'Okafor', severity: 'information', message: 'The first reference to Grace Okafor is by surname alone; the full name comes only later.' });
    assert.deepEqual(fixed(text, [finding]), [text.replace('\n\nOkafor said', '\n\nGrace Okafor said')]);
    assert.deepEqual(finding.related?.map((r) => text.slice(r.start, r.end)), ['Grace Okafor']);
  });

  it('replaces a courtesy title with the first name: "Mr. Okafor" becomes "Grace Okafor"', () => {
    const text = story('Bridge to reopen within a week',
      'Mr. Okafor said the bridge over the Tamsin River would reopen within a week, once the water went down.',
      'Later in the day, Grace Okafor, the county engineer, toured the damage with the flood wardens.');
    const findings = ofRule('first-reference', text);
    assert.deepEqual(findings.map((f) => f.text), ['Mr. Okafor']);
    assert.deepEqual(fixed(text, findings), [text.replace('Mr. Okafor said', 'Grace Okafor said')]);
  });

  it('says nothing when the full name comes first and the surname after it, as AP writes them', () => {
    const text = story('Bridge to reopen within a week',
      'Grace Okafor, the county engineer, toured the damage with the flood wardens on Monday afternoon.',
      'Okafor said the bridge over the Tamsin River would reopen within a week, once the water went down.');
    assert.deepEqual(flagged('first-reference', text), []);
  });

  it('does not take a surname in the headline for the story\'s first reference', () => {
    const text = story('Okafor says bridge will reopen',
      'Grace Okafor, the county engineer, toured the damage with the flood wardens on Monday afternoon.',
      'Okafor said the bridge over the Tamsin River would reopen within a week, once the water went down.');
    assert.deepEqual(flagged('first-reference', text), []);
  });

  it('hints at a later paragraph that repeats the title and full name, with a fix to the surname', () => {
    const text = story('Library opens its doors',
      'Mayor Helen Brandt opened the new library on Saturday morning, and a crowd of families came to look.',
      'The building cost the city more than it had planned, and the council argued about it for a year.',
      'On Sunday, Mayor Helen Brandt said the library would open seven days a week.');
    const [finding, ...rest] = ofRule('first-reference', text);
    assert.equal(rest.length, 0);
    assert.deepEqual({ text: finding.text, severity: finding.severity, message: finding.message },
      { text: 'Mayor Helen Brandt', severity: 'hint', message: 'A later reference repeats the title and full name; after the first, "Brandt" is enough.' });
    assert.equal(finding.start, text.lastIndexOf('Mayor Helen Brandt'));
    assert.deepEqual(fixed(text, [finding]), [text.replace('On Sunday, Mayor Helen Brandt said', 'On Sunday, Brandt said')]);
  });

  it('keeps a surname\'s particle, capitalised where the sentence opens ("da Silva", "Da Silva said")', () => {
    const repeated = story('Library opens its doors',
      'President Lula da Silva opened the new library on Saturday morning, and a crowd of families came to look.',
      'The building cost the city more than it had planned, and the council argued about it for a year.',
      'President Lula da Silva said the library would open seven days a week.');
    assert.deepEqual(fixed(repeated, ofRule('first-reference', repeated)), [repeated.replace(/President Lula da Silva said/, 'Da Silva said')]);
    const surnameFirst = story('Library opens its doors',
      'The opening went smoothly on Saturday morning, with a crowd outside. Silva cut the ribbon and the crowd cheered.',
      'The building cost the city more than it had planned, said Marina da Silva, who chairs the library board.');
    assert.deepEqual(fixed(surnameFirst, ofRule('first-reference', surnameFirst)), [surnameFirst.replace('Silva cut', 'Marina da Silva cut')]);
  });

  it('leaves alone a full name repeated in the same paragraph, or inside a quotation', () => {
    const sameParagraph = story('Library opens its doors',
      'Mayor Helen Brandt opened the new library on Saturday morning. Mayor Helen Brandt said it would open seven days a week.');
    assert.deepEqual(flagged('first-reference', sameParagraph), []);
    const quoted = story('Library opens its doors',
      'Mayor Helen Brandt opened the new library on Saturday morning, and a crowd of families came to look.',
      'The building cost the city more than it had planned, and the council argued about it for a year.',
      '"Mayor Helen Brandt promised us this library years ago and she kept her word," one reader said.');
    assert.deepEqual(flagged('first-reference', quoted), []);
  });
});

describe('draft checks: title-case', () => {
  it('flags a formal title in lower case right before a name, with a fix that capitalises it', () => {
    const text = story('Talks end without a deal', 'The talks ended late on Tuesday, and president Donald Trump flew back to Washington that night.');
    const [finding, ...rest] = ofRule('title-case', text);
    assert.equal(rest.length, 0);
    assert.deepEqual({ text: finding.text, message: finding.message },
      { text: 'president', message: 'A formal title directly before a name is capitalised: "President Donald Trump".' });
    assert.deepEqual(fixed(text, [finding]), [text.replace('president Donald', 'President Donald')]);
    assert.deepEqual(finding.related?.map((r) => text.slice(r.start, r.end)), ['Donald Trump']);
  });

  it('leaves a company\'s, union\'s or club\'s officer in lower case, as AP does, but not a country\'s president', () => {
    for (const sentence of ['The union president Maria Okafor said the strike would go on for another week.',
      'The deal was backed by Acme Corp senior vice president Frank Doyle at the meeting on Monday.',
      'The football federation president Ali Hassan said the team would travel to the final.']) {
      assert.deepEqual(flagged('title-case', story('Strike goes on', sentence)), [], sentence);
    }
    assert.deepEqual(flagged('title-case', story('Visit ends', 'The talks ended on Friday and Philippine president Fidel Ramos flew home.')), ['president']);
  });

  it('capitalises every word of a title and its rank but the small words, and keeps "former" as it is', () => {
    const cases: [string, string][] = [
      ['The talks ended late, and prime minister Keir Starmer flew back to London that night.', 'Prime Minister Keir Starmer'],
      ['After the talks, he met secretary of state Marco Rubio for a late dinner at the embassy.', 'Secretary of State Marco Rubio'],
      ['The bill was signed at the ranch, and former governor Jerry Brown watched from the porch.', 'former Governor Jerry Brown'],
      ['The report was welcomed on Tuesday by surgeon general Vivek Murthy, who spoke in Boston.', 'by Surgeon General Vivek Murthy'],
      ['The new library was opened on Tuesday by deputy mayor Ann Lee, who cut the ribbon.', 'by Deputy Mayor Ann Lee'],
    ];
    for (const [sentence, wanted] of cases) {
      const text = story('Talks end without a deal', sentence);
      const [result] = fixed(text, ofRule('title-case', text));
      assert.ok(result?.includes(wanted), `${sentence} -> ${result}`);
    }
  });

  it('flags a capitalised title standing alone after a name, with a fix to lower case', () => {
    const text = story('Talks end without a deal',
      'Donald Trump spoke first at the summit on Tuesday, and the other leaders listened.',
      'Later, Trump, the President, flew back to Washington with his advisers.');
    const [finding, ...rest] = ofRule('title-case', text);
    assert.equal(rest.length, 0);
    assert.deepEqual({ text: finding.text, message: finding.message },
      { text: 'President', message: 'A title standing alone after a name is lower case: "Trump, the president".' });
    assert.deepEqual(fixed(text, [finding]), [text.replace('Trump, the President,', 'Trump, the president,')]);
    const ofCountry = story('Talks end without a deal', 'The talks ended late on Tuesday, and Keir Starmer, the Prime Minister of Britain, flew home.');
    assert.deepEqual(fixed(ofCountry, ofRule('title-case', ofCountry)), [ofCountry.replace('the Prime Minister of', 'the prime minister of')]);
  });

  it('never flags occupational titles, titles written right, or titles with "a" before them', () => {
    const clean = [
      'The team lost again on Tuesday, and coach Mike Tomlin said the players were tired after the long trip.',
      'The company lost money again, and spokesman Tom Hale said the results were disappointing for everyone.',
      'The talks ended late on Tuesday, and President Donald Trump flew back to Washington that night.',
      'The talks ended late on Tuesday, and Emmanuel Macron, the French president, flew back to Paris that night.',
      'The talks ended late on Tuesday, and Keir Starmer, the prime minister, flew back to London that night.',
      'The talks ended late on Tuesday, and Pete Hegseth, a former army major, flew back to Washington that night.',
    ];
    for (const sentence of clean) assert.deepEqual(flagged('title-case', story('Talks end without a deal', sentence)), [], sentence);
  });

  it('leaves headlines and quotations to their own style', () => {
    assert.deepEqual(flagged('title-case', story('Talks end as president Trump flies home', 'The talks ended late on Tuesday, and Donald Trump flew back to Washington that night.')), []);
    assert.deepEqual(flagged('title-case', story('Talks end without a deal', '"We will see president Donald Trump again next spring," the aide said after the talks.')), []);
  });
});

describe('draft checks: numerals', () => {
  /** The text as the numerals rule's fixes leave it, one fix at a time. */
  const numerals = (sentence: string, settings: CheckSettings = {}): string[] => {
    const text = story('Fire at the farm', sentence);
    return fixed(text, ofRule('numerals', text, settings)).map((t) => t.slice(t.indexOf('\n\n') + 2));
  };

  it('spells out one to nine in AP style, with a fix to the word', () => {
    const text = story('Fire at the farm', 'The fire destroyed the barn, and 3 people were taken to hospital with burns on Sunday night.');
    const [finding, ...rest] = ofRule('numerals', text);
    assert.equal(rest.length, 0);
    assert.deepEqual({ text: finding.text, message: finding.message, severity: finding.severity },
      { text: '3', message: 'House style (AP) spells out numbers up to nine.', severity: 'information' });
    assert.deepEqual(fixed(text, [finding]), [text.replace('3 people', 'three people')]);
  });

  it('writes 10 and up in figures, whichever number word it is', () => {
    assert.deepEqual(numerals('The fire destroyed the barn, and twelve people were taken to hospital with burns on Sunday night.'),
      ['The fire destroyed the barn, and 12 people were taken to hospital with burns on Sunday night.']);
    assert.deepEqual(numerals('The fire spread to the hillside, and forty-two families left their homes before dawn.'),
      ['The fire spread to the hillside, and 42 families left their homes before dawn.']);
    assert.deepEqual(ofRule('numerals', story('Fire at the farm', 'The fire destroyed the barn, and fifteen people were taken to hospital.')).map((f) => f.message),
      ['House style (AP) uses figures for 10 and up.']);
  });

  it('spells out a number that opens a sentence, capitalised', () => {
    const text = story('Fire at the farm', 'The fire spread quickly across the dry hillside on Sunday. 12 homes burned. The wind dropped at dawn.');
    const findings = ofRule('numerals', text);
    assert.deepEqual(findings.map((f) => [f.text, f.message]), [['12', 'A number that opens a sentence is spelled out.']]);
    assert.deepEqual(fixed(text, findings), [text.replace('12 homes burned.', 'Twelve homes burned.')]);
  });

  it('gives ages and percentages in figures, as AP does', () => {
    assert.deepEqual(numerals('The fire destroyed the barn, and a five-year-old boy was taken to hospital with burns.'),
      ['The fire destroyed the barn, and a 5-year-old boy was taken to hospital with burns.']);
    assert.deepEqual(numerals('The fire destroyed the barn on Sunday night. Five-year-old Tom Hale was taken to hospital with burns.'), [],
      'an age that opens a sentence stays in words');
    for (const age of ['She was 7 when the fire reached the barn, her mother said.', 'Her son, who is 5, was carried out by a neighbour.',
      'He turned 9 the week the barn burned, and he still talks of it.', 'Her son was 5 years old when the barn burned down.']) {
      assert.deepEqual(numerals(`The fire destroyed the barn on Sunday night. ${age}`), [], age);
    }
    assert.deepEqual(numerals('The village side lost the charity match 3 – 2 to the fire crews on Sunday, a week after the fire.'), [],
      'a score written with spaced dashes');
    assert.deepEqual(numerals('The fire destroyed the barn on Sunday night. They were 3 neighbours who carried water up from the river.'),
      ['The fire destroyed the barn on Sunday night. They were three neighbours who carried water up from the river.'], 'a number after "were" that is no age');
    assert.deepEqual(numerals('The fire destroyed the barn on Sunday night. He turned 3 pages of the insurance form before he gave up.'),
      ['The fire destroyed the barn on Sunday night. He turned three pages of the insurance form before he gave up.'], 'a count after "turned"');
    assert.deepEqual(numerals('Insurance claims in the county rose by five percent after the fire, the broker said.'),
      ['Insurance claims in the county rose by 5 percent after the fire, the broker said.']);
  });

  it('follows the Chicago style when the settings pick it, and says nothing when they turn numerals off', () => {
    const sentence = 'The fire destroyed the barn, and 45 people and 3 horses were led to safety on Sunday night.';
    assert.deepEqual(numerals(sentence, { numerals: 'chicago' }), [
      'The fire destroyed the barn, and forty-five people and 3 horses were led to safety on Sunday night.',
      'The fire destroyed the barn, and 45 people and three horses were led to safety on Sunday night.']);
    assert.deepEqual(ofRule('numerals', story('Fire at the farm', sentence), { numerals: 'chicago' }).map((f) => f.message),
      ['House style (Chicago) spells out numbers up to one hundred.', 'House style (Chicago) spells out numbers up to one hundred.']);
    assert.deepEqual(numerals('The fire destroyed the barn, and twelve people were taken to hospital.', { numerals: 'chicago' }), []);
    assert.deepEqual(numerals(sentence, { numerals: 'off' }), []);
  });

  it("keeps figures where AP keeps them: identifiers, scores, times, money, percentages, measures, ages", () => {
    const clean = [
      'The team finished the season at No. 3 in the league table after a long run of wins.',
      'The crash closed Route 9 near the river for most of Sunday, police told reporters at the scene.',
      'The update brings the phone\'s software to version 5, and the maker said more would follow in the spring.',
      'The home side won 3-1 on Sunday, and the coach praised his defenders after the match.',
      'The ferry leaves at 3 p.m. on Sunday, and the crossing takes about two hours in calm seas.',
      'The ticket costs $5 for children, and the museum stays open until late on Fridays.',
      'Prices rose 5 percent in May, and the central bank said it would keep rates on hold.',
      'The wall is 6 feet high and runs along the whole length of the garden behind the house.',
      'The fire hurt a 5-year-old boy, who was taken to hospital with burns on Sunday night.',
      'The boy, 5, was taken to hospital with burns, and his sisters, 7 and 9, were sent home.',
      'The vote was 7 to 2 in favour of the plan, the clerk said after the meeting.',
      'The county has spent one hundred and twenty days on the repairs, and the work goes on.',
      'The crews worked ten-hour shifts through the week to clear the road before the storm.',
      'Some families had waited in the cold outside the hall since twenty past ten that morning.',
    ];
    for (const sentence of clean) assert.deepEqual(numerals(sentence), [], sentence);
  });

  it('leaves results lines, tables and lists alone: only prose is house style', () => {
    assert.deepEqual(numerals('Results: Smith 12, Jones 9, Brown 7, Green 4, White 3, Black 2 in the final round.'), []);
    const table = story('Fire at the farm', 'The fire destroyed the barn and most of the sheds on Sunday night.', '| Barns | 3 |\n| Sheds | 4 |', '- 3 people taken to hospital');
    assert.deepEqual(flagged('numerals', table), []);
  });
});

describe('draft checks: attribution-tense', () => {
  it('hints at the minority tense of attribution, with a fix to the majority one', () => {
    const text = story('Bridge reopens after repairs',
      'The bridge reopened on Monday after repairs. Anna Kowal said the work finished early, and Piet Bos said the cost stayed low.',
      '"It was a hard winter for the crews," Bos said. Kowal says more roads will follow next year.');
    const [finding, ...rest] = ofRule('attribution-tense', text);
    assert.equal(rest.length, 0);
    assert.deepEqual({ text: finding.text, severity: finding.severity, message: finding.message },
      { text: 'says', severity: 'hint', message: 'This draft attributes in the past tense (3 times, 1 in the present).' });
    assert.deepEqual(fixed(text, [finding]), [text.replace('Kowal says', 'Kowal said')]);
  });

  it('conjugates the fix: "tells" to "told", "added" to "adds", "noted" to "notes"', () => {
    const past = story('Bridge reopens after repairs',
      'The bridge reopened on Monday after repairs. She said the work finished early. He said the cost stayed low. Anna Kowal tells everyone that more roads will follow.');
    assert.deepEqual(fixed(past, ofRule('attribution-tense', past)), [past.replace('Kowal tells', 'Kowal told')]);
    for (const [verb, wanted] of [['added', 'adds'], ['noted', 'notes']]) {
      const present = story('Bridge reopens after repairs',
        `The bridge reopened on Monday after repairs. Anna Kowal says the work finished early. Piet Bos says the cost stayed low. He ${verb} that more roads will follow.`);
      assert.deepEqual(fixed(present, ofRule('attribution-tense', present)), [present.replace(`He ${verb}`, `He ${wanted}`)]);
    }
  });

  it('reads a present-tense headline as a headline, not as attribution', () => {
    const text = story('Kowal says bridge will reopen',
      'The bridge reopened on Monday after repairs. Anna Kowal said the work finished early. Piet Bos said the cost stayed low.');
    assert.deepEqual(flagged('attribution-tense', text), []);
  });

  it('counts only people speaking: what a report or a sign says, and speech inside quotation marks, are not attribution', () => {
    const text = story('Bridge reopens after repairs',
      'The bridge reopened on Monday after repairs. Anna Kowal said the work finished early. Piet Bos said the cost stayed low.',
      'The report says the bridge is safe for lorries, and the sign at the end says it is open. "She says it is fine," Bos said.');
    assert.deepEqual(flagged('attribution-tense', text), []);
  });

  it('says nothing when the tenses tie, or when the draft keeps to one', () => {
    const tie = story('Bridge reopens after repairs', 'The bridge reopened on Monday after repairs. Anna Kowal said the work finished early. Piet Bos says the cost stayed low.');
    assert.deepEqual(flagged('attribution-tense', tie), []);
    const present = story('Bridge reopens after repairs', 'The bridge reopened on Monday after repairs. Anna Kowal says the work finished early. Piet Bos says the cost stayed low.');
    assert.deepEqual(flagged('attribution-tense', present), []);
  });
});

describe('draft checks: anonymous-source', () => {
  const ON: CheckSettings = { rules: { 'anonymous-source': true } };
  const LEDE = 'The paper mill at Ashby will close next year';

  it('is off by default: the editor decides about anonymous sources', () => {
    assert.deepEqual(flagged('anonymous-source', story('Mill to close', `${LEDE}, officials said on Tuesday, and about 300 workers will lose their jobs.`)), []);
  });

  it('when switched on, hints at each anonymous attribution, quoting its words', () => {
    const cases: [string, string[]][] = [
      [`${LEDE}, officials said on Tuesday, and about 300 workers will lose their jobs.`, ['officials said']],
      [`${LEDE}, according to a person familiar with the matter, who was not authorised to speak.`, ['person familiar with']],
      [`${LEDE}, two people familiar with the plans said, speaking on condition of anonymity.`, ['people familiar with', 'on condition of anonymity']],
      [`${LEDE}, sources say, though the company has not confirmed the decision to its staff.`, ['sources say']],
      [`${LEDE}, according to a government official who asked not to be named.`, ['asked not to be named']],
    ];
    for (const [sentence, wanted] of cases) {
      const findings = ofRule('anonymous-source', story('Mill to close', sentence), ON);
      assert.deepEqual(findings.map((f) => f.text), wanted, sentence);
      assert.ok(findings.every((f) => f.severity === 'hint' && f.message === 'An anonymous source: does the draft say why the source is not named?' && !f.fixes));
    }
  });

  it('quotes the attribution alone, never a word of the clause or the quotation before it', () => {
    assert.deepEqual(flagged('anonymous-source', story('Mill to close', 'The paper mill is old, officials said on Tuesday, and it will close next year.'), ON), ['officials said']);
    assert.deepEqual(flagged('anonymous-source', story('Mill to close', 'The mill will close. "The sources of the trouble are old," officials said on Tuesday.'), ON), ['officials said']);
  });

  it('leaves named sources alone, and words of the kind inside a quotation', () => {
    assert.deepEqual(flagged('anonymous-source', story('Mill to close', `${LEDE}, Mayor Jane Doe said on Tuesday, and about 300 workers will lose their jobs.`), ON), []);
    assert.deepEqual(flagged('anonymous-source', story('Mill to close', `${LEDE}.`, '"Officials said nothing to us about it for a year," one worker said.'), ON), []);
  });
});

describe('draft checks: each rule switched off in the settings', () => {
  const drafts: [CheckRule, string][] = [
    ['unattributed-quote', story('Harbour plan stalls', 'The harbour board met for three hours on Monday and put off its vote on the new pier.',
      '"Nobody in this town wants the pier built before the fishing season ends."')],
    ['first-reference', story('Bridge to reopen', 'Okafor said the bridge over the river would reopen within a week, once the water went down.',
      'Later in the day, Grace Okafor, the county engineer, toured the damage.')],
    ['title-case', story('Talks end without a deal', 'The talks ended late on Tuesday, and president Donald Trump flew back to Washington that night.')],
    ['numerals', story('Fire at the farm', 'The fire destroyed the barn, and 3 people were taken to hospital with burns on Sunday night.')],
    ['attribution-tense', story('Bridge reopens', 'The bridge reopened on Monday. Anna Kowal said the work finished early. Piet Bos said the cost stayed low. Kowal says more will follow.')],
    ['anonymous-source', story('Mill to close', 'The paper mill will close next year, officials said on Tuesday, and 300 workers will lose their jobs.')],
  ];
  for (const [rule, text] of drafts) {
    it(`${rule}: flags its draft when on, and nothing of its own when off; the other rules run on`, () => {
      const on: CheckSettings = rule === 'anonymous-source' ? { rules: { [rule]: true } } : {};
      assert.ok(ofRule(rule, text, on).length > 0, 'the draft has a finding to switch off');
      const others = findingsOf(text, on).filter((f) => f.rule !== rule);
      const off = findingsOf(text, { rules: { [rule]: false } });
      assert.deepEqual(off.filter((f) => f.rule === rule), []);
      assert.deepEqual(off.map((f) => f.rule), others.map((f) => f.rule));
    });
  }
});

describe('draft checks: inline switches', () => {
  const LINE = (n: number): string => `The fire destroyed shed number ${'ABCDEFG'[n]}, and ${n} people were taken to hospital that night.`;
  /** The numbers the numerals rule flags, in a draft of a headline and lines. */
  const numbersFlagged = (lines: string[], settings: CheckSettings = {}): string[] =>
    flagged('numerals', ['Fire at the farm', ...lines].join('\n'), settings);

  it('quiets the rules a Markdown switch names between `newslens-disable` and `newslens-enable`', () => {
    assert.deepEqual(numbersFlagged([LINE(3), '<!-- newslens-disable numerals -->', LINE(4), LINE(5), '<!-- newslens-enable -->', LINE(6)]), ['3', '6']);
    assert.deepEqual(numbersFlagged([LINE(3), '<!-- newslens-disable numerals -->', LINE(4), '<!-- newslens-enable numerals -->', LINE(6)]), ['3', '6']);
  });

  it('quiets every rule when a switch names none, and runs to the end of the draft when nothing enables them again', () => {
    const text = ['Fire at the farm', LINE(3), '<!-- newslens-disable -->', LINE(4), 'Later, president Donald Trump flew over the farm to see the damage.'].join('\n');
    assert.deepEqual(findingsOf(text).map((f) => f.text), ['3']);
  });

  it('turns one rule back on inside an all-rules disable when an `enable` names it, as ESLint does', () => {
    const text = ['Fire at the farm', '<!-- newslens-disable -->', LINE(3), 'Later, president Donald Trump flew over.',
      '<!-- newslens-enable numerals -->', LINE(4), 'Then president Joe Biden flew over.', '<!-- newslens-enable -->', 'Then president Joe Biden flew back.'].join('\n');
    assert.deepEqual(findingsOf(text).map((f) => `${f.rule} ${f.text}`), ['numerals 4', 'title-case president']);
    assert.equal(findingsOf(text).find((f) => f.rule === 'title-case')!.start, text.lastIndexOf('president'));
    assert.deepEqual(numbersFlagged([LINE(3), '// newslens-disable', LINE(4), '// newslens-enable numerals', LINE(5), '// newslens-disable numerals', LINE(6)]), ['3', '5']);
  });

  it('leaves a rule alone when the switch names other rules', () => {
    assert.deepEqual(numbersFlagged([LINE(3), '<!-- newslens-disable title-case, name-variant -->', LINE(4)]), ['3', '4']);
    const mixed = ['Fire at the farm', '<!-- newslens-disable numerals title-case -->', LINE(3), 'Later, president Donald Trump flew over.',
      '<!-- newslens-enable numerals -->', LINE(4), 'Then president Joe Biden flew over.'].join('\n');
    assert.deepEqual(findingsOf(mixed).map((f) => f.text), ['4']);
  });

  it('quiets only the next line after `newslens-disable-next-line`, with or without rule ids', () => {
    assert.deepEqual(numbersFlagged([LINE(3), '<!-- newslens-disable-next-line -->', LINE(4), LINE(5)]), ['3', '5']);
    assert.deepEqual(numbersFlagged([LINE(3), '<!-- newslens-disable-next-line numerals -->', LINE(4), LINE(5)]), ['3', '5']);
    assert.deepEqual(numbersFlagged([LINE(3), '<!-- newslens-disable-next-line title-case -->', LINE(4), LINE(5)]), ['3', '4', '5']);
  });

  it('reads the plain-text form, a `//` line of its own, in each of its three verbs', () => {
    assert.deepEqual(numbersFlagged([LINE(3), '// newslens-disable numerals', LINE(4), '// newslens-enable numerals', LINE(5)]), ['3', '5']);
    assert.deepEqual(numbersFlagged([LINE(3), '// newslens-disable', LINE(4), '// newslens-enable', LINE(5)]), ['3', '5']);
    assert.deepEqual(numbersFlagged([LINE(3), '// newslens-disable-next-line', LINE(4), LINE(5)]), ['3', '5']);
    assert.deepEqual(numbersFlagged([LINE(3), '// newslens-disable-next-line numerals', LINE(4), LINE(5)]), ['3', '5']);
  });

  it('works the same in a draft with Windows line ends', () => {
    const text = ['Fire at the farm', LINE(3), '// newslens-disable-next-line', LINE(4), LINE(5)].join('\r\n');
    assert.deepEqual(flagged('numerals', text), ['3', '5']);
  });

  it('does not read a `//` in the middle of a line as a switch', () => {
    assert.deepEqual(numbersFlagged(['Photos of the fire are at http://example.com // newslens-disable, and 3 people saw it.', LINE(4)]), ['3', '4']);
  });
});

describe('draft checks: what the rules read of a draft', () => {
  const draftOf = (text: string): ReturnType<typeof draftTextOf> => {
    const analysis = analyse(text, { articleDate: ARTICLE_DATE });
    return draftTextOf(text, analysis, documentTextOf(analysis)!);
  };
  const paragraphTexts = (text: string): string[] => draftOf(text).paragraphs.map((p) => text.slice(p.start, p.end));

  it('splits paragraphs at blank lines, or at every line when the draft has none', () => {
    assert.deepEqual(paragraphTexts('Fire at the farm\n\nThe barn burned.\nThe sheds burned too.\n\nNo one was hurt.'),
      ['Fire at the farm', 'The barn burned.\nThe sheds burned too.', 'No one was hurt.']);
    assert.deepEqual(paragraphTexts('Fire at the farm\nThe barn burned.\nNo one was hurt.'), ['Fire at the farm', 'The barn burned.', 'No one was hurt.']);
  });

  it('ends a Markdown heading at its line: the line under it is a paragraph of prose', () => {
    const text = '# Fire at the farm\nThe fire destroyed the barn, and 3 people were taken to hospital on Sunday.\n\nNo one else was hurt in the fire.';
    assert.deepEqual(paragraphTexts(text), ['# Fire at the farm', 'The fire destroyed the barn, and 3 people were taken to hospital on Sunday.', 'No one else was hurt in the fire.']);
    assert.deepEqual(flagged('numerals', text), ['3']);
  });

  it('reads Windows line ends as one break each: CRLF lines are paragraphs, not one long paragraph', () => {
    assert.deepEqual(paragraphTexts('Fire at the farm\r\nThe barn burned.\r\nNo one was hurt.'), ['Fire at the farm', 'The barn burned.', 'No one was hurt.']);
    assert.deepEqual(paragraphTexts('Fire at the farm\r\n\r\nThe barn burned.\r\nThe sheds burned too.'), ['Fire at the farm', 'The barn burned.\r\nThe sheds burned too.']);
    const headline = 'Barn fire leaves 3 hurt';
    const body = 'The fire destroyed the barn, and 4 people were taken to hospital with burns on Sunday night.';
    assert.deepEqual(flagged('numerals', `${headline}\r\n${body}\r\n${body}`), flagged('numerals', `${headline}\n${body}\n${body}`));
  });

  it('reads prose: a paragraph of six words or more ending as a sentence ends, not the headline, a list item or a table row', () => {
    const text = story('Fire at the farm leaves three hurt', 'The fire destroyed the barn on Sunday night.', '- The sheds burned on Sunday night too.',
      '| Barn | burned on Sunday night, the police said. |', '## The fire service arrived late that night.', 'No one was hurt.', 'The fire service stayed until dawn');
    const draft = draftOf(text);
    assert.deepEqual(draft.paragraphs.map((p) => draft.isProse(p.start)), [false, true, false, false, false, false, false]);
  });

  it('takes a short first paragraph ending in a full stop for a headline when a dateline follows, and for a lede when the story does', () => {
    const wire = draftOf('Harbour board puts off pier vote.\n\nLONDON 2025-11-03\n\nThe harbour board met for three hours on Monday and put off its vote.');
    assert.deepEqual(wire.paragraphs.map((p) => wire.isProse(p.start)), [false, false, true]);
    const lede = draftOf('The harbour board put off its pier vote on Monday.\n\nIt met for three hours and heard from forty fishermen who oppose the pier.');
    assert.deepEqual(lede.paragraphs.map((p) => lede.isProse(p.start)), [true, true]);
  });

  it('finds a pattern\'s matches paragraph by paragraph exactly as a scan of the whole draft does, before and after an edit', () => {
    const first = story('Prices rise 5%', 'Prices rose 5 percent in May, 3% in June.', 'Wages fell 1 per cent.', 'Rents rose 2% in July.');
    const edited = first.replace('in June', 'in late June');
    for (const text of [first, edited, first]) {
      const sign = /[ \t]?%|[ \t]+(?:percent|per[ \t]+cent)\b/gi;
      assert.deepEqual(draftOf(text).matches(sign).map((m) => [m.index, m[0]]), [...text.matchAll(sign)].map((m) => [m.index, m[0]]));
    }
  });

  it('reads each paragraph as the draft writes it when typing keeps its lines: sanitised alike, or joined by another break', () => {
    // An analyser keeps an unchanged line's split from run to run, and the rules' paragraph answers are found by those
    // lines; but a line's split is of its sanitised copy (an emoji is blanked) and leaves its break out.
    const analyser = createAnalyser();
    const draftTyped = (text: string): ReturnType<typeof draftTextOf> => {
      const analysis = analyser(text, { articleDate: ARTICLE_DATE });
      return draftTextOf(text, analysis, documentTextOf(analysis)!);
    };
    const emoji = /\p{Extended_Pictographic}|\r/gu;
    const texts = [
      story('Harbour plan stalls', 'The board met on Monday \u{1F600} and put off its vote.\nIt meets again in May.'),
      story('Harbour plan stalls', 'The board met on Monday \u{1F60E} and put off its vote.\nIt meets again in May.'),
      story('Harbour plan stalls', 'The board met on Monday \u{1F60E} and put off its vote.\r\nIt meets again in May.'),
      story('Harbour plan stalls', 'The board met on Monday \u{1F60E} and put off its vote.\nIt meets again in May.'),
    ];
    for (const text of texts) {
      const draft = draftTyped(text);
      assert.deepEqual(draft.matches(emoji).map((m) => [m.index, m[0]]), [...text.matchAll(emoji)].map((m) => [m.index, m[0]]));
    }
  });

  it('reads lines in place as a slice of each would: spaces around a break, indented lines, lists and headings under text', () => {
    // The paragraphs are found without slicing a line: a test that runs on past the line (a heading's spaces, the
    // spaces after a break that open the next line) must answer as it would on the line alone.
    assert.deepEqual(paragraphTexts('Fire at the farm\n\nThe barn burned.  \n   The sheds burned too.\n\t- and the hay\n\n  \nNo one was hurt.'),
      ['Fire at the farm', 'The barn burned.  \n   The sheds burned too.', '\t- and the hay', 'No one was hurt.']);
    assert.deepEqual(paragraphTexts('Fire at the farm\n\n  # Barn\nThe barn burned.\n12. Sheds\n|a|b|\n\nNo one was hurt.'),
      ['Fire at the farm', '  # Barn', 'The barn burned.', '12. Sheds', '|a|b|', 'No one was hurt.']);
    assert.deepEqual(paragraphTexts('Fire at the farm\n\nThe barn burned.\n\r\nThe sheds burned.\r\rNo one was hurt.\n-\nThe end.'),
      ['Fire at the farm', 'The barn burned.', 'The sheds burned.', 'No one was hurt.\n-\nThe end.']);
  });

  it('counts a paragraph\'s words without splitting it: six make prose, twenty-one make a lede rather than a headline', () => {
    const five = draftOf('Fire at the farm\n\nThe  barn\tburned down\n today.\n\nNo one was hurt in the fire there today.');
    assert.deepEqual(five.paragraphs.map((p) => five.isProse(p.start)), [false, false, true]);
    const six = draftOf('Fire at the farm\n\nThe  barn\tburned down\n again today.\n\nNo one was hurt in the fire there today.');
    assert.deepEqual(six.paragraphs.map((p) => six.isProse(p.start)), [false, true, true]);
    const words = (n: number): string => Array.from({ length: n }, (_, i) => (i === 0 ? 'Board' : 'word')).join(' ');
    for (const [n, prose] of [[20, false], [21, true]] as const) {
      const draft = draftOf(`${words(n)}.\n\nLONDON 2025-11-03\n\nThe harbour board met for three hours on Monday and put off its vote.`);
      assert.equal(draft.isProse(0), prose, `${n} words`);
    }
  });

  it('hands each match to a visitor exactly as `matches` lists them, kept ones too', () => {
    const text = story('Prices rise 5%', 'Prices rose 5 percent in May, 3% in June.', 'Wages fell 1 per cent.', 'Rents rose 2% in July.');
    const draft = draftOf(text);
    const sign = /[ \t]?%|[ \t]+(?:percent|per[ \t]+cent)\b/gi;
    const visited = (keep?: (matched: string) => boolean, keptUnder?: number): [number, string][] => {
      const found: [number, string][] = [];
      draft.eachMatch(sign, (matched, index) => found.push([index, matched]), keep, keptUnder);
      return found;
    };
    assert.deepEqual(visited(), draft.matches(sign).map((m) => [m.index, m[0]]));
    const isSign = (matched: string): boolean => matched.includes('%');
    assert.deepEqual(visited(isSign, 1), draft.matches(sign, isSign).map((m) => [m.index, m[0]]));
    assert.equal(visited(isSign, 1).length, 3);
  });

  it('knows which offsets lie inside a quotation', () => {
    const text = story('Harbour plan stalls', 'The board met on Monday. "Nobody in this town wants the pier built," the harbour master said.');
    const draft = draftOf(text);
    assert.equal(draft.isQuoted(text.indexOf('Nobody')), true);
    assert.equal(draft.isQuoted(text.indexOf('harbour master')), false);
    assert.equal(draft.paragraphAt(text.indexOf('Nobody')), 1);
  });
});
