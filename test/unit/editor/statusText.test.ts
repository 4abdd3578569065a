// The status bar's text: one count, narrow whatever the article holds; "partial" and the checks' count when they apply.
import * as assert from 'node:assert/strict';
import { statusText } from '../../../src/editor/statusText';

describe('status bar text', () => {
  it('reads "42 facts", with no breakdown by kind', () => {
    assert.equal(statusText({ facts: 42, partial: false, findings: 0 }), '$(book) 42 facts');
    assert.equal(statusText({ facts: 1, partial: false, findings: 0 }), '$(book) 1 fact');
    assert.equal(statusText({ facts: 0, partial: false, findings: 0 }), '$(book) no facts');
  });

  it('says "partial" when the file was cut, and counts the draft checks\' findings', () => {
    assert.equal(statusText({ facts: 1584, partial: true, findings: 0 }), '$(warning) 1,584 facts · partial');
    assert.equal(statusText({ facts: 42, partial: false, findings: 3 }), '$(book) 42 facts · $(checklist) 3');
    assert.equal(statusText({ facts: 42, partial: true, findings: 3 }), '$(warning) 42 facts · partial · $(checklist) 3');
  });
});
