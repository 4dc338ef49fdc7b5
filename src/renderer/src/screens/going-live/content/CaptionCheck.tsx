import type { Finding } from '../../../../../shared/content';
import { FINDING_LABELS } from './content-labels';
import { captionPieces } from './highlight';

interface CaptionCheckProps {
  caption: string;
  findings: readonly Finding[];
  /** The check is still running for the latest text. */
  checking?: boolean;
  /** The check itself failed (the text is not judged). */
  error?: string | null;
}

/** The caption with each finding's words marked, then the findings in words. */
export function CaptionCheck({ caption, findings, checking, error }: CaptionCheckProps) {
  if (error) return <p className="field-error">The caption could not be checked: {error}</p>;
  if (caption.trim() === '')
    return <p className="muted small">The caption is checked for disclosure and banned claims as it is typed.</p>;
  const missing = findings.filter((f) => f.start === f.end);
  return (
    <div className="caption-check" aria-busy={checking || undefined}>
      {missing.map((f) => (
        <p key={f.message} className="caption-missing">
          {f.message}
        </p>
      ))}
      <div className="caption-preview">
        {captionPieces(caption, findings).map((piece, i) =>
          piece.marked ? (
            <mark
              // Pieces are positional: the same text may appear twice.
              // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are rebuilt from the caption on every render
              key={i}
              className={piece.kinds.map((k) => `finding-${k}`).join(' ')}
              title={piece.messages.join('\n')}
            >
              {piece.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <span key={i}>{piece.text}</span>
          ),
        )}
      </div>
      {findings.length === 0 ? (
        <p className="caption-clear">No findings: the disclosure is clear and no banned claim is used.</p>
      ) : (
        <ul className="finding-list" aria-label="Caption findings">
          {findings.map((f) => (
            <li key={`${f.kind}-${f.start}-${f.end}-${f.message}`} className={`finding-item finding-${f.kind}`}>
              <strong>{FINDING_LABELS[f.kind]}:</strong> {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
