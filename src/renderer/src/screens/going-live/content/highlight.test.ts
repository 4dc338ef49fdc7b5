import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../../shared/content';
import { checkCaption } from '../../../../../shared/disclosure';
import { captionPieces } from './highlight';

const finding = (kind: Finding['kind'], start: number, end: number): Finding => ({ kind, message: kind, start, end });
const rejoin = (caption: string, findings: Finding[]) =>
  captionPieces(caption, findings)
    .map((p) => p.text)
    .join('');

describe('captionPieces', () => {
  it('marks each finding and keeps every character of the caption in order', () => {
    const caption = 'This serum cures acne.\n#skin #glow #serum #ad';
    const found = checkCaption(caption, 'instagram', ['cures acne']);
    const marked = captionPieces(caption, found).filter((p) => p.marked);
    expect(marked.map((p) => p.text)).toEqual(['cures acne', '#ad']);
    expect(marked.map((p) => p.marked && p.kinds)).toEqual([['banned_claim'], ['in_hashtags']]);
    expect(rejoin(caption, found)).toBe(caption);
  });

  it('joins overlapping findings into one mark carrying both kinds', () => {
    const caption = 'in collaboration with cures acne';
    const pieces = captionPieces(caption, [finding('ambiguous', 0, 21), finding('banned_claim', 15, 32)]);
    expect(pieces).toEqual([
      { text: caption, marked: true, kinds: ['ambiguous', 'banned_claim'], messages: ['ambiguous', 'banned_claim'] },
    ]);
  });

  it('marks nothing for a missing disclosure, whose range is empty', () => {
    const caption = 'Love this serum';
    const pieces = captionPieces(caption, [finding('missing', 0, 0)]);
    expect(pieces).toEqual([{ text: caption, marked: false }]);
  });

  it('drops ranges that fall outside the caption rather than marking the wrong words', () => {
    expect(captionPieces('short', [finding('banned_claim', 3, 40)])).toEqual([{ text: 'short', marked: false }]);
  });
});
