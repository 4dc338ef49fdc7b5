/**
 * A longlist's columns by header name: the names discovery tools export
 * (Modash, HypeAuditor, Upfluence, Heepsy, Aspire, Influencity) and the ones
 * people give their own sheets. Names are compared trimmed and case-folded.
 */

import type { Platform } from '../../../../shared/entities';
import type { LonglistField } from '../../../../shared/imports';
import { platformOf } from '../tracking/creator-cell';

export const COLUMNS: Record<LonglistField, readonly string[]> = {
  name: [
    'Name',
    'Full name',
    'Influencer',
    'Influencer name',
    'Creator',
    'Creator name',
    'Display name',
    'Profile name',
    'profile_name',
    'full_name',
    'Account name',
    'Channel name',
    'Talent',
    'Contact name',
  ],
  platform: ['Platform', 'Network', 'Social network', 'Channel', 'Social media', 'Social platform', 'Source'],
  handle: [
    'Handle',
    'Handles',
    'Handle(s)',
    'Username',
    'Usernames',
    'User name',
    'username',
    'Account',
    'Accounts',
    'Social handle',
    'Social handles',
    '@handle',
    'Profile handle',
  ],
  instagram: [
    'Instagram',
    'Instagram handle',
    'Instagram username',
    'Instagram account',
    'Instagram URL',
    'Instagram link',
    'Instagram profile',
    'IG',
    'IG handle',
    'IG username',
  ],
  tiktok: [
    'TikTok',
    'TikTok handle',
    'TikTok username',
    'TikTok account',
    'TikTok URL',
    'TikTok link',
    'TikTok profile',
    'TT',
    'TT handle',
  ],
  youtube: [
    'YouTube',
    'YouTube channel',
    'YouTube handle',
    'YouTube URL',
    'YouTube link',
    'YouTube profile',
    'YT',
    'YT channel',
  ],
  profileUrl: [
    'Profile link',
    'Profile URL',
    'Profile',
    'URL',
    'Link',
    'Links',
    'media_url',
    'Media URL',
    'Account URL',
    'Account link',
    'Channel URL',
    'Channel link',
    'Social link',
    'Social URL',
  ],
  followers: [
    'Followers',
    'Followers count',
    'Follower count',
    'followers_count',
    'Total followers',
    'Subscribers',
    'Followers/Subscribers',
    'Followers / Subscribers',
    'Audience size',
    'Fans',
    'Reach',
  ],
  engagementRate: [
    'Engagement rate',
    'Engagement rate (%)',
    'Engagement rate %',
    'engagement_rate',
    'ER',
    'ER %',
    'ER (%)',
    'Avg. engagement rate',
    'Average engagement rate',
    'Avg ER',
    'Eng. rate',
    'Engagement',
  ],
  avgViews: [
    'Avg. views',
    'Avg views',
    'Average views',
    'avg_views',
    'Avg. video views',
    'Average video views',
    'Avg. Reels plays',
    'Avg reels plays',
    'Avg. reel views',
    'Median views',
    'Views (avg)',
    'Views',
  ],
  country: [
    'Country',
    'Country code',
    'country_code',
    'shipping_address.country_code',
    'Influencer country',
    'Location',
    'Market',
    'Land',
    'Pays',
  ],
  region: ['Region', 'State', 'State/Region', 'Province', 'shipping_address.state'],
  city: ['City', 'Town', 'shipping_address.city', 'Stadt', 'Ville'],
  categories: [
    'Categories',
    'Category',
    'Topics',
    'Niche',
    'Niches',
    'Interests',
    'Content categories',
    'Verticals',
    'Tags',
  ],
  audienceNotes: [
    'Audience notes',
    'Audience',
    'Audience description',
    'Audience demographics',
    'Notes',
    'Note',
    'Comments',
    'Remarks',
  ],
  email: [
    'Email',
    'E-mail',
    'Email address',
    'E-mail address',
    'Contact email',
    'Public email',
    'Business email',
    'Mail',
  ],
  pastBrands: [
    'Past brands',
    'Past brand mentions',
    'Brand mentions',
    'Brands mentioned',
    'Brands',
    'Worked with',
    'Previous collaborations',
    'Past collaborations',
    'Sponsored brands',
    'Brand partnerships',
  ],
  shoppingLinks: [
    'Shopping links',
    'Posts shopping links',
    'Shopping links or codes',
    'Posts shopping links or codes',
    'Affiliate links',
    'Uses affiliate links',
    'Has affiliate links',
    'Discount codes',
    'Posts codes',
    'Shoppable',
  ],
};

/** A name split in two, as Upfluence and CRM exports write it; read when no name column is found. */
export const FIRST_NAME = ['First name', 'first_name', 'Firstname', 'Given name', 'Vorname', 'Prénom'];
export const LAST_NAME = ['Last name', 'last_name', 'Lastname', 'Surname', 'Family name', 'Nachname', 'Nom'];

export type LonglistMapping = Partial<Record<LonglistField, string | null>>;

/** The platform a column's header names ("TikTok username"), if any. */
export function platformInHeader(name: string): Platform | null {
  for (const word of name.split(/[^A-Za-z]+/)) {
    if (!word) continue;
    const platform = platformOf(word);
    if (platform !== 'other' && platform !== 'blog') return platform;
  }
  return null;
}
