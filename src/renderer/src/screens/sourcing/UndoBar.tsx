import { useEffect, useState } from 'react';
import { useSourcing } from '../../stores/sourcing';

/** After a move: what it did, its warnings, and Undo (sourcing.undoMove) until the next move. */
export function UndoBar() {
  const { lastMove, undo } = useSourcing();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  // A new move replaces what the last undo said.
  useEffect(() => {
    if (lastMove) setMessage(null);
  }, [lastMove]);

  async function run() {
    setBusy(true);
    try {
      const result = await undo();
      setMessage(
        result
          ? `Undone: ${result.moved} ${result.moved === 1 ? 'profile is' : 'profiles are'} back.${result.warnings.length > 0 ? ` ${result.warnings.join(' ')}` : ''}`
          : null,
      );
    } catch (err) {
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  if (!lastMove) {
    return message ? (
      <p className="notice" role="status">
        {message}
      </p>
    ) : null;
  }
  const { result, text } = lastMove;
  return (
    <div className="undo-bar" role="status">
      <span>
        {text}
        {result.unchanged > 0 ? ` (${result.unchanged} already there)` : ''}.
      </span>
      {result.warnings.map((w) => (
        <span key={w} className="warning-text">
          {w}
        </span>
      ))}
      <button type="button" className="button small" disabled={busy} onClick={() => void run()}>
        Undo
      </button>
    </div>
  );
}
