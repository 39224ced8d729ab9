'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { openLearner } from '@/lib/data/learner';
import { updateSettings } from '@/lib/data/users';
import { isValidTimeZone } from '@/lib/scheduling/study-day';

const timeZone = z.string().trim().refine(isValidTimeZone, 'Unknown time zone: use an IANA name such as Asia/Shanghai.');

const Settings = z.object({
  timeZone,
  dayStartHour: z.coerce.number().int('Pick a whole hour.').min(0).max(23),
  newCardsPerDay: z.coerce.number().int('Use a whole number.').min(0, 'At least 0.').max(9999, 'At most 9999.'),
  reviewsPerDay: z.coerce.number().int('Use a whole number.').min(0, 'At least 0.').max(99999, 'At most 99999.'),
  desiredRetention: z.coerce.number().min(0.7, 'Between 70% and 99%.').max(0.99, 'Between 70% and 99%.'),
});

export type SettingsFormState = {
  ok: boolean | null;
  message: string;
  fieldErrors: Partial<Record<keyof z.infer<typeof Settings>, string>>;
};

export async function saveSettings(_previous: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const parsed = Settings.safeParse({
    timeZone: form.get('timeZone'),
    dayStartHour: form.get('dayStartHour'),
    newCardsPerDay: form.get('newCardsPerDay'),
    reviewsPerDay: form.get('reviewsPerDay'),
    desiredRetention: Number(form.get('desiredRetention')) / 100,
  });
  if (!parsed.success) {
    const fieldErrors: SettingsFormState['fieldErrors'] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof SettingsFormState['fieldErrors'];
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, message: 'Nothing was saved: please correct the marked fields.', fieldErrors };
  }
  const { db, user } = await openLearner();
  await updateSettings(db, user.id, parsed.data);
  revalidatePath('/', 'layout');
  return { ok: true, message: 'Settings saved.', fieldErrors: {} };
}

export async function adoptTimeZone(value: string): Promise<{ ok: boolean; message: string }> {
  const parsed = timeZone.safeParse(value);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  const { db, user } = await openLearner();
  await updateSettings(db, user.id, { ...user, timeZone: parsed.data });
  revalidatePath('/', 'layout');
  return { ok: true, message: `Your study day now follows ${parsed.data}.` };
}
