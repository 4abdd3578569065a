// What News Lens says at a large file's cut: the real limit in the note, and a notice short enough for a toast to show
// whole (the old one was cut off with "…").
import * as assert from 'node:assert/strict';
import { cutExplanation, cutNoticeText, stoppedHereText } from '../../../src/editor/cutWording';

describe('the words at a large file\'s cut', () => {
  it('says where it stopped, with the limit in use', () => {
    assert.equal(stoppedHereText(200_000), 'News Lens stopped here (200,000 characters)');
    assert.equal(stoppedHereText(1_000), 'News Lens stopped here (1,000 characters)');
    assert.match(cutExplanation(200_000), /newsLens\.maxCharacters setting \(200,000 characters\)/);
  });

  it('keeps the notice short enough to show whole, however long the file name', () => {
    assert.equal(cutNoticeText('big.news', 200_000), 'News Lens read only the first 200,000 characters of big.news.');
    const long = cutNoticeText(`${'a-very-long-name-of-a-draft-'.repeat(5)}final.news`, 1_000_000);
    assert.ok(long.length <= 100, `${long.length} characters: ${long}`);
    assert.match(long, /^News Lens read only the first 1,000,000 characters of a-very-long-name-of…f-a-draft-final\.news\.$/);
  });
});
