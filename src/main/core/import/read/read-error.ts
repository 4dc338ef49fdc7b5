/**
 * The one error the read layer lets out: a refused file or a stopped read.
 * Its message is shown to the user as is, so it names the file's problem in
 * plain words and, where the user can act, says how.
 */

export type ReadErrorCode =
  /** Over a limit the user can raise (file size, uncompressed size, cells). */
  | 'too-large'
  /** A spreadsheet whose declared sizes or ranges are absurd: refused before any heavy work. */
  | 'hostile'
  /** Not a file we can read as a table (garbage, a web page, a broken workbook). */
  | 'unreadable'
  /** Nothing in it. */
  | 'empty'
  /** The sheet asked for is not in the workbook. */
  | 'unknown-sheet'
  /** The caller's AbortSignal fired. */
  | 'cancelled';

export class ReadError extends Error {
  override readonly name = 'ReadError';

  constructor(
    message: string,
    readonly code: ReadErrorCode = 'unreadable',
  ) {
    super(message);
  }
}

export function cancelled(): ReadError {
  return new ReadError('The import was cancelled.', 'cancelled');
}

/** "12.5 MB" / "800 KB": sizes as a person reads them in a message. */
export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${trim(bytes / (1024 * 1024 * 1024))} GB`;
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

const trim = (n: number) => (n >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10));
