// A company's name without the words that vary between its mentions: "the", a possessive, a legal suffix.
import * as assert from 'node:assert/strict';
import { companyCore, hasLegalSuffix, shortCompanyKey, withoutPossessive } from '../../../src/engine/entities/companyNames';

describe('company names: the core a company is grouped by', () => {
  it('drops "the", a possessive and stacked legal suffixes, with their comma and "&"', () => {
    assert.equal(companyCore("The Goldman Sachs Group, Inc.'s"), 'Goldman Sachs');
    assert.equal(companyCore('Alibaba Group Holding Ltd.'), 'Alibaba');
    assert.equal(companyCore('Procter & Gamble Co.'), 'Procter & Gamble');
    assert.equal(companyCore('Goldman Sachs & Co.'), 'Goldman Sachs');
    assert.equal(companyCore('Royal Dutch Shell plc'), 'Royal Dutch Shell');
    assert.equal(companyCore('Apple Inc.’s'), 'Apple');
    assert.equal(companyCore('Cemex SAB de CV'), 'Cemex');
    assert.equal(companyCore('MICROSOFT CORP'), 'MICROSOFT');
  });
  it('keeps words that only look like suffixes: a name of one word, lower case, "Corps", "Johnson & Johnson"', () => {
    assert.equal(companyCore('Group'), 'Group');
    assert.equal(companyCore('the Holdings'), 'Holdings');
    assert.equal(companyCore('Apple Corps'), 'Apple Corps');
    assert.equal(companyCore('Johnson & Johnson'), 'Johnson & Johnson');
    assert.equal(companyCore('Acme group'), 'Acme group');
    assert.equal(companyCore('Bay Co Building Authority'), 'Bay Co Building Authority');
  });
  it('tells a name written with a legal suffix', () => {
    assert.equal(hasLegalSuffix('Mitsubishi Corp.'), true);
    assert.equal(hasLegalSuffix('Grupo Televisa, S.A.B.'), true);
    assert.equal(hasLegalSuffix("Mitsubishi's"), false);
    assert.equal(hasLegalSuffix('Mitsubishi Motors'), false);
  });
  it('finds the short name of a full name with descriptors, and leaves other names whole', () => {
    assert.equal(shortCompanyKey('ford-motor'), 'ford');
    assert.equal(shortCompanyKey('cisco-systems'), 'cisco');
    assert.equal(shortCompanyKey('general-motors'), 'general');
    assert.equal(shortCompanyKey('goldman-sachs'), 'goldman-sachs');
    assert.equal(shortCompanyKey('international'), 'international');
  });
  it('drops a possessive ending only', () => {
    assert.deepEqual(['Apple’s', "Sachs'", 'Apples', "McDonald's"].map(withoutPossessive), ['Apple', 'Sachs', 'Apples', 'McDonald']);
  });
});
