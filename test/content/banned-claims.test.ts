import { describe, expect, it } from 'vitest';
import { pilotWithCreator, reel } from './setup';

describe('banned claims and the caption check', () => {
  it('keeps a list per brand, cleaned, and checks captions against the post’s brand', async () => {
    const { ws, pilot, member } = await pilotWithCreator();
    const brandId = pilot.brandId ?? 0;
    expect(await ws.ok('brands.bannedClaims', { brandId })).toEqual({ brandId, brandName: 'Lumen Skin', phrases: [] });
    const set = await ws.ok('brands.bannedClaims', {
      brandId,
      phrases: ['cures acne', '  Clinically   proven ', '', 'CURES ACNE', '100% natural'],
    });
    expect(set.phrases).toEqual(['cures acne', 'Clinically proven', '100% natural']);
    const other = await ws.ok('brands.create', { name: 'Other Co' });
    expect((await ws.ok('brands.bannedClaims', { brandId: other.id })).phrases).toEqual([]);

    const { post } = await ws.ok('posts.save', reel(member.id, { caption: '#ad This serum cures\nacne!' }));
    expect(post.findings).toMatchObject([{ kind: 'banned_claim' }]);
    const [claim] = post.findings;
    expect(post.caption.slice(claim?.start, claim?.end)).toBe('cures\nacne');
  });

  it('checks a caption while it is typed, with or without a brand', async () => {
    const { ws, pilot } = await pilotWithCreator();
    const brandId = pilot.brandId ?? 0;
    await ws.ok('brands.bannedClaims', { brandId, phrases: ['clinically proven'] });
    const caption = 'Clinically proven glow #spon';
    const withBrand = await ws.ok('content.check', { caption, platform: 'instagram', brandId });
    expect(withBrand.map((f) => [f.kind, caption.slice(f.start, f.end)])).toEqual([
      ['missing', ''],
      ['banned_claim', 'Clinically proven'],
      ['ambiguous', '#spon'],
    ]);
    const plain = await ws.ok('content.check', { caption, platform: 'instagram' });
    expect(plain.map((f) => f.kind)).toEqual(['missing', 'ambiguous']);
    const wrong = await ws.call('content.check', { caption, platform: 'instagram', brandId: 999 });
    expect(wrong.ok ? null : wrong.error).toMatchObject({ code: 'not_found', field: 'brandId' });
    const platform = await ws.call('content.check', { caption, platform: 'vine' });
    expect(platform.ok ? null : platform.error).toMatchObject({ field: 'platform' });
    const phrases = await ws.call('brands.bannedClaims', { brandId, phrases: 'cures acne' });
    expect(phrases.ok ? null : phrases.error).toMatchObject({ field: 'phrases' });
  });
});
