'use client';

import { useEffect, useState, useTransition } from 'react';
import { saveReadingOptions } from './actions';

type Options = { rubyPinyin: boolean; toneColours: boolean };

/** Pinyin above the characters, and tone colours: saved for the learner, the text re-rendered by the server. */
export function ReadingSwitches(saved: Options) {
  const [pending, startTransition] = useTransition();
  const [options, setOptions] = useState(saved);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setOptions({ rubyPinyin: saved.rubyPinyin, toneColours: saved.toneColours }), [saved.rubyPinyin, saved.toneColours]);

  const change = (changed: Partial<Options>) => {
    // The box follows the click at once; the text follows when the server has saved it.
    setOptions((current) => ({ ...current, ...changed }));
    startTransition(async () => {
      const result = await saveReadingOptions(changed).catch(() => ({ ok: false as const, message: 'Could not save that option. Please try again.' }));
      setMessage(result.ok ? null : result.message);
      if (!result.ok) setOptions(saved);
    });
  };
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm" data-testid="reading-switches" aria-busy={pending || undefined}>
      <label className="inline-flex items-center gap-2">
        <input
          type="checkbox"
          checked={options.rubyPinyin}
          onChange={(event) => change({ rubyPinyin: event.target.checked })}
          className="size-4 accent-stone-800 dark:accent-stone-200"
        />
        Pinyin above the characters
      </label>
      <label className="inline-flex items-center gap-2">
        <input
          type="checkbox"
          checked={options.toneColours}
          onChange={(event) => change({ toneColours: event.target.checked })}
          className="size-4 accent-stone-800 dark:accent-stone-200"
        />
        Colour by tone
      </label>
      {message && <span className="text-red-700 dark:text-red-400">{message}</span>}
    </div>
  );
}
