'use client';

import { useEffect, useState, useTransition } from 'react';
import { adoptTimeZone } from '@/app/settings/actions';

/** Offers the browser's time zone when the learner's study day still follows another one. */
export function TimeZoneHint({ userTimeZone }: { userTimeZone: string }) {
  const [browserTimeZone, setBrowserTimeZone] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    setBrowserTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, []);

  if (message) return <p role="status" className="text-sm text-stone-600 dark:text-stone-300">{message}</p>;
  if (!browserTimeZone || browserTimeZone === userTimeZone) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm dark:border-amber-800 dark:bg-amber-950">
      <p className="flex-1">
        Your study day follows <strong>{userTimeZone}</strong>, but this browser is in <strong>{browserTimeZone}</strong>.
      </p>
      <button
        type="button"
        disabled={pending}
        onClick={() => startTransition(async () => setMessage((await adoptTimeZone(browserTimeZone)).message))}
        className="rounded-md bg-amber-600 px-3 py-1.5 font-medium text-white hover:bg-amber-700 disabled:opacity-60"
      >
        Use {browserTimeZone}
      </button>
    </div>
  );
}
