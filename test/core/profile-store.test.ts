import { describe, expect, it } from 'vitest';
import {
  getProfile,
  insertProfile,
  ownersOfHandles,
  type ProfileFields,
  profilesByIds,
  updateProfile,
} from '../../src/main/core/db/profiles';
import { newWorkspace } from '../helpers/workspace';

const maya: ProfileFields = {
  name: 'Maya Lin',
  email: 'maya@example.com',
  profileUrl: 'https://instagram.com/maya.makes',
  followers: 12_500,
  engagementBp: 410,
  avgViews: 3_000,
  country: 'Germany',
  region: 'Berlin',
  city: 'Berlin',
  categories: ['skincare', 'beauty'],
  audienceNotes: 'Mostly 25-34',
  pastBrands: ['Glossier'],
  shoppingLinks: true,
};

describe('profile store', () => {
  it('writes a profile and its handles and reads them back as written', () => {
    const { session } = newWorkspace();
    const id = insertProfile(session.db, maya, [
      { platform: 'instagram', handle: 'maya.makes' },
      { platform: 'tiktok', handle: 'mayamakes' },
    ]);
    const read = getProfile(session.db, id);
    expect(read).toMatchObject({ ...maya, creatorId: id });
    expect(read?.handles).toEqual([
      { platform: 'instagram', handle: 'maya.makes' },
      { platform: 'tiktok', handle: 'mayamakes' },
    ]);
    expect(
      ownersOfHandles(session.db, [{ platform: 'instagram', handle: 'MAYA.MAKES' }]).get('instagram:maya.makes'),
    ).toBe(id);
  });

  it('updates only the fields given, and reads many at once', () => {
    const { session } = newWorkspace();
    const a = insertProfile(session.db, maya, [{ platform: 'instagram', handle: 'maya.makes' }]);
    const b = insertProfile(session.db, { ...maya, name: 'Jo', shoppingLinks: null, categories: [] }, [
      { platform: 'youtube', handle: 'jo' },
    ]);
    updateProfile(session.db, a, { followers: 13_000, shoppingLinks: false });
    const both = profilesByIds(session.db, [a, b]);
    expect(both.get(a)).toMatchObject({ followers: 13_000, shoppingLinks: false, engagementBp: 410 });
    expect(both.get(b)).toMatchObject({ name: 'Jo', shoppingLinks: null, categories: [] });
  });
});
