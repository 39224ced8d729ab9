'use client';

import { useEffect, useRef } from 'react';
import { REVIEW_KEYS } from './keys';

/** The `?` overlay: every key of the review screen. A native dialog, so focus stays in it and Escape closes it. */
export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && onClose()}
      aria-labelledby="keyboard-help-title"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border border-stone-200 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="p-6">
        <h2 id="keyboard-help-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" data-testid="keyboard-help">
          {Object.entries(REVIEW_KEYS).map(([command, { keys, label }]) => (
            <div key={command} className="contents">
              <dt className="flex items-start gap-1 justify-self-end">
                {keys.map((key) => (
                  <kbd key={key} className="rounded border border-stone-300 bg-stone-50 px-1.5 font-mono text-xs leading-5 dark:border-stone-600 dark:bg-stone-800">
                    {key}
                  </kbd>
                ))}
              </dt>
              <dd className="text-stone-700 dark:text-stone-300">{label}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog" className="mt-6 text-right">
          <button className="rounded-lg bg-stone-900 px-4 py-2 text-sm font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900">Close</button>
        </form>
      </div>
    </dialog>
  );
}
