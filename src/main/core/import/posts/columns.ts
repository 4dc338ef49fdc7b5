/**
 * A sheet of posts' columns by header name: the words analytics exports
 * (Instagram, TikTok, YouTube Studio, creator platforms) and people's own
 * sheets use. Names are compared trimmed and case-folded.
 */

import type { PostField } from '../../../../shared/imports';

export const COLUMNS: Record<PostField, readonly string[]> = {
  handle: [
    'Handle',
    'Creator handle',
    'Username',
    'User name',
    'Account',
    'Account handle',
    'Instagram handle',
    'TikTok handle',
    '@handle',
    'Author',
    'Author handle',
    'Creator',
    'Influencer',
  ],
  name: ['Creator name', 'Name', 'Full name', 'Influencer name', 'Talent', 'Display name'],
  url: [
    'URL',
    'Post URL',
    'Post link',
    'Link',
    'Permalink',
    'Post permalink',
    'Content URL',
    'Content link',
    'Video URL',
    'Video link',
    'Media URL',
    'Post',
  ],
  platform: ['Platform', 'Network', 'Channel', 'Social network', 'Social platform'],
  format: ['Format', 'Type', 'Post type', 'Content type', 'Media type', 'Media product type'],
  postedAt: [
    'Posted',
    'Posted at',
    'Posted on',
    'Posting time',
    'Post date',
    'Posted date',
    'Publish time',
    'Published',
    'Published at',
    'Publish date',
    'Date posted',
    'Date',
    'Time',
    'Timestamp',
    'Created at',
  ],
  caption: ['Caption', 'Text', 'Description', 'Post text', 'Post caption', 'Video description', 'Title', 'Copy'],
  views: ['Views', 'Video views', 'Impressions', 'Plays', 'Reach', 'Views count', 'view_count', 'Play count'],
  likes: ['Likes', 'Like count', 'like_count', 'Hearts', 'Reactions'],
  comments: ['Comments', 'Comment count', 'comments_count', 'Replies'],
  clicks: ['Clicks', 'Link clicks', 'Link taps', 'Sticker taps', 'Website clicks', 'Link in bio clicks', 'Taps'],
};

export type PostMapping = Partial<Record<PostField, string | null>>;
