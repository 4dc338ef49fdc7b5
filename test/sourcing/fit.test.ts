import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreProfile, whyTheyFit } from '../../src/shared/fit';
import type { FitCriteria, Profile } from '../../src/shared/sourcing';
import { DEFAULT_CRITERIA, unknownDetails } from '../../src/shared/sourcing';

function profile(over: Partial<Profile> = {}): Profile {
  return {
    creatorId: 1,
    name: 'Maya Lin',
    ...unknownDetails(),
    handles: [{ platform: 'instagram', handle: 'maya.makes' }],
    updatedAt: null,
    ...over,
  };
}

const none: FitCriteria = {
  followers: { weight: 0, min: null, max: null },
  engagement: { weight: 0, minBp: null },
  region: { weight: 0, market: null },
  categories: { weight: 0, wanted: [] },
  shoppingLinks: { weight: 0 },
  pastBrands: { weight: 0, brands: [] },
};

function only<K extends keyof FitCriteria>(key: K, value: FitCriteria[K]): FitCriteria {
  return { ...none, [key]: value };
}

function part(p: Profile, c: FitCriteria, market: string | null = null) {
  const fit = scoreProfile(p, c, market);
  expect(fit.parts).toHaveLength(1);
  return { ...fit.parts[0], score: fit.score };
}

describe('scoreProfile', () => {
  it('scores the follower band met, missed and unknown, in words', () => {
    const band = only('followers', { weight: 3, min: 10_000, max: 50_000 });
    expect(part(profile({ followers: 12_500 }), band)).toMatchObject({
      outcome: 'met',
      points: 3,
      score: 100,
      text: '12,500 followers, within 10,000–50,000',
    });
    expect(part(profile({ followers: 8_000 }), band)).toMatchObject({
      outcome: 'missed',
      points: 0,
      score: 0,
      text: '8,000 followers, below the 10,000 minimum',
    });
    expect(part(profile({ followers: 60_000 }), band).text).toBe('60,000 followers, above the 50,000 maximum');
    expect(part(profile(), band)).toMatchObject({ outcome: 'unknown', points: 0, text: 'No follower count known' });
    const floor = only('followers', { weight: 1, min: 10_000, max: null });
    expect(part(profile({ followers: 900_000 }), floor).text).toBe('900,000 followers, at least 10,000');
  });

  it('scores engagement against the minimum', () => {
    const min = only('engagement', { weight: 2, minBp: 300 });
    expect(part(profile({ engagementBp: 210 }), min)).toMatchObject({
      outcome: 'missed',
      text: '2.1% engagement, below the 3% minimum',
    });
    expect(part(profile({ engagementBp: 410 }), min)).toMatchObject({ outcome: 'met', points: 2 });
    expect(part(profile(), min)).toMatchObject({ outcome: 'unknown', text: 'No engagement rate known' });
  });

  it('matches a region by ISO code or English name, case-insensitively, against any part of the market', () => {
    const region = only('region', { weight: 2, market: null });
    const berlin = profile({ city: 'Berlin', country: 'DE' });
    expect(part(berlin, region, 'Germany')).toMatchObject({
      outcome: 'met',
      text: 'Based in Berlin, Germany; the market is Germany',
    });
    expect(part(profile({ country: 'germany' }), region, 'AT / DE').outcome).toBe('met');
    expect(part(profile({ country: 'United Kingdom' }), region, 'uk; ie').outcome).toBe('met');
    expect(part(profile({ city: 'Paris', country: 'France' }), region, 'Germany, Austria')).toMatchObject({
      outcome: 'missed',
      text: 'Based in Paris, France; the market is Germany, Austria',
    });
    expect(part(profile(), region, 'Germany').outcome).toBe('unknown');
    // The criteria's own market wins over the pilot's.
    const own = only('region', { weight: 2, market: 'France' });
    expect(part(profile({ country: 'FR' }), own, 'Germany').outcome).toBe('met');
    // No market at all: the region is not in play.
    expect(scoreProfile(berlin, region, null).parts).toEqual([]);
  });

  it('matches categories after normalising, either way contained', () => {
    const cats = only('categories', { weight: 2, wanted: ['skincare', 'beauty'] });
    expect(part(profile({ categories: ['Skin-Care', 'travel'] }), cats)).toMatchObject({
      outcome: 'met',
      text: 'Posts about Skin-Care (wanted: skincare, beauty)',
    });
    expect(part(profile({ categories: ['Clean beauty routines'] }), cats).outcome).toBe('met');
    expect(part(profile({ categories: ['skin care & wellness'] }), cats).outcome).toBe('met');
    // Whole words only: womenswear is not menswear, a smart home is not art.
    const menswear = only('categories', { weight: 2, wanted: ['men', 'art'] });
    expect(part(profile({ categories: ['Women', 'Smart home'] }), menswear).outcome).toBe('missed');
    expect(part(profile({ categories: ['Men & grooming'] }), menswear).outcome).toBe('met');
    expect(part(profile({ categories: ['gaming'] }), cats)).toMatchObject({
      outcome: 'missed',
      text: 'Posts about gaming (wanted: skincare, beauty)',
    });
    expect(part(profile(), cats).outcome).toBe('unknown');
    expect(scoreProfile(profile(), only('categories', { weight: 2, wanted: [] }), null).parts).toEqual([]);
  });

  it('scores shopping links and past brands', () => {
    const links = only('shoppingLinks', { weight: 1 });
    expect(part(profile({ shoppingLinks: true }), links)).toMatchObject({
      outcome: 'met',
      text: 'Has posted shopping links or codes',
    });
    expect(part(profile({ shoppingLinks: false }), links).outcome).toBe('missed');
    expect(part(profile(), links).outcome).toBe('unknown');

    const glossier = only('pastBrands', { weight: 1, brands: ['glossier'] });
    expect(part(profile({ pastBrands: ['Nivea', 'Glossier'] }), glossier)).toMatchObject({
      outcome: 'met',
      text: 'Mentioned Glossier before',
    });
    expect(part(profile({ pastBrands: ['Nivea'] }), glossier)).toMatchObject({
      outcome: 'missed',
      text: 'Mentioned Nivea, not glossier',
    });
    expect(part(profile(), glossier).outcome).toBe('unknown');
    const dove = only('pastBrands', { weight: 1, brands: ['Dove'] });
    expect(part(profile({ pastBrands: ['Dovetail Coffee'] }), dove).outcome).toBe('missed');
    expect(part(profile({ pastBrands: ['Dove Men+Care'] }), dove).outcome).toBe('met');
    const anyBrand = only('pastBrands', { weight: 1, brands: [] });
    expect(part(profile({ pastBrands: ['Nivea'] }), anyBrand).outcome).toBe('met');
  });

  it('scores 0 with no parts when nothing is in play', () => {
    expect(scoreProfile(profile({ followers: 20_000 }), none, 'Germany')).toEqual({
      score: 0,
      points: 0,
      maxPoints: 0,
      parts: [],
    });
  });

  it('weights change the order of two profiles', () => {
    const big = profile({ followers: 40_000, engagementBp: 150 });
    const engaged = profile({ followers: 200_000, engagementBp: 600 });
    const followersFirst: FitCriteria = {
      ...none,
      followers: { weight: 5, min: 10_000, max: 50_000 },
      engagement: { weight: 1, minBp: 300 },
    };
    const engagementFirst: FitCriteria = {
      ...followersFirst,
      followers: { ...followersFirst.followers, weight: 1 },
      engagement: { weight: 5, minBp: 300 },
    };
    expect(scoreProfile(big, followersFirst, null).score).toBe(83);
    expect(scoreProfile(engaged, followersFirst, null).score).toBe(17);
    expect(scoreProfile(big, engagementFirst, null).score).toBe(17);
    expect(scoreProfile(engaged, engagementFirst, null).score).toBe(83);
  });

  it('a score is always 0..100 and the rounded share of the parts', () => {
    const weight = fc.integer({ min: 0, max: 10 });
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
    const criteria = fc.record({
      followers: fc.record({ weight, min: maybe(fc.nat(100_000)), max: maybe(fc.nat(1_000_000)) }),
      engagement: fc.record({ weight, minBp: maybe(fc.nat(2_000)) }),
      region: fc.record({ weight, market: maybe(fc.constantFrom('Germany', 'DE, AT', 'France')) }),
      categories: fc.record({ weight, wanted: fc.array(fc.constantFrom('beauty', 'food', 'tech')) }),
      shoppingLinks: fc.record({ weight }),
      pastBrands: fc.record({ weight, brands: fc.array(fc.constantFrom('Glossier', 'Nivea')) }),
    });
    const profiles = fc.record({
      followers: maybe(fc.nat(2_000_000)),
      engagementBp: maybe(fc.nat(3_000)),
      country: maybe(fc.constantFrom('DE', 'Germany', 'FR', 'Spain')),
      categories: fc.array(fc.constantFrom('Beauty', 'food & drink', 'gaming')),
      pastBrands: fc.array(fc.constantFrom('Glossier', 'Dove')),
      shoppingLinks: maybe(fc.boolean()),
    });
    fc.assert(
      fc.property(profiles, criteria, (p, c) => {
        const fit = scoreProfile(profile(p), c, 'Germany');
        const points = fit.parts.reduce((s, x) => s + x.points, 0);
        const max = fit.parts.reduce((s, x) => s + x.weight, 0);
        expect(fit.score).toBeGreaterThanOrEqual(0);
        expect(fit.score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(fit.score)).toBe(true);
        expect([fit.points, fit.maxPoints]).toEqual([points, max]);
        expect(fit.score).toBe(max === 0 ? 0 : Math.round((100 * points) / max));
        for (const x of fit.parts) expect(x.points).toBe(x.outcome === 'met' ? x.weight : 0);
      }),
    );
  });
});

describe('whyTheyFit', () => {
  it('says in one sentence what was met', () => {
    const criteria: FitCriteria = {
      ...DEFAULT_CRITERIA,
      categories: { weight: 2, wanted: ['skincare'] },
      shoppingLinks: { weight: 0 },
      pastBrands: { weight: 0, brands: [] },
    };
    const p = profile({
      followers: 12_500,
      engagementBp: 410,
      city: 'Berlin',
      country: 'DE',
      categories: ['skincare'],
    });
    expect(whyTheyFit(scoreProfile(p, criteria, 'Germany'))).toBe(
      '12.5K followers, 4.1% engagement, based in Berlin and posting about skincare',
    );
    expect(whyTheyFit(scoreProfile(profile({ country: 'DE' }), criteria, 'Germany'))).toBe('Based in Germany');
    expect(whyTheyFit(scoreProfile(profile(), criteria, 'Germany'))).toBe('');
    const floor: FitCriteria = { ...none, followers: { weight: 1, min: 1_000, max: null } };
    expect(whyTheyFit(scoreProfile(profile({ followers: 1_234_567 }), floor, null))).toBe('1.2M followers');
    expect(whyTheyFit(scoreProfile(profile({ followers: 999_960 }), floor, null))).toBe('1M followers');
    expect(whyTheyFit(scoreProfile(profile({ followers: 4_000 }), floor, null))).toBe('4K followers');
  });
});
