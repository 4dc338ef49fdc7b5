import { type ReactNode, useEffect, useId, useRef } from 'react';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  narrow?: boolean;
  /** For dialogs that show tables (an import preview). */
  wide?: boolean;
}

/**
 * A modal on the native <dialog>: showModal() makes the page behind inert
 * (focus stays inside), Escape closes it, and focus goes back to whatever
 * opened it. Mount it to open, unmount it to close.
 */
export function Modal({ title, onClose, children, narrow, wide }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus], .modal-content input, .modal-content select')?.focus();
    return () => {
      // Still connected means React is only re-running effects (StrictMode), not closing.
      if (dialog.isConnected) return;
      // The opener may be gone (e.g. the empty state after the first pilot); keep focus in the page.
      if (opener?.isConnected) opener.focus();
      else document.querySelector<HTMLElement>('main')?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={narrow ? 'modal narrow' : wide ? 'modal wide' : 'modal'}
      aria-labelledby={titleId}
      onClose={() => onCloseRef.current()}
    >
      <div className="modal-body">
        <div className="modal-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button small" aria-label="Close dialog" onClick={() => onClose()}>
            ✕
          </button>
        </div>
        <div className="modal-content">{children}</div>
      </div>
    </dialog>
  );
}
