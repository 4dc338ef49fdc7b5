import { describe, expect, it } from 'vitest';
import { chunkDecoder, detectEncoding } from './text-encoding';

describe('detectEncoding', () => {
  it('reads byte-order marks', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bomBytes: 3 });
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', bomBytes: 2 });
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', bomBytes: 2 });
  });

  it('takes valid UTF-8 as UTF-8 and anything else as Windows-1252', () => {
    expect(detectEncoding(Buffer.from('Café, 12 €', 'utf8')).encoding).toBe('utf-8');
    expect(detectEncoding(Buffer.from([0x43, 0x61, 0x66, 0xe9])).encoding).toBe('windows-1252');
  });
});

describe('Windows-1252', () => {
  it('decodes every byte 0x80-0x9F to its Windows-1252 character, not a C1 control', () => {
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(chunkDecoder('windows-1252').decode(bytes, true)).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ',
    );
  });

  it('decodes Latin-1 letters as themselves', () => {
    expect(chunkDecoder('windows-1252').decode(Buffer.from([0xe9, 0xfc, 0xdf, 0xa3]), true)).toBe('éüß£');
  });
});

describe('chunked UTF decoding', () => {
  it('joins a character split across chunks', () => {
    const bytes = Buffer.from('a😀é', 'utf8');
    const decoder = chunkDecoder('utf-8');
    expect(decoder.decode(bytes.subarray(0, 3), false) + decoder.decode(bytes.subarray(3), true)).toBe('a😀é');
    const le = Buffer.from('a😀é', 'utf16le');
    const utf16 = chunkDecoder('utf-16le');
    expect(utf16.decode(le.subarray(0, 3), false) + utf16.decode(le.subarray(3), true)).toBe('a😀é');
  });
});
