/** The read layer: imported files' bytes as rows of text cells. */

export { bareParse } from './bare-parse';
export { type OpenTableOptions, openTable } from './open-table';
export { ReadError, type ReadErrorCode } from './read-error';
export {
  DEFAULT_MAX_CELLS,
  type ReadLimits,
  type RowsOptions,
  type TableKind,
  type TableSource,
} from './table-source';
