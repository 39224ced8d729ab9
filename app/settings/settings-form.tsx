'use client';

import { useActionState, useEffect, useState } from 'react';
import { CHECKBOX_FIELDS, LIMITS, SETTINGS_FIELDS, type SettingsField, type SettingsFieldErrors, type SettingsFormValues } from '@/lib/settings/settings-form';
import { findTimeZoneOption, type TimeZoneGroup, type TimeZoneOption } from '@/lib/settings/time-zones';
import { saveSettings, type SettingsFormState } from './actions';
import { WorkloadTable } from './workload-table';

const initialState: SettingsFormState = { ok: null, message: '', fieldErrors: {}, values: null, submission: 0 };

export function SettingsForm({
  settings,
  timeZoneGroups,
  unusableTimeZone,
}: {
  settings: SettingsFormValues;
  timeZoneGroups: TimeZoneGroup[];
  unusableTimeZone: string | null;
}) {
  const [state, formAction, pending] = useActionState(saveSettings, initialState);
  const browserZone = useBrowserTimeZone(timeZoneGroups);
  const values = state.values ?? settings;
  // The retention as typed since the last answer, so the workload follows it before it is saved.
  const [typedRetention, setTypedRetention] = useState({ submission: 0, value: null as string | null });
  const retention = typedRetention.submission === state.submission && typedRetention.value !== null ? typedRetention.value : values.desiredRetention;
  const errors = { ...state.fieldErrors };
  if (unusableTimeZone && state.ok === null) {
    errors.timeZone = `Your saved time zone, “${unusableTimeZone}”, is not one Ciku can use: your study day follows UTC until you choose another.`;
  }
  const firstInvalid = SETTINGS_FIELDS.find((field) => state.fieldErrors[field]);
  const control = (name: SettingsField) => ({
    id: name,
    name,
    defaultValue: values[name],
    autoFocus: name === firstInvalid,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': `${name}-message`,
    className: inputClass,
  });
  const wholeNumberInput = (name: Exclude<keyof typeof LIMITS, 'desiredRetentionPercent'>) => (
    <input type="number" inputMode="numeric" min={LIMITS[name].min} max={LIMITS[name].max} required {...control(name)} />
  );
  const stepsInput = (name: 'learningSteps' | 'relearningSteps') => <input type="text" autoComplete="off" spellCheck={false} {...control(name)} />;

  return (
    <form action={formAction} data-testid="settings-form" className="mt-6 flex flex-col gap-5 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      {/* A new set of fields for each answer: they show what it holds, typed values included, not what was stored. */}
      <div key={state.submission} className="flex flex-col gap-5">
        <Field label="New cards per day" name="newCardsPerDay" error={errors.newCardsPerDay} hint="How many new words to introduce each day.">
          {wholeNumberInput('newCardsPerDay')}
        </Field>
        <Field label="Reviews per day" name="reviewsPerDay" error={errors.reviewsPerDay} hint="The most reviews of known cards to show each day.">
          {wholeNumberInput('reviewsPerDay')}
        </Field>
        <Field label="New card order" name="newCardOrder" error={errors.newCardOrder} hint="Which new words come first. Words you ask for on their page always do.">
          <select {...control('newCardOrder')}>
            <option value="FREQUENCY">Most frequent in your articles first</option>
            <option value="ARTICLE">In the order they appear in your articles</option>
            <option value="HSK_LEVEL">By HSK level, lowest first</option>
            <option value="GENERAL_FREQUENCY">Most frequent in general use first</option>
            <option value="RANDOM">Shuffled</option>
          </select>
        </Field>
        <div>
          <label className="flex items-center gap-2 font-medium">
            <input
              type="checkbox"
              id="sentenceCards"
              name="sentenceCards"
              defaultChecked={values.sentenceCards === 'on'}
              aria-describedby="sentenceCards-message"
              className="size-4 accent-stone-900 dark:accent-stone-100"
            />
            Sentence cards
          </label>
          <p id="sentenceCards-message" className={`mt-1 text-sm ${errors.sentenceCards ? 'text-red-700 dark:text-red-400' : 'text-stone-500 dark:text-stone-400'}`}>
            {errors.sentenceCards ??
              'A second card for every word: recall it in one of its sentences, the word blanked out. It comes once the word card has graduated, never on the same day. Off suspends them, their history kept; on again resumes them, except the ones you suspended yourself.'}
          </p>
        </div>
        <Field label="Time zone" name="timeZone" error={errors.timeZone} hint="Your study day, daily limits and streak follow this time zone.">
          <select required {...control('timeZone')}>
            {browserZone && (
              <optgroup label="This browser">
                <option value={browserZone.value}>{browserZone.label}</option>
              </optgroup>
            )}
            {timeZoneGroups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field label="New day starts at" name="dayStartHour" error={errors.dayStartHour} hint="Reviews done before this hour count for the day before, as in Anki.">
          <select {...control('dayStartHour')}>
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
          error={errors.desiredRetention}
          hint="FSRS schedules each review so you still remember the word with this probability. Higher means more reviews."
        >
          <input
            type="number"
            inputMode="numeric"
            min={LIMITS.desiredRetentionPercent.min}
            max={LIMITS.desiredRetentionPercent.max}
            step={1}
            required
            {...control('desiredRetention')}
            onChange={(event) => setTypedRetention({ submission: state.submission, value: event.target.value })}
          />
        </Field>
        <WorkloadTable retention={retention} />
        <Field
          label="Learning steps"
          name="learningSteps"
          error={errors.learningSteps}
          hint="The waits before a new word is seen again on its first day, like “1m 10m” (m minutes, h hours, d days). Empty: FSRS schedules it in days at once."
        >
          {stepsInput('learningSteps')}
        </Field>
        <Field
          label="Relearning steps"
          name="relearningSteps"
          error={errors.relearningSteps}
          hint="The waits before a forgotten word is seen again, like “10m”. Empty: FSRS schedules it in days at once."
        >
          {stepsInput('relearningSteps')}
        </Field>
        <Field label="Maximum interval (days)" name="maximumIntervalDays" error={errors.maximumIntervalDays} hint="No review is scheduled further away than this.">
          {wholeNumberInput('maximumIntervalDays')}
        </Field>
        <Field
          label="Learn ahead (minutes)"
          name="learnAheadMinutes"
          error={errors.learnAheadMinutes}
          hint="When nothing else is left, words still in their steps that are due within this many minutes are shown at once."
        >
          {wholeNumberInput('learnAheadMinutes')}
        </Field>
        <DisplayOptions values={values} errors={errors} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white"
        >
          {pending ? 'Saving…' : 'Save settings'}
        </button>
        <p role="status" data-testid="settings-message" className={state.ok === false ? 'text-sm text-red-700 dark:text-red-400' : 'text-sm text-emerald-700 dark:text-emerald-400'}>
          {state.message}
        </p>
      </div>
    </form>
  );
}

/** This browser's zone, as offered in the list, once the page runs in the browser. */
function useBrowserTimeZone(groups: TimeZoneGroup[]): TimeZoneOption | undefined {
  const [zone, setZone] = useState<string | null>(null);
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  return zone ? findTimeZoneOption(groups, zone) : undefined;
}

const inputClass =
  'mt-1 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-950 aria-[invalid=true]:border-red-600 dark:aria-[invalid=true]:border-red-400';

const DISPLAY_OPTIONS: { name: (typeof CHECKBOX_FIELDS)[number]; label: string; hint: string }[] = [
  { name: 'rubyPinyin', label: 'Pinyin above the characters', hint: 'On the review card’s sentences and in the reading view.' },
  { name: 'toneColours', label: 'Colour pinyin by tone', hint: 'First tone red, second green, third blue, fourth purple, neutral grey, as Pleco does.' },
  { name: 'speakOnReveal', label: 'Read the word aloud on reveal', hint: 'With your browser’s Chinese voice, when a card’s answer shows.' },
];

function DisplayOptions({ values, errors }: { values: SettingsFormValues; errors: SettingsFieldErrors }) {
  return (
    <fieldset className="flex flex-col gap-3 border-t border-stone-200 pt-4 dark:border-stone-800">
      <legend className="float-left mb-1 font-medium">Display</legend>
      {DISPLAY_OPTIONS.map(({ name, label, hint }) => (
        <div key={name} className="clear-left flex items-start gap-3">
          <input
            type="checkbox"
            id={name}
            name={name}
            defaultChecked={values[name] === 'on'}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={`${name}-message`}
            className="mt-1 h-4 w-4 shrink-0 accent-stone-900 dark:accent-stone-100"
          />
          <div>
            <label htmlFor={name}>{label}</label>
            <p id={`${name}-message`} className={`text-sm ${errors[name] ? 'text-red-700 dark:text-red-400' : 'text-stone-500 dark:text-stone-400'}`}>
              {errors[name] ?? hint}
            </p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

function Field({ label, name, hint, error, children }: { label: string; name: SettingsField; hint: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className="font-medium">
        {label}
      </label>
      {children}
      <p id={`${name}-message`} className={`mt-1 text-sm ${error ? 'text-red-700 dark:text-red-400' : 'text-stone-500 dark:text-stone-400'}`}>
        {error ?? hint}
      </p>
    </div>
  );
}
