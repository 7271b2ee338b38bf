'use client';

import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import styles from './confirm-dialog.module.css';

export interface ConfirmDialogProps {
  /** Shown as a modal while true. */
  open: boolean;
  title: string;
  /** What will happen, in plain words. */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** 'danger' paints the confirm button red (archive, deactivate, delete). */
  tone?: 'danger' | 'primary';
  /** Disables both buttons while the action runs. */
  pending?: boolean;
  /** Keeps the confirm button disabled, e.g. until a typed confirmation matches. */
  confirmDisabled?: boolean;
  /** Where focus starts instead of Cancel, e.g. the field of a typed confirmation. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** A failure of the action, shown inside the dialog so the person can retry or cancel. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A native modal <dialog> asking before a destructive action. Focus starts on Cancel so a stray
 * Enter changes nothing (a typed confirmation starts in its field instead: initialFocus); Escape
 * cancels; focus returns to the trigger when it closes.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'danger',
  pending = false,
  confirmDisabled = false,
  initialFocus,
  error = null,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      (initialFocus?.current ?? cancelRef.current)?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, initialFocus]);

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      {children && (
        <div id={bodyId} className={styles.body}>
          {children}
        </div>
      )}
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <button
          type="button"
          className="secondary"
          ref={cancelRef}
          onClick={onCancel}
          disabled={pending}
        >
          {cancelLabel}
        </button>
        <button
          type="button"
          className={tone === 'danger' ? 'danger' : undefined}
          onClick={onConfirm}
          disabled={pending || confirmDisabled}
        >
          {pending ? 'Working…' : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
