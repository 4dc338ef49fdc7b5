/**
 * Which character separates a text export's cells, read off its header line:
 * Excel in much of Europe writes ';', Excel's "Unicode text" writes tabs.
 */

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface SniffedLayout {
  delimiter: Delimiter;
  /** 1-based line of the first header-like line (after '#' comments and blank lines). */
  headerRow: number;
}

/** How many following lines may stand in for a header line without any candidate. */
const LOOKAHEAD_LINES = 5;

/**
 * Counts each candidate outside quotes on the first line that is not blank
 * and does not start with '#' (GA4 writes a '#' preamble), and picks the most
 * frequent. A tie is settled by the line after it (a delimiter repeats the same
 * count on every line), then by the order of DELIMITERS.
 */
export function sniffDelimiter(text: string): SniffedLayout {
  const lines = headLines(text, LOOKAHEAD_LINES + 1);
  // Lines are gathered until enough non-preamble ones are in hand, so a long '#' preamble is passed over whole.
  const first = lines.findIndex((l) => !isPreamble(l.text));
  if (first === -1) return { delimiter: ',', headerRow: 1 };
  const headerRow = (lines[first] as HeadLine).number;
  const candidates = lines.slice(first).filter((l) => !isPreamble(l.text));
  for (let i = 0; i < candidates.length; i++) {
    const counts = countOutsideQuotes((candidates[i] as HeadLine).text);
    const best = Math.max(...counts);
    if (best === 0) continue;
    const tied = DELIMITERS.filter((_, d) => counts[d] === best);
    if (tied.length === 1) return { delimiter: tied[0] as Delimiter, headerRow };
    const next = candidates[i + 1];
    const nextCounts = next ? countOutsideQuotes(next.text) : null;
    const steady = nextCounts ? tied.find((d) => nextCounts[DELIMITERS.indexOf(d)] === best) : undefined;
    return { delimiter: steady ?? (tied[0] as Delimiter), headerRow };
  }
  return { delimiter: ',', headerRow };
}

const isPreamble = (line: string) => line.trim() === '' || line.startsWith('#');

interface HeadLine {
  text: string;
  number: number;
}

/**
 * The first lines of the text, each line running to a newline outside quotes.
 * A quote opens a quoted field only at a field's start (after any candidate
 * delimiter), so an inch mark in `Size 5" screen` does not swallow the line.
 */
function headLines(text: string, wanted: number): HeadLine[] {
  const lines: HeadLine[] = [];
  let content = 0;
  let start = 0;
  let number = 1;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length && content < wanted; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
    } else if (c === '\n' || c === '\r') {
      const line = text.slice(start, i);
      lines.push({ text: line, number: number++ });
      if (!isPreamble(line)) content++;
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
      fieldStart = true;
    } else {
      fieldStart = (DELIMITERS as readonly string[]).includes(c as string);
    }
  }
  if (content < wanted && start < text.length) lines.push({ text: text.slice(start), number });
  return lines;
}

function countOutsideQuotes(line: string): number[] {
  const counts = DELIMITERS.map(() => 0);
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (line[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    const d = (DELIMITERS as readonly string[]).indexOf(c);
    if (d >= 0) counts[d] = (counts[d] as number) + 1;
    if (c === '"' && fieldStart) inQuotes = true;
    fieldStart = d >= 0;
  }
  return counts;
}
