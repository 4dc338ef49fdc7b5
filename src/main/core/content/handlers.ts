/** The content methods of the handler table: posts, their review, banned claims and the caption check. */

import type { contentMethods } from '../../../shared/api/content-contract';
import { checkCaption } from '../../../shared/disclosure';
import type { HandlerTable } from '../handler-table';
import { reviewPost } from './approvals';
import { bannedClaims, brandPhrases, setBannedClaims } from './banned-claims';
import { listPosts, removePost, savePost } from './posts';

export const contentHandlers: HandlerTable<keyof typeof contentMethods> = {
  'posts.list': (input, s) => listPosts(s.db, input),
  'posts.save': (input, s) => savePost(s.db, input),
  'posts.remove': ({ id }, s) => removePost(s.db, id),
  'posts.review': (input, s) => reviewPost(s.db, input),
  'brands.bannedClaims': ({ brandId, phrases }, s) =>
    phrases === undefined ? bannedClaims(s.db, brandId) : setBannedClaims(s.db, brandId, phrases),
  'content.check': ({ caption, platform, brandId }, s) => {
    if (brandId != null) bannedClaims(s.db, brandId); // names a wrong brandId
    return checkCaption(caption, platform, brandPhrases(s.db, brandId ?? null));
  },
};
