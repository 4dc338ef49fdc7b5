/**
 * The disclosure check of a caption, pure so the screen runs it while the
 * person types: is the post clearly marked as paid, where the audience sees it
 * before "more", and not lost in a trailing block of hashtags? Plus the
 * brand's banned claims. Findings carry character ranges to highlight.
 */

import type { Finding } from './content';
import { PLATFORM_LABELS, type Platform } from './entities';
import { type FoldedText, findAll, foldText, foldWord, HASHTAG, phrasePattern, type Span } from './text-match';

/**
 * How many characters of a caption each platform shows before "more" (approximate,
 * phone feed; the platforms change them). null: the whole text is shown, or
 * there is no preview to speak of. "other" takes the shortest common preview.
 */
export const FOLD: Record<Platform, number | null> = {
  instagram: 125, // feed caption before "… more"
  tiktok: 100, // caption over the video on For You
  youtube: 100, // description shown above "...more"
  facebook: 125, // mobile feed before "See more"
  pinterest: 50, // description under a Pin
  x: null, // a post is shown whole
  twitch: null,
  snapchat: null,
  blog: null,
  other: 100,
};

const PLATFORM: Record<Platform, string> = { ...PLATFORM_LABELS, blog: 'the blog', other: 'the platform' };

/** Hashtags that clearly say "this is paid", by language (accents optional). */
const CLEAR_TAGS: Record<string, string[]> = {
  en: ['ad', 'sponsored', 'advertisement', 'advert', 'paidpartnership', 'paidad'],
  de: ['anzeige', 'werbung', 'bezahltepartnerschaft'],
  fr: ['publicité', 'pub', 'sponsorisé', 'sponsorisée', 'partenariatrémunéré'],
  es: ['publicidad', 'patrocinado', 'patrocinada', 'anuncio'],
  it: ['pubblicità', 'sponsorizzato', 'sponsorizzata', 'adv'],
  pt: ['publicidade', 'patrocinado', 'patrocinada'],
  nl: ['reclame', 'advertentie', 'gesponsord'],
  pl: ['reklama', 'sponsorowane'],
  sv: ['samarbete', 'annons', 'reklam'],
  da: ['annonce', 'reklame'],
  no: ['annonse', 'reklame'],
};

/** Words that say it in the text itself (Instagram's own label among them). */
const CLEAR_PHRASES = [
  'paid partnership',
  'paid promotion',
  'sponsored',
  'advertisement',
  'bezahlte partnerschaft',
  'anzeige',
  'werbung',
  'partenariat rémunéré',
  'publicité',
  'colaboración pagada',
  'publicidad',
  'partnership retribuita',
  'pubblicità',
  'betaald partnerschap',
  'advertentie',
];

/** Hashtags regulators name as unclear: they do not say the post is paid. */
const AMBIGUOUS_TAGS = ['sp', 'spon', 'sponsor', 'collab', 'collaboration', 'partner', 'partnership', 'ambassador'];
const AMBIGUOUS_TAG_ENDINGS = ['partner', 'ambassador']; // #lumenpartner, #brandambassador
const AMBIGUOUS_PHRASES = [
  'thanks to',
  'thank you to',
  'in collaboration with',
  'in partnership with',
  'partnered with',
  'collab with',
  'in kooperation mit',
  'en collaboration avec',
  'en colaboración con',
  'in collaborazione con',
];
const THANKS_HANDLE = '(?<![\\p{L}\\p{N}_])thank(?:s| you)\\s+@[\\p{L}\\p{N}_.]+';

const clearTags = new Set(Object.values(CLEAR_TAGS).flat().map(foldWord));
const ambiguousTags = new Set(AMBIGUOUS_TAGS);

interface Mark extends Span {
  /** As written, for messages. */
  text: string;
}

const written = (caption: string, s: Span): Mark => ({ ...s, text: caption.slice(s.start, s.end) });

function hashtags(folded: FoldedText): (Span & { tag: string })[] {
  return findAll(folded, HASHTAG).map((m) => ({ start: m.start, end: m.end, tag: m.folded.slice(1) }));
}

/**
 * "Ad" alone counts as a label, not as a word: "Ad:", "[ad]", "AD | …", "…, ad" at the end,
 * or "AD" in capitals at the start of a line. "ad" inside a sentence (Italian "ad esempio") does not.
 */
function adLabels(caption: string, folded: FoldedText): Span[] {
  return findAll(folded, '(?<![\\p{L}\\p{N}_#@])ad(?![\\p{L}\\p{N}_])').filter((m) => {
    const after = caption.slice(m.end).match(/^[ \t]*(.?)/u)?.[1] ?? '';
    if (after === '' || ':|])-–—'.includes(after)) return true;
    const before = caption.slice(0, m.start).match(/(.?)[ \t]*$/u)?.[1] ?? '';
    return caption.slice(m.start, m.end) === 'AD' && (before === '' || '[(|•·:-–—'.includes(before));
  });
}

/**
 * Where the trailing block of 3+ hashtags starts, if text comes before it: the last
 * lines made only of hashtags (dots or bullets as spacers), else the hashtags that
 * end the last line. "Love it #ad" above a line of hashtags keeps its #ad.
 */
function trailingBlockStart(caption: string, folded: FoldedText): number | null {
  const onlyTags = new RegExp(`^[\\s.•·]*(?:${HASHTAG}[\\s.•·]*)*$`, 'u');
  const lines = folded.text.split('\n');
  let offset = folded.text.length + 1;
  let blockAt: number | null = null;
  let count = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    offset -= line.length + 1;
    if (!onlyTags.test(line)) break;
    const tags = [...line.matchAll(new RegExp(HASHTAG, 'gu'))];
    if (tags.length > 0) blockAt = offset + (tags[0]?.index ?? 0);
    count += tags.length;
  }
  if (count < 3 || blockAt === null) {
    const endOfLine = folded.text.match(new RegExp(`(?:${HASHTAG}[ \\t.•·]*){3,}$`, 'u'));
    blockAt = endOfLine?.index ?? null;
  }
  if (blockAt === null) return null;
  const start = folded.starts[blockAt] ?? 0;
  return caption.slice(0, start).trim().length > 0 ? start : null;
}

/** Overlapping marks (#collab inside "collab with") are one. */
function apart(marks: Mark[]): Mark[] {
  const kept: Mark[] = [];
  for (const m of marks.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept.at(-1);
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}

/** The disclosure findings of a caption on a platform. */
export function checkDisclosure(caption: string, platform: Platform): Finding[] {
  const folded = foldText(caption);
  const tags = hashtags(folded);
  const clear: Mark[] = [
    ...tags.filter((t) => clearTags.has(t.tag)),
    ...CLEAR_PHRASES.flatMap((p) => findAll(folded, phrasePattern(foldWord(p)))),
    ...adLabels(caption, folded),
  ]
    .map((s) => written(caption, s))
    .sort((a, b) => a.start - b.start);
  const ambiguous: Mark[] = apart(
    [
      ...tags.filter(
        (t) =>
          !clearTags.has(t.tag) && (ambiguousTags.has(t.tag) || AMBIGUOUS_TAG_ENDINGS.some((e) => t.tag.endsWith(e))),
      ),
      ...AMBIGUOUS_PHRASES.flatMap((p) => findAll(folded, phrasePattern(foldWord(p)))),
      ...findAll(folded, THANKS_HANDLE),
    ].map((s) => written(caption, s)),
  );

  const fold = FOLD[platform];
  const blockStart = trailingBlockStart(caption, folded);
  const inBlock = (m: Mark) => blockStart !== null && m.start >= blockStart;
  const beforeFold = (m: Mark) => fold === null || m.end <= fold;
  if (clear.some((m) => !inBlock(m) && beforeFold(m))) return [];

  const findings: Finding[] = [];
  const first = clear[0];
  const where = PLATFORM[platform];
  if (!first) {
    findings.push({
      kind: 'missing',
      message: `No clear disclosure for ${where}: start the caption with #ad or "Paid partnership"`,
      start: 0,
      end: 0,
    });
  } else {
    if (inBlock(first)) {
      findings.push({
        kind: 'in_hashtags',
        message: `${first.text} is lost in the hashtags at the end; put it at the start of the caption`,
        start: first.start,
        end: first.end,
      });
    }
    if (!beforeFold(first)) {
      findings.push({
        kind: 'below_fold',
        message: `${first.text} comes after the first ${fold} characters ${where} shows before "more"; put it at the start`,
        start: first.start,
        end: first.end,
      });
    }
  }
  for (const m of ambiguous) {
    findings.push({
      kind: 'ambiguous',
      message: `"${m.text}" does not clearly say the post is paid; use #ad or "Paid partnership"`,
      start: m.start,
      end: m.end,
    });
  }
  return findings;
}

/** The brand's banned claims in a caption: case and accents ignored, whole words, across line breaks. */
export function findBannedClaims(caption: string, phrases: readonly string[]): Finding[] {
  const folded = foldText(caption);
  return phrases
    .filter((p) => p.trim().length > 0)
    .flatMap((phrase) =>
      findAll(folded, phrasePattern(foldWord(phrase))).map((m) => ({
        kind: 'banned_claim' as const,
        message: `"${caption.slice(m.start, m.end).replace(/\s+/g, ' ')}" is a claim the brand does not allow ("${phrase}")`,
        start: m.start,
        end: m.end,
      })),
    );
}

/** Everything the screen highlights in a caption, in reading order. */
export function checkCaption(caption: string, platform: Platform, bannedClaims: readonly string[] = []): Finding[] {
  return [...checkDisclosure(caption, platform), ...findBannedClaims(caption, bannedClaims)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}
