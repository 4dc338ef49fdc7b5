import { useRef } from 'react';
import { Modal } from '../../components/Modal';

interface BriefPrintViewProps {
  name: string;
  /** The core's printable page (every text escaped), shown in a frame so its own print styles apply. */
  html: string;
  onClose(): void;
}

/** A creator's brief as it prints; Print sends only the brief, not the app around it, to the printer. */
export function BriefPrintView({ name, html, onClose }: BriefPrintViewProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <Modal title={`Brief for ${name}`} onClose={onClose} wide>
      <iframe
        ref={frame}
        className="brief-frame"
        title={`Brief for ${name}`}
        srcDoc={html}
        sandbox="allow-same-origin allow-modals"
      />
      <div className="modal-foot">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="button primary"
          data-autofocus
          onClick={() => (frame.current?.contentWindow ?? window).print()}
        >
          Print
        </button>
      </div>
    </Modal>
  );
}
