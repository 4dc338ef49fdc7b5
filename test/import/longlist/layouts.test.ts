/** Each longlist layout (discovery-tool exports and a sheet kept by hand) read to the exact profiles it holds. */

import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../src/shared/imports';
import { unknownDetails } from '../../../src/shared/sourcing';
import { bucketCounts, bucketsAddUp, importFile, preview } from '../../helpers/imports';
import { newWorkspace } from '../../helpers/workspace';
import { fixture, profiles } from './helpers';

const none = unknownDetails();

const HAND_KEPT = [
  {
    ...none,
    name: 'Ella Novak',
    handles: [{ platform: 'instagram', handle: 'ella.novak' }],
    followers: 850,
    engagementBp: 900,
    country: 'Austria',
    categories: ['beauty'],
    shoppingLinks: false,
  },
  {
    ...none,
    name: 'Jonas Weber',
    handles: [{ platform: 'instagram', handle: 'jonas.glow' }],
    profileUrl: 'https://instagram.com/jonas.glow',
    followers: 1_200_000,
    engagementBp: 290,
    avgViews: 85_000,
    country: 'DE',
    categories: ['grooming'],
    shoppingLinks: false,
  },
  {
    ...none,
    name: 'Maya Lin',
    handles: [
      { platform: 'instagram', handle: 'maya.makes' },
      { platform: 'tiktok', handle: 'mayamakes' },
    ],
    email: 'maya@example.com',
    followers: 12_500,
    engagementBp: 320,
    avgViews: 4_100,
    country: 'Germany',
    categories: ['skincare', 'beauty'],
    audienceNotes: 'Mostly women 25-34',
    pastBrands: ['Glossier', 'Weleda'],
    shoppingLinks: true,
  },
  {
    ...none,
    name: 'Sofia Ricci',
    handles: [
      { platform: 'instagram', handle: 'sofia.skin' },
      { platform: 'tiktok', handle: 'sofiaskin' },
    ],
    email: 'sofia@ricci.it',
    profileUrl: 'https://tiktok.com/@sofiaskin',
    followers: 48_200,
    engagementBp: 510,
    country: 'Italy',
    categories: ['skincare'],
    shoppingLinks: true,
  },
  {
    ...none,
    name: 'Tom Becker',
    handles: [
      { platform: 'youtube', handle: 'tombecker' },
      { platform: 'tiktok', handle: 'tombecker.tt' },
    ],
    email: 'tom@becker.de',
    profileUrl: 'https://youtube.com/@tombecker',
    followers: 1_500_000,
    engagementBp: 680,
    avgViews: 210_000,
    country: 'Germany',
    categories: ['beauty', 'men'],
    pastBrands: ['Nivea'],
    shoppingLinks: true,
  },
];

describe('longlist layouts', () => {
  it('a sheet kept by hand: title rows, several handles a row, decimal commas, a duplicate and bad rows', async () => {
    const ws = newWorkspace();
    const job = await preview(ws, { kind: 'longlist', file: fixture('hand-kept.xlsx') });
    expect(job.state).toBe('ready');
    const p = job.preview as ImportPreview;
    expect(p).toMatchObject({ kind: 'longlist', headerRow: 4, needsMapping: false, rowsRead: 8 });
    expect(p.columns.filter((c) => c.header).map((c) => [c.field, c.header])).toEqual([
      ['name', 'Creator'],
      ['handle', 'Handles'],
      ['followers', 'Followers'],
      ['engagementRate', 'ER'],
      ['avgViews', 'Avg views'],
      ['country', 'Country'],
      ['categories', 'Categories'],
      ['audienceNotes', 'Notes'],
      ['email', 'Email'],
      ['pastBrands', 'Past brands'],
      ['shoppingLinks', 'Shopping links'],
    ]);
    expect(bucketCounts(p)).toEqual({ added: 5, 'excluded:same profile as an earlier row': 0, rejected: 0 });
    expect(bucketsAddUp(p).rows).toBe(true);
    expect(p.longlistRows?.map((r) => [r.row, r.bucket, r.reason])).toEqual([
      [5, 'added', null],
      [6, 'added', null],
      [7, 'added', null],
      [8, 'rejected', expect.stringMatching(/^Row 8, no handle/)],
      [9, 'rejected', 'Row 9, Followers: "lots" is not a count (write it like 12,500, 12.5K or 1.2M)'],
      [10, 'excluded', 'Same profile as row 5'],
      [11, 'added', null],
      [12, 'added', null],
    ]);
    expect(p.warnings).toEqual([
      '1 email is not an email address and was left out (the rest of the row is kept): row 6 ("jonas@weber").',
    ]);
    expect(profiles(ws)).toEqual([]);

    await importFile(ws, { kind: 'longlist', file: fixture('hand-kept.xlsx') });
    expect(profiles(ws)).toEqual(HAND_KEPT);
  });

  it('the same sheet saved as a semicolon CSV lands the same', async () => {
    const ws = newWorkspace();
    const done = await importFile(ws, { kind: 'longlist', file: fixture('hand-kept.csv') });
    expect(done.headerRow).toBe(4);
    expect(profiles(ws)).toEqual(HAND_KEPT);
  });

  it('a Modash export: engagement as fractions, said so in the preview', async () => {
    const ws = newWorkspace();
    const done = await importFile(ws, { kind: 'longlist', file: fixture('modash-instagram.csv') });
    expect(bucketCounts(done)).toEqual({ added: 5 });
    expect(done.warnings).toContain(
      'Engagement rates without a % sign in "Engagement rate" are all at most 1, so they were read as fractions (0.032 = 3.2%).',
    );
    const all = profiles(ws);
    expect(all.map((p) => [p.name, p.handles, p.followers, p.engagementBp, p.country, p.city])).toEqual([
      ['Clara Jensen', [{ platform: 'instagram', handle: 'clara.skin' }], 23_450, 412, 'Denmark', 'Copenhagen'],
      ['Ines Moreau', [{ platform: 'instagram', handle: 'the.serum.diaries' }], 156_000, 121, 'France', 'Lyon'],
      ['Lukas Brandt', [{ platform: 'instagram', handle: 'lukas.grooms' }], 8_900, 655, 'Austria', 'Vienna'],
      ['Maya Lin', [{ platform: 'instagram', handle: 'maya.makes' }], 12_800, 335, 'Germany', 'Berlin'],
      ['Noor Haddad', [{ platform: 'instagram', handle: 'glowwithnoor' }], 41_200, 287, 'Germany', 'Hamburg'],
    ]);
    expect(all[3]).toMatchObject({ profileUrl: 'https://www.instagram.com/maya.makes/', email: 'maya@example.com' });
    expect(all[4]?.email).toBeNull();
  });

  it('a HypeAuditor workbook: the platform column gives bare handles their platform; ER cells are fractions', async () => {
    const ws = newWorkspace();
    await importFile(ws, { kind: 'longlist', file: fixture('hypeauditor-tiktok.xlsx') });
    expect(profiles(ws).map((p) => [p.name, p.handles, p.followers, p.engagementBp, p.avgViews, p.categories])).toEqual(
      [
        ['Dan Okoro', [{ platform: 'tiktok', handle: 'derma.dan' }], 87_500, 480, 40_100, ['Skincare']],
        ['Maya Lin', [{ platform: 'tiktok', handle: 'mayamakes' }], 31_200, 610, 15_400, ['Beauty']],
        ['Mia Svensson', [{ platform: 'tiktok', handle: 'minimal.mia' }], 5_400, 735, 2_900, ['Lifestyle']],
        ['Sina Yilmaz', [{ platform: 'tiktok', handle: 'schminkmitsina' }], 19_300, 920, 12_800, ['Makeup']],
      ],
    );
  });

  it('an Upfluence .xls: the name from two columns, the platform from each link', async () => {
    const ws = newWorkspace();
    const done = await importFile(ws, { kind: 'longlist', file: fixture('upfluence.xls') });
    expect(done.columns.find((c) => c.field === 'name')?.header).toBe('first_name + last_name');
    expect(profiles(ws).map((p) => [p.name, p.handles, p.profileUrl, p.city, p.country])).toEqual([
      [
        'Clara Jensen',
        [{ platform: 'instagram', handle: 'clara.skin' }],
        'https://instagram.com/clara.skin',
        'Copenhagen',
        'DK',
      ],
      ['Dan Okoro', [{ platform: 'x', handle: 'dermadan' }], 'https://x.com/dermadan', 'London', 'GB'],
      [
        'Hugo Lambert',
        [{ platform: 'youtube', handle: 'HugoLambertBeauty' }],
        'https://www.youtube.com/c/HugoLambertBeauty',
        'Paris',
        'FR',
      ],
      [
        'Kai Richter',
        [{ platform: 'twitch', handle: 'kai_plays_skin' }],
        'https://www.twitch.tv/kai_plays_skin',
        'Leipzig',
        'DE',
      ],
      [
        'Pia Wolf',
        [{ platform: 'pinterest', handle: 'piawolfbeauty' }],
        'https://www.pinterest.de/piawolfbeauty/',
        'Munich',
        'DE',
      ],
    ]);
  });

  it('a Heepsy .ods: a column per platform, short counts, lists split on | and /', async () => {
    const ws = newWorkspace();
    await importFile(ws, { kind: 'longlist', file: fixture('heepsy.ods') });
    expect(profiles(ws)).toEqual([
      {
        ...none,
        name: 'Greta Lind',
        handles: [
          { platform: 'instagram', handle: 'greta.lind' },
          { platform: 'youtube', handle: 'UCgretalind2024' },
        ],
        email: 'greta@lind.se',
        profileUrl: 'https://www.youtube.com/channel/UCgretalind2024',
        followers: 1_100_000,
        engagementBp: 140,
        country: 'Sweden',
        city: 'Malmö',
        categories: ['Fashion'],
        shoppingLinks: false,
      },
      {
        ...none,
        name: 'Noor Haddad',
        handles: [
          { platform: 'instagram', handle: 'glowwithnoor' },
          { platform: 'tiktok', handle: 'glowwithnoor' },
        ],
        email: 'noor@haddad.de',
        followers: 41_200,
        engagementBp: 290,
        country: 'Germany',
        city: 'Hamburg',
        categories: ['Skincare', 'Beauty'],
        shoppingLinks: true,
      },
      {
        ...none,
        name: 'Omar Said',
        handles: [{ platform: 'tiktok', handle: 'omarsaidskin' }],
        followers: 67_300,
        engagementBp: 725,
        country: 'Netherlands',
        city: 'Utrecht',
        categories: ['Skincare', 'Men'],
        shoppingLinks: true,
      },
    ]);
  });

  it('the 300-row longlist lands whole', async () => {
    const ws = newWorkspace();
    const done = await importFile(ws, { kind: 'longlist', file: fixture('longlist-300.csv') });
    expect(bucketCounts(done)).toEqual({ added: 300 });
    const all = profiles(ws);
    expect(all).toHaveLength(300);
    for (const p of all) {
      expect(p.followers).toBeGreaterThanOrEqual(2_000);
      expect(p.followers).toBeLessThanOrEqual(400_000);
      expect(p.engagementBp).toBeGreaterThanOrEqual(50);
      expect(p.engagementBp).toBeLessThanOrEqual(900);
    }
    expect(all.filter((p) => p.country === 'Germany' || p.country === 'DE').length).toBeGreaterThan(60);
    expect(all.filter((p) => p.email).length).toBeGreaterThan(220);
  });
});
