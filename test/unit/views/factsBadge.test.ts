// The Facts view's activity-bar badge: only for findings and partial results, never a count of plain facts.
import * as assert from 'node:assert/strict';
import { factsBadge } from '../../../src/views/factsBadge';

describe('Facts view badge', () => {
  it('is absent for an article with facts and nothing to look at', () => {
    assert.equal(factsBadge({ findings: 0, partialAt: undefined }), undefined);
  });

  it('counts the draft checks\' findings, and its tooltip says so', () => {
    assert.deepEqual(factsBadge({ findings: 3, partialAt: undefined }), { value: 3, tooltip: '3 draft-check findings in this article' });
    assert.deepEqual(factsBadge({ findings: 1, partialAt: undefined }), { value: 1, tooltip: '1 draft-check finding in this article' });
  });

  it('shows 1 for a partial result alone, and adds "partial" to the findings\' tooltip', () => {
    assert.deepEqual(factsBadge({ findings: 0, partialAt: 200_000 }),
      { value: 1, tooltip: 'Partial result: only the first 200,000 characters were analysed (newsLens.maxCharacters)' });
    assert.deepEqual(factsBadge({ findings: 2, partialAt: 200_000 }),
      { value: 2, tooltip: '2 draft-check findings in this article; only the first 200,000 characters were analysed (newsLens.maxCharacters)' });
  });
});
