'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { withLearner } from '@/app/_lib/action';
import { setSentenceCardsForAll } from '@/lib/data/sentence-cards';
import { changeSettings } from '@/lib/data/users';
import {
  parseSettingsForm,
  settingsFormValues,
  submittedValues,
  type SettingsFieldErrors,
  type SettingsFormValues,
} from '@/lib/settings/settings-form';

export type SettingsFormState = {
  ok: boolean | null;
  message: string;
  fieldErrors: SettingsFieldErrors;
  /** What the form shows after an answer: what was typed when refused, what was stored when saved. */
  values: SettingsFormValues | null;
  /** Counts answers, so the form shows each one afresh. */
  submission: number;
};

const MALFORMED = 'This form submission is malformed. Reload the page and try again.';

export async function saveSettings(previous: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  // Anyone can call an action with any arguments; only a form from the settings page gets further.
  const submission = (Number.isSafeInteger(previous?.submission) ? previous.submission : 0) + 1;
  if (!(form instanceof FormData)) return { ok: false, message: MALFORMED, fieldErrors: {}, values: null, submission };
  const refuse = (fieldErrors: SettingsFieldErrors): SettingsFormState => ({
    ok: false,
    message: 'Nothing was saved: please correct the marked fields.',
    fieldErrors,
    values: submittedValues(form),
    submission,
  });
  const parsed = parseSettingsForm(form);
  if (!parsed.ok) return refuse(parsed.fieldErrors);
  return withLearner<SettingsFormState>(
    async ({ db, user }) => {
      const saved = await changeSettings(db, user.id, parsed.settings);
      if (!saved.ok) return refuse(saved.fieldErrors);
      if (parsed.settings.sentenceCards !== user.sentenceCards) await setSentenceCardsForAll(db, saved.user, parsed.settings.sentenceCards, new Date());
      revalidatePath('/', 'layout');
      return { ok: true, message: 'Settings saved.', fieldErrors: {}, values: settingsFormValues(saved.user), submission };
    },
    (message) => ({ ok: false, message, fieldErrors: {}, values: submittedValues(form), submission }),
  );
}

export async function adoptTimeZone(value: string): Promise<{ ok: boolean; message: string }> {
  const parsed = z.string().trim().min(1).safeParse(value);
  if (!parsed.success) return { ok: false, message: 'This browser did not say which time zone it is in.' };
  return withLearner(
    async ({ db, user }) => {
      const saved = await changeSettings(db, user.id, { timeZone: parsed.data });
      if (!saved.ok) return { ok: false, message: `Ciku cannot use this browser’s time zone, “${parsed.data}”: choose yours in Settings.` };
      revalidatePath('/', 'layout');
      return { ok: true, message: `Your study day now follows ${saved.user.timeZone}.` };
    },
    (message) => ({ ok: false, message }),
  );
}
