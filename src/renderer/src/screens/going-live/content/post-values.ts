/** The post form's values as typed, and the posts.save input they make. */

import type { InputOf } from '../../../../../shared/api/contract';
import type { Post, PostFormat } from '../../../../../shared/content';
import type { PilotCreator, Platform } from '../../../../../shared/entities';

export interface PostValues {
  memberId: string;
  url: string;
  platform: Platform;
  format: PostFormat;
  postedAt: string;
  caption: string;
  views: string;
  likes: string;
  comments: string;
  clicks: string;
}

export const METRICS = ['views', 'likes', 'comments', 'clicks'] as const;

export const POST_FIELDS: readonly string[] = [
  'memberId',
  'url',
  'platform',
  'format',
  'postedAt',
  'caption',
  ...METRICS,
];

const count = (n: number | null) => (n === null ? '' : String(n));

export function postValues(post: Post | null, member: PilotCreator | null): PostValues {
  if (post) {
    return {
      memberId: String(post.memberId),
      url: post.url,
      platform: post.platform,
      format: post.format,
      postedAt: post.postedAt ?? '',
      caption: post.caption,
      views: count(post.views),
      likes: count(post.likes),
      comments: count(post.comments),
      clicks: count(post.clicks),
    };
  }
  return {
    memberId: member ? String(member.id) : '',
    url: '',
    // The creator's first handle says where they usually post.
    platform: member?.handles[0]?.platform ?? 'instagram',
    format: 'post',
    postedAt: '',
    caption: '',
    views: '',
    likes: '',
    comments: '',
    clicks: '',
  };
}

/** Counts as people copy them from an app ("12,400", "12 400") are whole numbers all the same. */
const figure = (text: string) => text.replace(/[\s,\u00a0\u202f]/g, '');

export function postInput(values: PostValues, id: number | null): InputOf<'posts.save'> {
  return {
    ...(id !== null ? { id } : values.memberId === '' ? {} : { memberId: Number(values.memberId) }),
    url: values.url,
    platform: values.platform,
    format: values.format,
    postedAt: values.postedAt.trim().replace(' ', 'T'),
    caption: values.caption,
    views: figure(values.views),
    likes: figure(values.likes),
    comments: figure(values.comments),
    clicks: figure(values.clicks),
  };
}
