import type { ImportPreview } from '../../../../shared/imports';
import { count } from '../../format';
import { RECORD_NOUNS, recordsIn, rowsIn } from './bucket-sums';

/**
 * The counts a user reads first: how many are new, changed, already there,
 * left out. "0 new" on a re-import is the promise that nothing doubles.
 */
export function ImportHeadline({ preview, done }: { preview: ImportPreview; done: boolean }) {
  const excluded = recordsIn(preview, 'excluded');
  const rejected = rowsIn(preview, 'rejected');
  const addedCount = recordsIn(preview, 'added');
  const added = count(addedCount);
  const noun = `${RECORD_NOUNS[preview.kind]}${addedCount === 1 ? '' : 's'}`;
  const parts = [
    `${count(recordsIn(preview, 'updated'))} ${done ? 'updated' : 'changed'}`,
    `${count(recordsIn(preview, 'unchanged'))} already imported`,
    `${count(excluded)} excluded`,
    `${count(rejected)} ${rejected === 1 ? 'row' : 'rows'} rejected`,
  ];
  return (
    <p className="import-headline" role="status" aria-label={done ? 'Import summary' : 'Import preview summary'}>
      <strong>{done ? `${added} ${noun} added` : `${added} new ${noun}`}</strong>, {parts.join(', ')}
    </p>
  );
}
