'use client';

import { useState, useTransition } from 'react';
import { saveReadingOptions } from './actions';

/** Pinyin above the characters, and tone colours: saved for the learner, the text re-rendered by the server. */
export function ReadingSwitches({ rubyPinyin, toneColours }: { rubyPinyin: boolean; toneColours: boolean }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const change = (options: { rubyPinyin?: boolean; toneColours?: boolean }) =>
    startTransition(async () => {
      const result = await saveReadingOptions(options).catch(() => ({ ok: false as const, message: 'Could not save that option. Please try again.' }));
      setMessage(result.ok ? null : result.message);
    });
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm" data-testid="reading-switches" aria-busy={pending || undefined}>
      <label className="inline-flex items-center gap-2">
        <input type="checkbox" checked={rubyPinyin} disabled={pending} onChange={(event) => change({ rubyPinyin: event.target.checked })} className="size-4 accent-stone-800 dark:accent-stone-200" />
        Pinyin above the characters
      </label>
      <label className={`inline-flex items-center gap-2 ${rubyPinyin ? '' : 'opacity-60'}`}>
        <input
          type="checkbox"
          checked={toneColours}
          disabled={pending}
          onChange={(event) => change({ toneColours: event.target.checked })}
          className="size-4 accent-stone-800 dark:accent-stone-200"
        />
        Colour by tone
      </label>
      {message && <span className="text-red-700 dark:text-red-400">{message}</span>}
    </div>
  );
}
