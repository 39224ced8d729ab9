'use client';

import Link from 'next/link';
import { useEffect, useState, useTransition } from 'react';
import { adoptTimeZone } from '@/app/settings/actions';
import { currentTimeZoneName } from '@/lib/settings/time-zones';

const linkClass = 'font-medium underline underline-offset-2 hover:no-underline';

/**
 * Offers the browser's time zone when the learner's study day follows another one, and says so when the
 * stored zone cannot be used at all (the study day then follows UTC).
 */
export function TimeZoneHint({ userTimeZone, unusableTimeZone }: { userTimeZone: string; unusableTimeZone: string | null }) {
  const [browserTimeZone, setBrowserTimeZone] = useState<string | null>(null);
  const [answer, setAnswer] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    setBrowserTimeZone(currentTimeZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone));
  }, []);

  if (answer) {
    return (
      <p role="status" className={`text-sm ${answer.ok ? 'text-stone-600 dark:text-stone-300' : 'text-red-700 dark:text-red-400'}`}>
        {answer.message}{' '}
        {!answer.ok && (
          <Link href="/settings" className={linkClass}>
            Open Settings
          </Link>
        )}
      </p>
    );
  }
  const offer = browserTimeZone && browserTimeZone !== userTimeZone && (
    <button
      type="button"
      disabled={pending}
      onClick={() => startTransition(async () => setAnswer(await adoptTimeZone(browserTimeZone)))}
      className="rounded-md bg-amber-700 px-3 py-1.5 font-medium text-white hover:bg-amber-800 disabled:opacity-60"
    >
      Use {browserTimeZone}
    </button>
  );
  if (unusableTimeZone) {
    return (
      <div className="flex flex-wrap items-center gap-3 rounded-xl border border-red-300 bg-red-50 px-4 py-3 text-sm dark:border-red-800 dark:bg-red-950" data-testid="time-zone-problem">
        <p className="flex-1">
          Your saved time zone, <strong>{unusableTimeZone}</strong>, is not one Ciku can use, so your study day follows <strong>UTC</strong> for now. Choose
          yours in{' '}
          <Link href="/settings" className={linkClass}>
            Settings
          </Link>
          .
        </p>
        {offer}
      </div>
    );
  }
  if (!offer) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm dark:border-amber-800 dark:bg-amber-950">
      <p className="flex-1">
        Your study day follows <strong>{userTimeZone}</strong>, but this browser is in <strong>{browserTimeZone}</strong>.
      </p>
      {offer}
    </div>
  );
}
