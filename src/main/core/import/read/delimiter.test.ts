import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from './delimiter';

describe('sniffDelimiter', () => {
  it('picks the most frequent candidate outside quotes on the header line', () => {
    expect(sniffDelimiter('Name,Total,Currency\n')).toEqual({ delimiter: ',', headerRow: 1 });
    expect(sniffDelimiter('Datum;Betrag;"Notiz, lang"\n')).toEqual({ delimiter: ';', headerRow: 1 });
    expect(sniffDelimiter('Order\tTotal\r\n')).toEqual({ delimiter: '\t', headerRow: 1 });
    expect(sniffDelimiter('a|b|c')).toEqual({ delimiter: '|', headerRow: 1 });
  });

  it('skips "#" comment lines and blank lines, counting them in the header row', () => {
    expect(sniffDelimiter('# Report, with, commas\n\n# End date: 20260630\r\nsource;sessions\n')).toEqual({
      delimiter: ';',
      headerRow: 4,
    });
  });

  it('passes over a preamble longer than the lines it looks ahead', () => {
    const preamble = Array.from({ length: 12 }, (_, i) => `# line ${i}, with; separators`).join('\n');
    expect(sniffDelimiter(`${preamble}\nDate;Sessions\n20260302;41\n`)).toEqual({ delimiter: ';', headerRow: 13 });
  });

  it('reads a header cell opening a quote across lines as one field', () => {
    expect(sniffDelimiter('"Notes\nwith, commas";Total;Tax\n1;2;3\n')).toEqual({ delimiter: ';', headerRow: 1 });
  });

  it('does not let an inch mark inside a field open a quote', () => {
    expect(sniffDelimiter('Size 5" screen;Price;Qty\n')).toEqual({ delimiter: ';', headerRow: 1 });
  });

  it('settles a tie by the next line, then prefers the comma', () => {
    expect(sniffDelimiter('Date;Amount (1,000s)\n2026-07-06;12\n')).toEqual({ delimiter: ';', headerRow: 1 });
    expect(sniffDelimiter('a;b,c\n')).toEqual({ delimiter: ',', headerRow: 1 });
  });

  it('falls back to the comma for a single column', () => {
    expect(sniffDelimiter('code\nANNA10\n')).toEqual({ delimiter: ',', headerRow: 1 });
    expect(sniffDelimiter('\n\n')).toEqual({ delimiter: ',', headerRow: 1 });
  });
});
