/** Longlist cell values, table-driven: counts, percentages, handles and yes/no, read exactly. */

import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../src/main/core/import/values/counts';
import { readHandleCell } from '../../../src/main/core/import/values/handles';
import { parseYesNo, splitList } from '../../../src/main/core/import/values/lists';
import { parsePercentPoints, readingOf } from '../../../src/main/core/import/values/percent-points';

const MAX = 2_000_000_000;

describe('follower counts and average views', () => {
  it.each([
    ['850', 850],
    ['12500', 12_500],
    ['12.5K', 12_500],
    ['12,5k', 12_500],
    ['12.5 K', 12_500],
    ['1,2 M', 1_200_000],
    ['1.2M', 1_200_000],
    ['1.5 Mio', 1_500_000],
    ['1,5 Mio.', 1_500_000],
    ['3 Tsd.', 3_000],
    ['12 mil', 12_000],
    ['12,500', 12_500],
    ['12.500', 12_500],
    ['12 500', 12_500],
    ['12\u00a0500', 12_500],
    ['12\u202f500', 12_500],
    ["12'500", 12_500],
    ['1,234,567', 1_234_567],
    ['1.234.567', 1_234_567],
    ['1,234.5', 1_234],
    ['1,235.5', 1_236],
    ['1234.5', 1_234],
    ['1.2345K', 1_234],
    ['1.2355K', 1_236],
    ['0.5K', 500],
    ['10K+', 10_000],
    ['~12K', 12_000],
    ['ca. 1,2 Mio', 1_200_000],
    ['12.5K followers', 12_500],
    ['4,100 views', 4_100],
  ])('%j is %d', (text, expected) => {
    expect(parseCount(text, MAX)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['3B', 'is not a count (write it like 12,500, 12.5K or 1.2M)'],
    ['lots', 'is not a count (write it like 12,500, 12.5K or 1.2M)'],
    ['12,50,0', 'is not a count (write it like 12,500, 12.5K or 1.2M)'],
    ['1.234,567.8', 'is not a count (write it like 12,500, 12.5K or 1.2M)'],
    ['1.2E+06', 'is not a count (write it like 12,500, 12.5K or 1.2M)'],
    ['-200', 'is negative'],
    ['', 'is empty'],
    ['3000M', 'is more than 2,000,000,000'],
  ])('%j is refused: %s', (text, message) => {
    expect(parseCount(text, MAX)).toEqual({ ok: false, message });
  });
});

describe('engagement rates to basis points', () => {
  it.each([
    ['3.2%', 'percent', 320],
    ['3,2 %', 'percent', 320],
    ['3.2', 'percent', 320],
    ['0.8', 'percent', 80],
    ['0.032', 'fraction', 320],
    ['0.0335', 'fraction', 335],
    ['0.03345', 'fraction', 334],
    ['0.03355', 'fraction', 336],
    ['4 %', 'fraction', 400],
    ['12.345%', 'percent', 1234],
    ['1', 'fraction', 10_000],
  ] as const)('%j read as %s is %d bp', (text, reading, bp) => {
    expect(parsePercentPoints(text, reading, 100_000)).toEqual({ ok: true, value: bp });
  });

  it.each(['high', '3.2.1%', '-2%', '%'])('%j is refused', (text) => {
    expect(parsePercentPoints(text, 'percent', 100_000).ok).toBe(false);
  });

  it('decides per column whether numbers without % are fractions', () => {
    expect(readingOf(['0.032', '0.041', '1', ''])).toBe('fraction');
    expect(readingOf(['3.2', '0.8', '4.1'])).toBe('percent');
    expect(readingOf(['3.2%', '4 %'])).toBeNull();
    expect(readingOf(['3.2%', '0.05'])).toBe('fraction');
    expect(readingOf(['1.5'])).toBe('percent');
  });
});

describe('handles', () => {
  it.each([
    ['@maya.makes', [['instagram', 'maya.makes']]],
    [
      '@maya.makes, @mayamakes (TikTok)',
      [
        ['instagram', 'maya.makes'],
        ['tiktok', 'mayamakes'],
      ],
    ],
    [
      '@a; @b | @c',
      [
        ['instagram', 'a'],
        ['instagram', 'b'],
        ['instagram', 'c'],
      ],
    ],
    [
      '@a / @b',
      [
        ['instagram', 'a'],
        ['instagram', 'b'],
      ],
    ],
    [
      '@a/@b',
      [
        ['instagram', 'a'],
        ['instagram', 'b'],
      ],
    ],
    [
      '@a @b',
      [
        ['instagram', 'a'],
        ['instagram', 'b'],
      ],
    ],
    [
      '@a\n@b [YT]',
      [
        ['instagram', 'a'],
        ['youtube', 'b'],
      ],
    ],
    ['TikTok: mayamakes', [['tiktok', 'mayamakes']]],
    ['TikTok: @mayamakes', [['tiktok', 'mayamakes']]],
    [
      'IG: @maya.makes, YT: @mayamakes',
      [
        ['instagram', 'maya.makes'],
        ['youtube', 'mayamakes'],
      ],
    ],
    // A sentence's full stop is not part of the handle: "@maya.makes." is the same person as "@maya.makes".
    ['@maya.makes.', [['instagram', 'maya.makes']]],
    ['maya.makes. (TikTok)', [['tiktok', 'maya.makes']]],
    ['instagram.com/maya', [['instagram', 'maya']]],
    ['https://www.instagram.com/maya.makes/?hl=de', [['instagram', 'maya.makes']]],
    ['https://www.tiktok.com/@maya.makes?lang=en', [['tiktok', 'maya.makes']]],
    ['youtube.com/@mayamakes', [['youtube', 'mayamakes']]],
    ['https://youtube.com/c/MayaMakes', [['youtube', 'MayaMakes']]],
    ['https://www.youtube.com/channel/UC1234abcd', [['youtube', 'UC1234abcd']]],
    ['https://twitter.com/maya', [['x', 'maya']]],
    ['x.com/maya_m', [['x', 'maya_m']]],
    ['https://pinterest.co.uk/mayamakes/', [['pinterest', 'mayamakes']]],
    ['twitch.tv/maya', [['twitch', 'maya']]],
    ['m.facebook.com/maya.makes', [['facebook', 'maya.makes']]],
  ])('%j', (text, expected) => {
    const read = readHandleCell(text, 'instagram');
    expect(read.ok && read.value.handles.map((h) => [h.platform, h.handle])).toEqual(expected);
  });

  it('gives a bare handle the platform it is told', () => {
    const read = readHandleCell('mayamakes', 'tiktok');
    expect(read.ok && read.value.handles).toEqual([{ platform: 'tiktok', handle: 'mayamakes' }]);
  });

  it.each([
    ['maya makes', '"maya makes" is not a handle (1 to 64 letters, digits, dots, dashes and underscores)'],
    ['https://instagram.com/p/Cx12', '"https://instagram.com/p/Cx12" names no instagram account'],
    ['https://linktr.ee/maya', '"https://linktr.ee/maya" is not a profile link on a platform Pilotdesk knows'],
    [`@${'a'.repeat(65)}`, expect.stringMatching(/is not a handle/)],
  ])('%j is refused', (text, message) => {
    expect(readHandleCell(text, 'instagram')).toEqual({ ok: false, message });
  });

  it('keeps a link to another site as a link, when asked', () => {
    expect(readHandleCell('https://linktr.ee/maya', 'instagram', 'keep')).toEqual({
      ok: true,
      value: { handles: [], urls: ['https://linktr.ee/maya'] },
    });
  });
});

describe('lists and yes/no', () => {
  it('splits lists on , ; | / and line breaks, without blanks or repeats', () => {
    expect(splitList('skincare, beauty; Beauty | makeup / men\nhair,,')).toEqual([
      'skincare',
      'beauty',
      'makeup',
      'men',
      'hair',
    ]);
  });

  it.each([
    ['yes', true],
    ['Y', true],
    ['TRUE', true],
    ['1', true],
    ['x', true],
    ['✓', true],
    ['ja', true],
    ['oui', true],
    ['sí', true],
    ['si', true],
    ['3', true],
    ['no', false],
    ['FALSE', false],
    ['0', false],
    ['nein', false],
    ['non', false],
    ['', null],
  ])('%j is %s', (text, expected) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value: expected });
  });

  it('refuses other words', () => {
    expect(parseYesNo('sometimes')).toEqual({ ok: false, message: 'is not yes or no' });
  });
});
