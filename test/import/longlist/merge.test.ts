/** The same person is merged, not doubled: across imports, across pilots, and within one file. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketCounts, importFile, preview } from '../../helpers/imports';
import { newWorkspace } from '../../helpers/workspace';
import { count, fixture, pilot, profiles } from './helpers';

describe('merging longlists', () => {
  it('a second import merges into the profiles of the first, listing what changes; the same file again adds nothing', async () => {
    const ws = newWorkspace();
    await importFile(ws, { kind: 'longlist', file: fixture('hand-kept.xlsx') });
    const second = await importFile(ws, { kind: 'longlist', file: fixture('modash-instagram.csv') });
    expect(bucketCounts(second)).toEqual({ added: 4, updated: 1 });
    const maya = second.longlistRows?.find((r) => r.name === 'Maya Lin');
    expect(maya).toMatchObject({ row: 2, bucket: 'updated' });
    expect(maya?.changes).toEqual([
      'profile link — → https://www.instagram.com/maya.makes/',
      'followers 12,500 → 12,800',
      'engagement 3.2% → 3.35%',
      'city — → Berlin',
    ]);
    // Blank cells keep what is there; the TikTok handle from the first import stays.
    const after = profiles(ws).find((p) => p.name === 'Maya Lin');
    expect(after).toMatchObject({
      followers: 12_800,
      engagementBp: 335,
      avgViews: 4_100,
      city: 'Berlin',
      categories: ['skincare', 'beauty'],
      handles: [
        { platform: 'instagram', handle: 'maya.makes' },
        { platform: 'tiktok', handle: 'mayamakes' },
      ],
    });
    expect(profiles(ws)).toHaveLength(9);

    const again = await preview(ws, { kind: 'longlist', file: fixture('modash-instagram.csv') });
    expect(bucketCounts(again.preview ?? ({} as never))).toEqual({ unchanged: 5 });
    expect(again.preview?.warnings[0]).toMatch(/^This exact file was imported before \(import 2, /);
    // Her TikTok handle, in any case, finds her from a third tool's export too.
    const third = await importFile(ws, { kind: 'longlist', file: fixture('hypeauditor-tiktok.xlsx') });
    expect(third.longlistRows?.find((r) => r.row === 2)).toMatchObject({ bucket: 'updated', name: 'Maya Lin' });
    expect(profiles(ws)).toHaveLength(12);
  });

  it('a merge never drops what the user wrote: names, emails, places and notes are kept, lists only gain items', async () => {
    const ws = newWorkspace();
    const typed = await ws.ok('profiles.save', {
      name: 'Maya Lin-Park',
      handles: [{ platform: 'instagram', handle: 'Maya.Makes' }],
      email: 'maya@studio.example',
      followers: '12000',
      engagementRate: '2.9%',
      city: 'Hamburg',
      country: 'Germany',
      categories: ['Vegan', 'skincare'],
      audienceNotes: 'Mostly students; asked us for a code last spring',
      pastBrands: ['Weleda'],
    });
    const file = join(ws.dir, 'tool.csv');
    writeFileSync(
      file,
      [
        'Username,Full name,Followers,Engagement rate,City,Country,Email,Categories,Audience,Brands',
        'maya.makes,Maya Lin,12.8K,3.35%,Berlin,DE,maya@example.com,"skincare, beauty",Gen Z,"Glossier, weleda"',
      ].join('\n'),
    );
    const merged = await importFile(ws, { kind: 'longlist', file: { path: file } });
    // The row shows the profile as it will be: her name and country stay, the new follower count shows.
    expect(merged.longlistRows?.[0]).toMatchObject({
      bucket: 'updated',
      creatorId: typed.creatorId,
      name: 'Maya Lin-Park',
      country: 'Germany',
      followers: 12_800,
    });
    expect(merged.longlistRows?.[0]?.changes).toEqual([
      'followers 12,000 → 12,800',
      'engagement 2.9% → 3.35%',
      'categories Vegan, skincare → Vegan, skincare, beauty',
      'past brands Weleda → Weleda, Glossier',
    ]);
    expect(profiles(ws)).toEqual([
      expect.objectContaining({
        name: 'Maya Lin-Park',
        email: 'maya@studio.example',
        city: 'Hamburg',
        audienceNotes: 'Mostly students; asked us for a code last spring',
        followers: 12_800,
        engagementBp: 335,
        categories: ['Vegan', 'skincare', 'beauty'],
        pastBrands: ['Weleda', 'Glossier'],
      }),
    ]);
  });

  it("later rows of the same person in one file add their categories and brands to the first row's", async () => {
    const ws = newWorkspace();
    const file = join(ws.dir, 'two-tabs.csv');
    writeFileSync(
      file,
      [
        'Instagram,TikTok,Name,Categories,Brands',
        'ana.cooks,,Ana,food,Knorr',
        'Ana.Cooks,ana.tt,,"Food, travel","Knorr; Alpro"',
      ].join('\n'),
    );
    await importFile(ws, { kind: 'longlist', file: { path: file } });
    expect(profiles(ws)).toEqual([
      expect.objectContaining({ name: 'Ana', categories: ['food', 'travel'], pastBrands: ['Knorr', 'Alpro'] }),
    ]);
  });

  it('a profile already in pilot A is reused when imported into pilot B; each pilot gets its longlist as one logged move', async () => {
    const ws = newWorkspace();
    process.env.PILOTDESK_USER = 'Lena';
    const a = await pilot(ws, 'Autumn');
    const b = await pilot(ws, 'Winter');
    const intoA = await importFile(ws, { kind: 'longlist', file: fixture('modash-instagram.csv'), pilotId: a.id });
    expect(intoA.warnings).toContain('5 profiles will join the longlist of Autumn.');
    const intoB = await importFile(ws, { kind: 'longlist', file: fixture('hand-kept.xlsx'), pilotId: b.id });
    expect(bucketCounts(intoB)).toMatchObject({ added: 4, updated: 1 });
    expect(intoB.longlistRows?.find((r) => r.name === 'Maya Lin')?.changes).toContain('joins the longlist of Winter');
    expect(intoB.warnings).toContain('5 profiles will join the longlist of Winter.');
    expect(count(ws, "creators WHERE name = 'Maya Lin'")).toBe(1);
    const memberships = ws.session.db
      .prepare(
        `SELECT p.name AS pilot, pc.stage, pc.stage_changed_at IS NOT NULL AS stamped FROM pilot_creators pc
         JOIN pilots p ON p.id = pc.pilot_id JOIN creators c ON c.id = pc.creator_id WHERE c.name = 'Maya Lin' ORDER BY p.name`,
      )
      .all();
    expect(memberships).toEqual([
      { pilot: 'Autumn', stage: 'longlist', stamped: 1 },
      { pilot: 'Winter', stage: 'longlist', stamped: 1 },
    ]);
    const moves = ws.session.db
      .prepare(
        `SELECT p.name AS pilot, count(*) AS members, count(DISTINCT m.move_id) AS moves, min(m.by_user) AS by,
           max(m.from_stage) AS fromStage, min(m.to_stage) AS toStage
         FROM stage_moves m JOIN pilot_creators pc ON pc.id = m.pilot_creator_id JOIN pilots p ON p.id = pc.pilot_id
         GROUP BY p.name ORDER BY p.name`,
      )
      .all();
    expect(moves).toEqual([
      { pilot: 'Autumn', members: 5, moves: 1, by: 'Lena', fromStage: null, toStage: 'longlist' },
      { pilot: 'Winter', members: 5, moves: 1, by: 'Lena', fromStage: null, toStage: 'longlist' },
    ]);
    const again = await importFile(ws, { kind: 'longlist', file: fixture('hand-kept.xlsx'), pilotId: b.id });
    expect(bucketCounts(again)).toMatchObject({ unchanged: 5 });
    expect(again.warnings).toContain('No profile joins the longlist of Winter: every one is in that pilot already.');
    expect(count(ws, 'profile_revisions')).toBe(10);
    expect(count(ws, "activity_log WHERE action = 'import.longlist'")).toBe(3);
    delete process.env.PILOTDESK_USER;
  });

  it('rows of one person in a file are merged into the first; rows naming two people are rejected, naming them', async () => {
    const ws = newWorkspace();
    await importFile(ws, { kind: 'longlist', file: fixture('modash-instagram.csv') });
    const file = join(ws.dir, 'mixed.csv');
    writeFileSync(
      file,
      [
        'Name,Instagram,TikTok,Followers',
        'Dana,dana.daily,,10K', // row 2
        'Dana D.,,dana.tt,', // row 3: someone else until row 4 ties them
        'Dana Dee,DANA.DAILY,dana.tt,11K', // row 4: both rows 2 and 3 -> refused
        'Clara,clara.skin,clara.tt,24K', // row 5: Clara from the first import
        'C. Jensen,,clara.tt,', // row 6: the same Clara, by the handle row 5 added
        'Mix,maya.makes,clara.tt,', // row 7: Maya's and Clara's handles on one row
        'Dana again,dana.daily,dana.tt2,', // row 8: Dana's second TikTok
      ].join('\n'),
    );
    const p = (await preview(ws, { kind: 'longlist', file: { path: file } })).preview;
    expect(p?.longlistRows?.map((r) => [r.row, r.bucket, r.reason])).toEqual([
      [2, 'added', null],
      [3, 'added', null],
      [4, 'rejected', 'Row 4, its handles are on rows 2 and 3, which are different people; put each person on one row'],
      [5, 'updated', 'followers 23,450 → 24,000; adds @clara.tt on tiktok'],
      [6, 'excluded', 'Same profile as row 5'],
      [
        7,
        'rejected',
        'Row 7, its handles belong to different people: Maya Lin (@maya.makes) and Clara Jensen (@clara.skin)',
      ],
      [8, 'excluded', 'Same profile as row 2'],
    ]);
    expect(p?.longlistRows?.find((r) => r.row === 2)?.handles).toEqual([
      { platform: 'instagram', handle: 'dana.daily' },
      { platform: 'tiktok', handle: 'dana.tt2' },
    ]);
  });
});
