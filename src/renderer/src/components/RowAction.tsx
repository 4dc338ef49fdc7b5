/** A small button acting on one row, named for screen readers with the row's subject ("Edit Maya Okafor"). */
export function RowAction({ label, subject, onClick }: { label: string; subject: string; onClick: () => void }) {
  return (
    <button type="button" className="button small" aria-label={`${label} ${subject}`} onClick={onClick}>
      {label}
    </button>
  );
}
