import { type FormEvent, useState } from 'react';

interface FileCurrencyProps {
  /** The currency the orders were read with, if any. */
  current: string | null;
  error: string | undefined;
  busy: boolean;
  onApply(currency: string): void;
}

/** For a file without a currency column: which currency its amounts are in. */
export function FileCurrency({ current, error, busy, onApply }: FileCurrencyProps) {
  const [text, setText] = useState(current ?? '');
  const [local, setLocal] = useState<string | null>(null);
  const shown = local ?? error;

  function apply(event: FormEvent) {
    event.preventDefault();
    const code = text.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) return setLocal('Write a three-letter currency code like EUR or USD.');
    setLocal(null);
    onApply(code);
  }

  return (
    <form className="field" onSubmit={apply} noValidate>
      <label htmlFor="import-currency">Currency of the amounts</label>
      <div className="inline-form">
        <input
          id="import-currency"
          className="input"
          value={text}
          maxLength={3}
          autoComplete="off"
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? 'import-currency-error' : 'import-currency-hint'}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          Apply
        </button>
      </div>
      {shown ? (
        <p className="field-error" id="import-currency-error">
          {shown}
        </p>
      ) : (
        <p className="field-hint" id="import-currency-hint">
          The file names no currency.
        </p>
      )}
    </form>
  );
}
