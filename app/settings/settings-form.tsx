'use client';

import { useActionState } from 'react';
import { saveSettings, type SettingsFormState } from './actions';

interface Values {
  timeZone: string;
  dayStartHour: number;
  newCardsPerDay: number;
  reviewsPerDay: number;
  desiredRetention: number;
}

const initialState: SettingsFormState = { ok: null, message: '', fieldErrors: {} };

export function SettingsForm({ settings, timeZones }: { settings: Values; timeZones: string[] }) {
  const [state, formAction, pending] = useActionState(saveSettings, initialState);
  const zones = timeZones.includes(settings.timeZone) ? timeZones : [settings.timeZone, ...timeZones];
  return (
    <form action={formAction} className="mt-6 flex flex-col gap-5 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <Field label="New cards per day" name="newCardsPerDay" error={state.fieldErrors.newCardsPerDay} hint="How many new words to introduce each day.">
        <input id="newCardsPerDay" name="newCardsPerDay" type="number" min={0} max={9999} required defaultValue={settings.newCardsPerDay} className={inputClass} />
      </Field>
      <Field label="Reviews per day" name="reviewsPerDay" error={state.fieldErrors.reviewsPerDay} hint="The most reviews of known cards to show each day.">
        <input id="reviewsPerDay" name="reviewsPerDay" type="number" min={0} max={99999} required defaultValue={settings.reviewsPerDay} className={inputClass} />
      </Field>
      <Field label="Time zone" name="timeZone" error={state.fieldErrors.timeZone} hint="Your study day, daily limits and streak follow this time zone.">
        <select id="timeZone" name="timeZone" defaultValue={settings.timeZone} className={inputClass}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </Field>
      <Field label="New day starts at" name="dayStartHour" error={state.fieldErrors.dayStartHour} hint="Reviews done before this hour count for the day before, as in Anki.">
        <select id="dayStartHour" name="dayStartHour" defaultValue={settings.dayStartHour} className={inputClass}>
          {Array.from({ length: 24 }, (_, hour) => (
            <option key={hour} value={hour}>
              {String(hour).padStart(2, '0')}:00
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Desired retention (%)"
        name="desiredRetention"
        error={state.fieldErrors.desiredRetention}
        hint="FSRS schedules each review so you still remember the word with this probability. Higher means more reviews."
      >
        <input id="desiredRetention" name="desiredRetention" type="number" min={70} max={99} step={1} required defaultValue={settings.desiredRetention} className={inputClass} />
      </Field>
      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className="rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900">
          {pending ? 'Saving…' : 'Save settings'}
        </button>
        <p role="status" className={state.ok === false ? 'text-sm text-red-700 dark:text-red-400' : 'text-sm text-emerald-700 dark:text-emerald-400'}>
          {state.message}
        </p>
      </div>
    </form>
  );
}

const inputClass =
  'mt-1 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-950 aria-[invalid=true]:border-red-500';

function Field({ label, name, hint, error, children }: { label: string; name: string; hint: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className="font-medium">
        {label}
      </label>
      {children}
      <p className={`mt-1 text-sm ${error ? 'text-red-700 dark:text-red-400' : 'text-stone-500 dark:text-stone-400'}`}>{error ?? hint}</p>
    </div>
  );
}
