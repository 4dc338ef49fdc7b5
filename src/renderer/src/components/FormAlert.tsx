/** Errors that belong to no single field. Always in the DOM so screen readers announce changes. */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div className="alert" role="alert" tabIndex={-1}>
      {message}
    </div>
  );
}
