import { describe, expect, it } from 'vitest';
import type { FindingKind } from '../../src/shared/content';
import { checkCaption, checkDisclosure, FOLD, findBannedClaims } from '../../src/shared/disclosure';
import type { Platform } from '../../src/shared/entities';

const filler = (n: number) => 'Morning routine with the new serum, '.repeat(Math.ceil(n / 35)).slice(0, n);

/** [caption, platform, the kinds found ([] = clearly disclosed)] */
const CASES: [string, Platform, FindingKind[]][] = [
  // English
  ['#ad My morning glow with @lumen', 'instagram', []],
  ['Loving this serum #ad, link in bio', 'instagram', []],
  ['Ad: my favourite serum', 'tiktok', []],
  ['[AD] Lumen glow drops', 'tiktok', []],
  ['AD Loving the new drops', 'instagram', []],
  ['Paid partnership with Lumen ✨', 'instagram', []],
  ['Paid\npartnership with Lumen', 'instagram', []],
  ['#Sponsored by Lumen', 'facebook', []],
  ['#advertisement glow drops', 'youtube', []],
  ['My #adventure in Lisbon', 'instagram', ['missing']],
  ['I read it in an #adblock forum', 'tiktok', ['missing']],
  ['Just a normal day', 'instagram', ['missing']],
  ['', 'tiktok', ['missing']],
  ['#sp loving it', 'instagram', ['missing', 'ambiguous']],
  ['#spon glow', 'tiktok', ['missing', 'ambiguous']],
  ['Big #collab with Lumen', 'instagram', ['missing', 'ambiguous']],
  ['Proud #lumenpartner', 'instagram', ['missing', 'ambiguous']],
  ['Thanks to Lumen for the drops', 'instagram', ['missing', 'ambiguous']],
  ['Thank you @lumen.skin for this', 'tiktok', ['missing', 'ambiguous']],
  ['#ad thanks to Lumen', 'instagram', []],
  // German
  ['#Anzeige Mein Morgenritual', 'instagram', []],
  ['Werbung | Mein Lieblingsserum', 'instagram', []],
  ['#werbung, weil Marke genannt', 'tiktok', []],
  ['In Kooperation mit Lumen', 'instagram', ['missing', 'ambiguous']],
  ['#unbezahltewerbung mein Tipp', 'instagram', ['missing']],
  // French
  ['#publicité Ma routine', 'instagram', []],
  ['#publicite Ma routine', 'instagram', []],
  ['#pub Ma routine du matin', 'tiktok', []],
  ['#sponsorisé par Lumen', 'instagram', []],
  ['En collaboration avec Lumen', 'instagram', ['missing', 'ambiguous']],
  ['#publicitaire idée', 'instagram', ['missing']],
  // Spanish, Italian, Dutch, Polish, Nordic
  ['#publicidad Mi rutina', 'instagram', []],
  ['#patrocinado por Lumen', 'tiktok', []],
  ['#pubblicità La mia routine', 'instagram', []],
  ['#sponsorizzato da Lumen', 'instagram', []],
  ['Ad esempio, la mia routine', 'instagram', ['missing']],
  ['#reclame Mijn routine', 'instagram', []],
  ['#advertentie Mijn routine', 'instagram', []],
  ['#reklama Moja rutyna', 'instagram', []],
  ['#samarbete med Lumen', 'instagram', []],
  ['#annons Min rutin', 'instagram', []],
  ['#annonce Min rutine', 'instagram', []],
  ['#reklame Min rutine', 'instagram', []],
  // Buried after the fold, or in the trailing hashtags
  [`${filler(130)} #ad`, 'instagram', ['below_fold']],
  [`${filler(110)} #ad`, 'instagram', []],
  [`${filler(110)} #ad`, 'tiktok', ['below_fold']],
  [`${filler(300)} #ad`, 'x', []],
  ['Love it\n\n#skincare #glow #ad #fyp', 'x', ['in_hashtags']],
  ['Love it\n.\n.\n#skincare #ad #glow', 'tiktok', ['in_hashtags']],
  ['Love it #ad\n\n#skincare #glow #fyp', 'instagram', []],
  ['#ad #skincare #glow', 'instagram', []],
  ['Love this serum so much #skincare #glow #ad #fyp', 'instagram', ['in_hashtags']],
  ['Love this serum #ad #glow', 'instagram', []],
  [`${filler(200)}\n#skincare #glow #ad`, 'instagram', ['in_hashtags', 'below_fold']],
];

describe('disclosure check', () => {
  it.each(CASES)('%j on %s', (caption, platform, kinds) => {
    expect(checkDisclosure(caption, platform).map((f) => f.kind)).toEqual(kinds);
  });

  it('points at the words: the buried tag, the ambiguous tag, the place a missing one belongs', () => {
    const late = `${filler(130)} #Ad`;
    const [below] = checkDisclosure(late, 'instagram');
    expect(below).toMatchObject({ kind: 'below_fold', start: 131, end: 134 });
    expect(late.slice(below?.start, below?.end)).toBe('#Ad');
    expect(below?.message).toBe(
      '#Ad comes after the first 125 characters Instagram shows before "more"; put it at the start',
    );
    const spon = 'Glow time #Spon!';
    const findings = checkDisclosure(spon, 'tiktok');
    expect(findings[0]).toMatchObject({ kind: 'missing', start: 0, end: 0 });
    expect(findings[0]?.message).toContain('TikTok');
    expect(spon.slice(findings[1]?.start, findings[1]?.end)).toBe('#Spon');
  });

  it('keeps ranges on the original text when accents are written as separate marks', () => {
    const decomposed = 'Ma routine #publicite\u0301 du matin'.padStart(140, '.');
    const [f] = checkDisclosure(decomposed, 'instagram');
    expect(f?.kind).toBe('below_fold');
    expect(decomposed.slice(f?.start, f?.end)).toBe('#publicite\u0301');
  });

  it('keeps every fold in one table, X and blogs without one', () => {
    expect(FOLD.instagram).toBe(125);
    expect(FOLD.tiktok).toBe(100);
    expect(FOLD.x).toBeNull();
  });
});

describe('banned claims', () => {
  const claims = ['cures acne', 'clinically proven', '100% natural'];

  it('finds whole phrases in any case and across line breaks', () => {
    const caption = 'This CURES ACNE overnight!\nClinically\n  proven and 100% Natural.';
    const found = findBannedClaims(caption, claims);
    expect(found.map((f) => caption.slice(f.start, f.end))).toEqual([
      'CURES ACNE',
      'Clinically\n  proven',
      '100% Natural',
    ]);
    expect(found[1]?.message).toBe('"Clinically proven" is a claim the brand does not allow ("clinically proven")');
  });

  it('does not match inside other words', () => {
    expect(findBannedClaims('It procures acnes? Preclinically provenance; 1100% naturally', claims)).toEqual([]);
  });

  it('joins the disclosure findings in reading order', () => {
    const caption = 'Clinically proven glow #spon';
    expect(checkCaption(caption, 'instagram', claims).map((f) => f.kind)).toEqual([
      'missing',
      'banned_claim',
      'ambiguous',
    ]);
    expect(checkCaption('#ad glow', 'instagram', [])).toEqual([]);
  });
});
