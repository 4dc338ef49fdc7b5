/** A caption is stored in one form: line breaks, surrounding whitespace and accent forms do not make it another caption. */

import { describe, expect, it } from 'vitest';
import { pilotWithCreator, reel } from './setup';

describe('caption forms', () => {
  it('stores a typed caption with "\\n" line breaks, trimmed and composed', async () => {
    const { ws, member } = await pilotWithCreator();
    const saved = await ws.ok(
      'posts.save',
      reel(member.id, { caption: '  Cafe\u0301 glow #ad\r\nLine two\rLine three \n' }),
    );
    expect(saved.post.caption).toBe('Caf\u00e9 glow #ad\nLine two\nLine three');
  });

  it('keeps an approved post approved when the caption is saved again in another form', async () => {
    const { ws, member } = await pilotWithCreator();
    const saved = await ws.ok('posts.save', reel(member.id, { caption: 'Line one #ad\nLine two' }));
    await ws.ok('posts.review', { id: saved.post.id, decision: 'approve' });
    // A caption stored before captions were normalised.
    ws.session.db
      .prepare('UPDATE posts SET caption = ? WHERE id = ?')
      .run('Line one #ad\r\nLine two \n', saved.post.id);
    const again = await ws.ok('posts.save', {
      ...reel(member.id, { caption: 'Line one #ad\nLine two' }),
      id: saved.post.id,
    });
    expect(again).toMatchObject({
      backToReview: false,
      post: { status: 'approved', caption: 'Line one #ad\nLine two' },
    });
  });
});
