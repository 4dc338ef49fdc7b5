/**
 * Fit scores: a profile against a pilot's criteria, each criterion met,
 * missed or unknown, with the words that explain it. Pure, so the sourcing
 * screen can rescore 2,000 profiles as the user moves a weight.
 */

import { basisPointsToPercent } from './money';
import type { Criterion, CriterionResult, FitCriteria, FitScore, Outcome, Profile } from './sourcing';

// Formatted by hand: Intl's formatters cost more than the rest of a score, and the screen scores 2,000 at a time.
const whole = { format: (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') };
const compact = {
  format(n: number): string {
    if (n < 1_000) return String(n);
    const [unit, size] = n < 999_950 ? ['K', 1_000] : n < 999_950_000 ? ['M', 1_000_000] : ['B', 1_000_000_000];
    return `${String(Math.round(n / (size / 10)) / 10)}${unit}`;
  },
};

/** What one criterion found, before its weight is applied (a judge returns null when it is not in play). */
interface Finding {
  outcome: Outcome;
  text: string;
  phrase?: string;
}

/** Scores one profile; `market` is the pilot's, used when the criteria name no region. */
export function scoreProfile(profile: Profile, criteria: FitCriteria, market: string | null): FitScore {
  const parts: CriterionResult[] = [];
  let points = 0;
  let maxPoints = 0;
  const add = (criterion: Criterion, weight: number, judge: () => Finding | null) => {
    if (weight <= 0) return;
    const found = judge();
    if (!found) return;
    const earned = found.outcome === 'met' ? weight : 0;
    points += earned;
    maxPoints += weight;
    const part: CriterionResult = { criterion, weight, outcome: found.outcome, points: earned, text: found.text };
    if (found.phrase) part.phrase = found.phrase;
    parts.push(part);
  };
  add('followers', criteria.followers.weight, () => judgeFollowers(profile, criteria.followers));
  add('engagement', criteria.engagement.weight, () => judgeEngagement(profile, criteria.engagement.minBp));
  add('region', criteria.region.weight, () => judgeRegion(profile, criteria.region.market ?? market));
  add('categories', criteria.categories.weight, () => judgeCategories(profile, criteria.categories.wanted));
  add('shoppingLinks', criteria.shoppingLinks.weight, () => judgeShoppingLinks(profile));
  add('pastBrands', criteria.pastBrands.weight, () => judgePastBrands(profile, criteria.pastBrands.brands));
  return { score: maxPoints === 0 ? 0 : Math.round((100 * points) / maxPoints), points, maxPoints, parts };
}

/** "Why they fit" in one sentence, from the criteria met ("12.5K followers, 4.1% engagement, based in Berlin"). */
export function whyTheyFit(fit: FitScore): string {
  const phrases = fit.parts.filter((p) => p.outcome === 'met').map((p) => p.phrase ?? lowerFirst(p.text));
  if (phrases.length === 0) return '';
  const last = phrases.pop() as string;
  const sentence = phrases.length === 0 ? last : `${phrases.join(', ')} and ${last}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function judgeFollowers(profile: Profile, band: FitCriteria['followers']): Finding | null {
  const { min, max } = band;
  if (min === null && max === null) return null;
  const n = profile.followers;
  if (n === null) return { outcome: 'unknown', text: 'No follower count known' };
  const count = `${whole.format(n)} followers`;
  if (min !== null && n < min) return { outcome: 'missed', text: `${count}, below the ${whole.format(min)} minimum` };
  if (max !== null && n > max) return { outcome: 'missed', text: `${count}, above the ${whole.format(max)} maximum` };
  const within =
    min !== null && max !== null
      ? `within ${whole.format(min)}–${whole.format(max)}`
      : min !== null
        ? `at least ${whole.format(min)}`
        : `at most ${whole.format(max as number)}`;
  return { outcome: 'met', text: `${count}, ${within}`, phrase: `${compact.format(n)} followers` };
}

function judgeEngagement(profile: Profile, minBp: number | null): Finding | null {
  if (minBp === null) return null;
  const bp = profile.engagementBp;
  if (bp === null) return { outcome: 'unknown', text: 'No engagement rate known' };
  const rate = `${basisPointsToPercent(bp)}% engagement`;
  const minimum = `the ${basisPointsToPercent(minBp)}% minimum`;
  if (bp < minBp) return { outcome: 'missed', text: `${rate}, below ${minimum}` };
  return { outcome: 'met', text: `${rate}, at or above ${minimum}`, phrase: rate };
}

function judgeRegion(profile: Profile, market: string | null): Finding | null {
  const wantedKeys = placeKeys(market);
  if (wantedKeys.size === 0) return null;
  const marketText = (market as string).trim();
  const fields = [profile.city, profile.region, profile.country].filter((f): f is string => !!f?.trim());
  if (fields.length === 0) return { outcome: 'unknown', text: `No location known; the market is ${marketText}` };
  const where = fields.map(placeName).join(', ');
  const matches = fields.some((f) => {
    for (const key of placeKeys(f)) if (wantedKeys.has(key)) return true;
    return false;
  });
  const text = `Based in ${where}; the market is ${marketText}`;
  if (!matches) return { outcome: 'missed', text };
  return { outcome: 'met', text, phrase: `based in ${placeName(fields[0] as string)}` };
}

function judgeCategories(profile: Profile, wanted: readonly string[]): Finding | null {
  const want = wanted.map(normalise).filter((w) => w.joined !== '');
  if (want.length === 0) return null;
  const wantedText = `wanted: ${wanted.join(', ')}`;
  if (profile.categories.length === 0) return { outcome: 'unknown', text: `No categories known (${wantedText})` };
  const matched = profile.categories.filter((c) => {
    const have = normalise(c);
    return have.joined !== '' && want.some((w) => overlaps(have, w));
  });
  if (matched.length === 0) {
    return { outcome: 'missed', text: `Posts about ${profile.categories.join(', ')} (${wantedText})` };
  }
  return {
    outcome: 'met',
    text: `Posts about ${matched.join(', ')} (${wantedText})`,
    phrase: `posting about ${matched.slice(0, 2).join(' and ')}`,
  };
}

function judgeShoppingLinks(profile: Profile): Finding {
  if (profile.shoppingLinks === null) {
    return { outcome: 'unknown', text: 'Not known whether they post shopping links or codes' };
  }
  if (!profile.shoppingLinks) return { outcome: 'missed', text: 'Has not posted shopping links or codes' };
  return { outcome: 'met', text: 'Has posted shopping links or codes', phrase: 'sharing shopping links or codes' };
}

function judgePastBrands(profile: Profile, brands: readonly string[]): Finding {
  const mentioned = profile.pastBrands;
  if (mentioned.length === 0) return { outcome: 'unknown', text: 'No past brand mentions known' };
  const want = brands.map(normalise).filter((b) => b.joined !== '');
  const matched =
    want.length === 0
      ? mentioned
      : mentioned.filter((m) => {
          const have = normalise(m);
          return have.joined !== '' && want.some((b) => overlaps(have, b));
        });
  if (matched.length === 0) {
    return { outcome: 'missed', text: `Mentioned ${listed(mentioned)}, not ${brands.join(' or ')}` };
  }
  const names = listed(matched);
  return { outcome: 'met', text: `Mentioned ${names} before`, phrase: `having mentioned ${names}` };
}

/** A category or brand as words: lower case, letters and digits only. */
interface Words {
  joined: string;
  words: string[];
}

const wordsOf = new Map<string, Words>();

function normalise(text: string): Words {
  let out = wordsOf.get(text);
  if (out === undefined) {
    const words = text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '');
    out = { joined: words.join(''), words };
    if (wordsOf.size > 20_000) wordsOf.clear();
    wordsOf.set(text, out);
  }
  return out;
}

/**
 * Whether one names the other, whole words only: "Skin-Care" is "skincare",
 * "Clean beauty routines" is about "beauty", but "women" is not "men" and
 * "Dovetail" is not "Dove", which a plain substring test would say they are.
 */
function overlaps(a: Words, b: Words): boolean {
  return a.joined === b.joined || wordsSpell(a.words, b.joined) || wordsSpell(b.words, a.joined);
}

/** Whether some run of consecutive words spells `target` when joined. */
function wordsSpell(words: readonly string[], target: string): boolean {
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let j = i; j < words.length && run.length < target.length; j++) {
      run += words[j];
      if (run === target) return true;
    }
  }
  return false;
}

function listed(names: readonly string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const placeKeysOf = new Map<string, Set<string>>();

/** A market or place field as the keys of its parts: "Germany / Austria; CH" → germany, austria, switzerland. */
function placeKeys(text: string | null): Set<string> {
  if (!text) return new Set();
  let found = placeKeysOf.get(text);
  if (found === undefined) {
    const parts = text
      .split(/[,/;]/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    found = new Set(parts.map(placeKey));
    if (placeKeysOf.size > 20_000) placeKeysOf.clear();
    placeKeysOf.set(text, found);
  }
  return found;
}

// ISO 3166 codes and English country names are the same place: "DE" and "Germany" both key as "germany".
let regionNames: Intl.DisplayNames | null = null;

const countryNames = new Map<string, string | null>();

function countryName(code: string): string | null {
  if (code.length !== 2 || !/^[A-Za-z]{2}$/.test(code)) return null;
  const upper = code.toUpperCase();
  let name = countryNames.get(upper);
  if (name === undefined) {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    const found = regionNames.of(upper);
    name = found && found !== upper && found !== 'Unknown Region' ? found : null;
    countryNames.set(upper, name);
  }
  return name;
}

function placeKey(part: string): string {
  return (countryName(part) ?? part).toLowerCase();
}

/** Whether two places are the same, by name or ISO country code ("DE" and "germany" are). */
export function samePlace(a: string, b: string): boolean {
  return placeKey(a.trim()) === placeKey(b.trim());
}

/** A place as a person reads it: country codes spelled out. */
function placeName(place: string): string {
  return countryName(place.trim()) ?? place.trim();
}
