import { MERGE_FIELD_LABELS, MERGE_FIELDS } from '../../../../shared/outreach';

interface MergeFieldChipsProps {
  /** Template variables beyond the merge fields (storeLink, language…). */
  variables: string[];
  onInsert(placeholder: string): void;
}

/** Buttons that insert {{field}} where the cursor was in the last text box used. */
export function MergeFieldChips({ variables, onInsert }: MergeFieldChipsProps) {
  const extra = variables.filter((v) => !(MERGE_FIELDS as readonly string[]).includes(v));
  return (
    <fieldset className="merge-chips">
      <legend className="visually-hidden">Insert a merge field</legend>
      {MERGE_FIELDS.map((f) => (
        <button
          key={f}
          type="button"
          className="chip"
          title={MERGE_FIELD_LABELS[f]}
          // Keeps the focus (and the cursor) in the text box being written.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onInsert(`{{${f}}}`)}
        >
          {`{{${f}}}`}
        </button>
      ))}
      {extra.map((v) => (
        <button
          key={v}
          type="button"
          className="chip variable"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onInsert(`{{${v}}}`)}
        >
          {`{{${v}}}`}
        </button>
      ))}
    </fieldset>
  );
}
