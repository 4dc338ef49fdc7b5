/**
 * OpenDocument sheets compress runs of equal cells with "repeated"
 * attributes, and SheetJS writes out every repeated copy of a cell that has
 * content: one row repeated a million times holding a cell repeated 16384
 * times is 17 billion cells. This counts what a sheet's XML would make
 * SheetJS allocate, before SheetJS sees it.
 */

import { ReadError } from './read-error';

const ROW_TAGS = [Buffer.from('table-row'), Buffer.from('行')];
const CELL_TAGS = [Buffer.from('table-cell'), Buffer.from('数据')];

/** Refuses content.xml whose cells, repeats multiplied out, exceed maxCells. */
export function checkOdsRepeats(xml: Buffer, fileName: string, maxCells: number): void {
  let rowRepeat = 1;
  let cells = 0;
  for (let at = xml.indexOf(0x3c); at >= 0; at = xml.indexOf(0x3c, at + 1)) {
    const tag = openTagAt(xml, at);
    if (!tag) continue;
    if (ROW_TAGS.some((t) => t.equals(tag.name))) {
      rowRepeat = largest(attributes(tag.text, 'number-rows-repeated'), (v) => Number(v) || 1);
    } else if (CELL_TAGS.some((t) => t.equals(tag.name)) && !tag.selfClosing) {
      const columnRepeat = largest(attributes(tag.text, 'number-columns-repeated'), (v) => Number.parseInt(v, 10) || 1);
      cells += rowRepeat * columnRepeat;
      if (cells > maxCells) {
        throw new ReadError(
          `"${fileName}" was refused: its sheets repeat cells into more than ${maxCells.toLocaleString('en')} cells.`,
          'hostile',
        );
      }
    }
    at = tag.end;
  }
}

interface OpenTag {
  /** Local name, namespace prefix dropped (SheetJS ignores prefixes too). */
  name: Buffer;
  text: string;
  selfClosing: boolean;
  end: number;
}

function openTagAt(xml: Buffer, at: number): OpenTag | null {
  const first = xml[at + 1];
  if (first === undefined || first === 0x2f || first === 0x3f || first === 0x21) return null; // </, <?, <!
  const end = xml.indexOf(0x3e, at);
  if (end < 0) return null;
  let nameEnd = at + 1;
  while (nameEnd < end && !isSpace(xml[nameEnd] as number) && xml[nameEnd] !== 0x2f) nameEnd++;
  const qualified = xml.subarray(at + 1, nameEnd);
  const colon = qualified.lastIndexOf(0x3a);
  const name = colon >= 0 ? qualified.subarray(colon + 1) : qualified;
  // Attributes are only read on the two tags that matter; every other tag is skipped by its bytes.
  const interesting = ROW_TAGS.some((t) => t.equals(name)) || CELL_TAGS.some((t) => t.equals(name));
  return {
    name,
    text: interesting ? xml.toString('utf8', nameEnd, end) : '',
    selfClosing: xml[end - 1] === 0x2f,
    end,
  };
}

/** Every value of an attribute, whatever its prefix: a crafted tag may carry it twice. */
function attributes(tagText: string, localName: string): string[] {
  const pattern = new RegExp(`(?:^|[\\s:])${localName}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
  return [...tagText.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? '');
}

/** The largest repeat count among the values, read as SheetJS reads them; 1 when absent. */
function largest(values: string[], read: (value: string) => number): number {
  return values.reduce((most, v) => Math.max(most, read(v)), values.length ? 0 : 1);
}

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
