/** The disclosure each platform expects of a paid post, said once for contracts and briefs. */

import { type Handle, PLATFORM_LABELS, type Platform } from '../../../shared/entities';

export const PLATFORM_NAMES: Record<Platform, string> = {
  ...PLATFORM_LABELS,
  blog: 'a blog',
  other: 'another platform',
};

const RULES: Partial<Record<Platform, string>> = {
  instagram: 'Instagram: turn on the Paid partnership label and put #ad at the start of the caption',
  facebook: 'Facebook: turn on the Paid partnership label and put #ad at the start of the post',
  tiktok: 'TikTok: turn on the Branded content toggle and put #ad at the start of the caption',
  youtube: 'YouTube: tick "Includes paid promotion" and say it is a paid partnership in the video and the description',
  pinterest: 'Pinterest: add the Paid partnership tag and #ad in the Pin description',
  snapchat: 'Snapchat: turn on the Paid partnership label',
  x: 'X: put #ad at the start of the post',
  twitch: 'Twitch: turn on the Branded content label and say it is sponsored on stream',
};

const GENERAL = 'Anywhere else: say "#ad" or "paid partnership" before the fold, where the audience sees it first';

/** One line per platform the creator posts on, then the general rule. */
export function disclosureLines(handles: readonly Handle[]): string[] {
  const platforms = [...new Set(handles.map((h) => h.platform))];
  const lines = platforms.flatMap((p) => RULES[p] ?? []);
  return [...lines, GENERAL];
}

export function disclosureClause(handles: readonly Handle[]): string {
  return `Every post about the brand is marked as paid, clearly and before the fold. ${disclosureLines(handles).join('. ')}.`;
}
