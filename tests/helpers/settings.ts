import type { Settings, SettingsFormValues } from '@/lib/settings/settings-form';

/** A learner's settings in Shanghai, every other one at the app's default. */
export const SHANGHAI_SETTINGS: Settings = {
  timeZone: 'Asia/Shanghai',
  dayStartHour: 4,
  newCardsPerDay: 20,
  reviewsPerDay: 200,
  desiredRetention: 0.9,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  maximumIntervalDays: 36500,
  learnAheadMinutes: 20,
  newCardOrder: 'FREQUENCY',
  sentenceCards: false,
  rubyPinyin: false,
  toneColours: false,
  speakOnReveal: false,
};

/** SHANGHAI_SETTINGS as the settings form submits them. */
export const SHANGHAI_FORM: SettingsFormValues = {
  timeZone: 'Asia/Shanghai',
  dayStartHour: '4',
  newCardsPerDay: '20',
  reviewsPerDay: '200',
  desiredRetention: '90',
  learningSteps: '1m 10m',
  relearningSteps: '10m',
  maximumIntervalDays: '36500',
  learnAheadMinutes: '20',
  newCardOrder: 'FREQUENCY',
  sentenceCards: '',
  rubyPinyin: '',
  toneColours: '',
  speakOnReveal: '',
};

export type FormChanges = Partial<Record<keyof SettingsFormValues, string | null>>;

/** The settings form with these values, `changes` over them; a null change leaves the field out. */
export function settingsFormData(values: SettingsFormValues, changes: FormChanges = {}): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({ ...values, ...changes })) if (value !== null) data.set(name, value);
  return data;
}
