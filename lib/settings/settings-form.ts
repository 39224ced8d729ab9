/** The settings form: what the learner typed, checked field by field before anything is saved. */
import { z } from 'zod';
import { isValidTimeZone } from '@/lib/scheduling/study-day';
import { formatSteps, parseSteps } from './steps';

export const NEW_CARD_ORDERS = ['FREQUENCY', 'ARTICLE', 'RANDOM', 'HSK_LEVEL', 'GENERAL_FREQUENCY'] as const;
export type NewCardOrder = (typeof NEW_CARD_ORDERS)[number];

export interface Settings {
  timeZone: string;
  dayStartHour: number;
  newCardsPerDay: number;
  reviewsPerDay: number;
  /** 0.7–0.99; the form shows it as a percentage. */
  desiredRetention: number;
  learningSteps: string[];
  relearningSteps: string[];
  maximumIntervalDays: number;
  learnAheadMinutes: number;
  newCardOrder: NewCardOrder;
  /** A sentence card (the word blanked in a sentence) beside every word's card. */
  sentenceCards: boolean;
  /** Display: pinyin above the characters, syllables coloured by tone, the word said aloud on reveal. */
  rubyPinyin: boolean;
  toneColours: boolean;
  speakOnReveal: boolean;
}

export type SettingsField = keyof Settings;
/** In the order the form shows them. */
export const SETTINGS_FIELDS: readonly SettingsField[] = [
  'newCardsPerDay',
  'reviewsPerDay',
  'newCardOrder',
  'timeZone',
  'dayStartHour',
  'desiredRetention',
  'learningSteps',
  'relearningSteps',
  'maximumIntervalDays',
  'learnAheadMinutes',
  'sentenceCards',
  'rubyPinyin',
  'toneColours',
  'speakOnReveal',
];

/** The settings the form shows as checkboxes: ticked is "on", unticked is absent from the form. */
export const CHECKBOX_FIELDS = ['sentenceCards', 'rubyPinyin', 'toneColours', 'speakOnReveal'] as const satisfies readonly SettingsField[];

/** The form's fields as text, as typed or as stored. */
export type SettingsFormValues = Record<SettingsField, string>;
export type SettingsFieldErrors = Partial<Record<SettingsField, string>>;

export const LIMITS = {
  newCardsPerDay: { min: 0, max: 9999 },
  reviewsPerDay: { min: 0, max: 99999 },
  desiredRetentionPercent: { min: 70, max: 99 },
  maximumIntervalDays: { min: 1, max: 36500 },
  learnAheadMinutes: { min: 0, max: 120 },
} as const;

export function unknownTimeZoneMessage(name: string): string {
  return `Unknown time zone “${name}”: choose one from the list.`;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Text that must be a number: missing, empty and non-numeric text each get their own message. */
function numberText(empty: string, notANumber: (typed: string) => string = (typed) => `“${typed}” is not a number.`) {
  return z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .refine((typed) => typed === '' || NUMBER.test(typed), { error: (issue) => notANumber(String(issue.input)) })
    .transform(Number);
}

const wholeNumber = ({ min, max }: { min: number; max: number }) =>
  numberText('Enter a number.').pipe(z.number().int('Use a whole number.').min(min, `At least ${min}.`).max(max, `At most ${max}.`));

const HOUR = 'Pick an hour from 00:00 to 23:00.';
const { min: RETENTION_MIN, max: RETENTION_MAX } = LIMITS.desiredRetentionPercent;
const RETENTION = `Between ${RETENTION_MIN}% and ${RETENTION_MAX}%.`;
const CHOOSE_TIME_ZONE = 'Choose a time zone.';
const CHOOSE_ORDER = 'Choose an order from the list.';

/** A checkbox: absent from the form (or empty) when unticked, "on" when ticked; any other value is a forged form. */
const checkbox = z.enum(['on', ''], { error: 'Tick the box or leave it empty.' }).optional().transform((value) => value === 'on');

/** Empty text is no steps; a missing field is a malformed form, not "no steps". */
const steps = z.string({ error: 'Enter the steps, or leave the field empty for none.' }).transform((typed, context) => {
  const parsed = parseSteps(typed);
  if (parsed.ok) return parsed.steps;
  context.addIssue({ code: 'custom', message: parsed.message });
  return z.NEVER;
});

const SettingsForm = z.object({
  timeZone: z
    .string({ error: CHOOSE_TIME_ZONE })
    .trim()
    .min(1, CHOOSE_TIME_ZONE)
    .refine((name) => name === '' || isValidTimeZone(name), { error: (issue) => unknownTimeZoneMessage(String(issue.input)) }),
  dayStartHour: numberText(HOUR, () => HOUR).pipe(z.number().int(HOUR).min(0, HOUR).max(23, HOUR)),
  newCardsPerDay: wholeNumber(LIMITS.newCardsPerDay),
  reviewsPerDay: wholeNumber(LIMITS.reviewsPerDay),
  newCardOrder: z.enum(NEW_CARD_ORDERS, { error: CHOOSE_ORDER }),
  learningSteps: steps,
  relearningSteps: steps,
  maximumIntervalDays: wholeNumber(LIMITS.maximumIntervalDays),
  learnAheadMinutes: wholeNumber(LIMITS.learnAheadMinutes),
  desiredRetention: numberText('Enter a number.')
    .pipe(z.number().min(RETENTION_MIN, RETENTION).max(RETENTION_MAX, RETENTION).int('Use a whole percentage.'))
    .transform((percent) => percent / 100),
  sentenceCards: checkbox,
  rubyPinyin: checkbox,
  toneColours: checkbox,
  speakOnReveal: checkbox,
});

/** Each field's text; a field missing from the form is empty. */
export function submittedValues(form: FormData): SettingsFormValues {
  const text = (field: SettingsField) => {
    const value = form.get(field);
    return typeof value === 'string' ? value : '';
  };
  return Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, text(field)])) as SettingsFormValues;
}

/** The settings a form asks for, or the first problem with each field that is wrong. */
export function parseSettingsForm(form: FormData): { ok: true; settings: Settings } | { ok: false; fieldErrors: SettingsFieldErrors } {
  const fields = Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, form.get(field) ?? undefined]));
  const parsed = SettingsForm.safeParse(fields);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const fieldErrors: SettingsFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SettingsField;
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}

/** Stored settings as the form shows them. */
export function settingsFormValues(settings: Settings): SettingsFormValues {
  return {
    timeZone: settings.timeZone,
    dayStartHour: String(settings.dayStartHour),
    newCardsPerDay: String(settings.newCardsPerDay),
    reviewsPerDay: String(settings.reviewsPerDay),
    desiredRetention: String(Math.round(settings.desiredRetention * 100)),
    learningSteps: formatSteps(settings.learningSteps),
    relearningSteps: formatSteps(settings.relearningSteps),
    maximumIntervalDays: String(settings.maximumIntervalDays),
    learnAheadMinutes: String(settings.learnAheadMinutes),
    newCardOrder: settings.newCardOrder,
    sentenceCards: settings.sentenceCards ? 'on' : '',
    rubyPinyin: settings.rubyPinyin ? 'on' : '',
    toneColours: settings.toneColours ? 'on' : '',
    speakOnReveal: settings.speakOnReveal ? 'on' : '',
  };
}

/** A retention typed as a whole percentage in range (" 85 "), or null: the workload estimate asks only about these. */
export function retentionPercentOf(typed: string): number | null {
  const percent = /^\s*\d{1,3}\s*$/.test(typed) ? Number(typed) : NaN;
  return percent >= RETENTION_MIN && percent <= RETENTION_MAX ? percent : null;
}

export const RETENTION_TO_ESTIMATE = `Enter a retention from ${RETENTION_MIN}% to ${RETENTION_MAX}% to see its workload.`;
