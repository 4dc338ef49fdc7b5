import { describe, expect, it } from 'vitest';
import { sourcingWorkspace } from './sourcing-workspace';

const maya = {
  name: 'Maya Lin',
  handles: [
    { platform: 'instagram' as const, handle: '@maya.makes' },
    { platform: 'tiktok' as const, handle: 'mayamakes' },
  ],
  email: 'maya@example.com',
  followers: '12500',
  engagementRate: '4.1%',
  city: 'Berlin',
  country: 'DE',
  categories: ['skincare'],
  pastBrands: ['Glossier'],
  shoppingLinks: true,
};

describe('profiles by hand', () => {
  it('adds a profile onto the longlist (logged as a move from nowhere), edits it, and lists it', async () => {
    const ws = await sourcingWorkspace();
    const added = await ws.ok('profiles.save', { pilotId: ws.pilot.id, ...maya });
    expect(added).toMatchObject({
      name: 'Maya Lin',
      handles: [
        { platform: 'instagram', handle: 'maya.makes' },
        { platform: 'tiktok', handle: 'mayamakes' },
      ],
      followers: 12500,
      engagementBp: 410,
      country: 'DE',
      categories: ['skincare'],
      shoppingLinks: true,
    });
    const board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    expect(board.prospects).toHaveLength(1);
    expect(board.prospects[0]).toMatchObject({ stage: 'longlist', profile: { creatorId: added.creatorId } });
    expect(board.prospects[0]?.stageChangedAt).not.toBeNull();
    const log = await ws.ok('sourcing.log', { pilotId: ws.pilot.id });
    expect(log).toMatchObject([{ name: 'Maya Lin', from: null, to: 'longlist', by: 'Ana Test' }]);

    const edited = await ws.ok('profiles.save', {
      ...maya,
      creatorId: added.creatorId,
      handles: [{ platform: 'youtube', handle: 'mayalin' }],
      engagementRate: '3',
      followers: '15000',
    });
    expect(edited).toMatchObject({ handles: [{ platform: 'youtube', handle: 'mayalin' }], engagementBp: 300 });
    // The old handle is free again for someone else.
    await ws.ok('profiles.save', { name: 'Other', handles: [{ platform: 'instagram', handle: 'maya.makes' }] });

    const found = await ws.ok('profiles.list', { search: '@MAYALIN' });
    expect(found.map((p) => p.name)).toEqual(['Maya Lin']);
    expect(found[0]?.pilots).toEqual([{ pilotId: ws.pilot.id, pilotName: 'Glow DE', stage: 'longlist' }]);
    expect((await ws.ok('profiles.list', { search: 'berl' })).map((p) => p.name)).toEqual(['Maya Lin']);
    expect((await ws.ok('profiles.list', {})).map((p) => p.name)).toEqual(['Maya Lin', 'Other']);
    expect(await ws.ok('profiles.list', { search: '100%' })).toEqual([]);
  });

  it("refuses a handle that is another person's, naming the field and the person, and changes nothing", async () => {
    const ws = await sourcingWorkspace();
    await ws.ok('profiles.save', { pilotId: ws.pilot.id, ...maya });
    const before = await ws.ok('profiles.list', {});
    const res = await ws.call('profiles.save', {
      pilotId: ws.pilot.id,
      name: 'Sam Park',
      handles: [
        { platform: 'tiktok', handle: 'sampark' },
        { platform: 'instagram', handle: 'Maya.Makes' },
      ],
    });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.field).toBe('handles.1.handle');
      expect(res.error.issues?.[0]?.message).toBe("@Maya.Makes on instagram is already Maya Lin's profile");
    }
    // Same handle text on another platform is another person.
    expect(await ws.ok('profiles.list', {})).toEqual(before);
    const board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    expect(board.prospects).toHaveLength(1);

    const twice = await ws.call('profiles.save', {
      name: 'Twice',
      handles: [
        { platform: 'x', handle: 'twice' },
        { platform: 'x', handle: 'TWICE' },
      ],
    });
    expect(twice.ok || twice.error.field).toBe('handles.1.handle');
    await ws.ok('profiles.save', { name: 'Maya on X', handles: [{ platform: 'x', handle: 'maya.makes' }] });
  });

  it('names bad input: engagement text, an unknown pilot or profile', async () => {
    const ws = await sourcingWorkspace();
    const bad = await ws.call('profiles.save', { ...maya, engagementRate: 'lots' });
    expect(bad.ok || bad.error.field).toBe('engagementRate');
    const noPilot = await ws.call('profiles.save', { ...maya, pilotId: 999 });
    expect(noPilot.ok || noPilot.error.field).toBe('pilotId');
    const noProfile = await ws.call('profiles.save', { ...maya, creatorId: 999 });
    expect(noProfile.ok || noProfile.error.field).toBe('creatorId');
    expect(await ws.ok('profiles.list', {})).toEqual([]);
  });

  it('puts existing profiles on another pilot, leaving members as they are', async () => {
    const ws = await sourcingWorkspace();
    const { creatorId } = await ws.addProspect('maya');
    const other = await ws.ok('profiles.save', { name: 'Sam', handles: [{ platform: 'instagram', handle: 'sam' }] });
    const added = await ws.ok('sourcing.addToPilot', {
      pilotId: ws.pilot.id,
      creatorIds: [creatorId, other.creatorId],
    });
    expect(added).toMatchObject({ moved: 1, unchanged: 1, warnings: [] });
    const board = await ws.ok('sourcing.board', { pilotId: ws.pilot.id });
    expect(board.counts.longlist).toBe(2);
    const missing = await ws.call('sourcing.addToPilot', { pilotId: ws.pilot.id, creatorIds: [424242] });
    expect(missing.ok || missing.error.field).toBe('creatorIds');
  });
});
