import { describe, expect, it } from 'vitest';
import { SHANGHAI_FORM, SHANGHAI_SETTINGS, settingsFormData, type FormChanges } from '@/tests/helpers/settings';
import { parseSettingsForm, settingsFormValues, submittedValues } from './settings-form';

const form = (changes: FormChanges = {}) => settingsFormData(SHANGHAI_FORM, changes);

function errorsFor(changes: FormChanges) {
  const parsed = parseSettingsForm(form(changes));
  return parsed.ok ? null : parsed.fieldErrors;
}

describe('parseSettingsForm', () => {
  it('reads the settings, retention as a fraction', () => {
    expect(parseSettingsForm(form())).toEqual({ ok: true, settings: SHANGHAI_SETTINGS });
  });

  it('accepts numbers with spaces around them, and zero', () => {
    const parsed = parseSettingsForm(form({ newCardsPerDay: ' 0 ', reviewsPerDay: '1e2', timeZone: ' UTC ' }));
    expect(parsed).toMatchObject({ ok: true, settings: { newCardsPerDay: 0, reviewsPerDay: 100, timeZone: 'UTC' } });
  });

  it('refuses an empty or missing number instead of reading it as 0', () => {
    expect(errorsFor({ newCardsPerDay: '' })).toEqual({ newCardsPerDay: 'Enter a number.' });
    expect(errorsFor({ newCardsPerDay: '   ' })).toEqual({ newCardsPerDay: 'Enter a number.' });
    expect(errorsFor({ reviewsPerDay: null })).toEqual({ reviewsPerDay: 'Enter a number.' });
    expect(errorsFor({ desiredRetention: null })).toEqual({ desiredRetention: 'Enter a number.' });
    expect(errorsFor({ dayStartHour: '' })).toEqual({ dayStartHour: 'Pick an hour from 00:00 to 23:00.' });
  });

  it('refuses text, hexadecimal and infinity as numbers', () => {
    expect(errorsFor({ newCardsPerDay: 'twenty' })).toEqual({ newCardsPerDay: '“twenty” is not a number.' });
    expect(errorsFor({ newCardsPerDay: '0x10' })).toEqual({ newCardsPerDay: '“0x10” is not a number.' });
    expect(errorsFor({ reviewsPerDay: 'Infinity' })).toEqual({ reviewsPerDay: '“Infinity” is not a number.' });
  });

  it('refuses fractions and numbers out of range, one message per field', () => {
    expect(errorsFor({ newCardsPerDay: '2.5', reviewsPerDay: '-3' })).toEqual({ newCardsPerDay: 'Use a whole number.', reviewsPerDay: 'At least 0.' });
    expect(errorsFor({ newCardsPerDay: '10000', reviewsPerDay: '100000' })).toEqual({ newCardsPerDay: 'At most 9999.', reviewsPerDay: 'At most 99999.' });
    expect(errorsFor({ dayStartHour: '24' })).toEqual({ dayStartHour: 'Pick an hour from 00:00 to 23:00.' });
    expect(errorsFor({ desiredRetention: '0.9' })).toEqual({ desiredRetention: 'Between 70% and 99%.' });
    expect(errorsFor({ desiredRetention: '100' })).toEqual({ desiredRetention: 'Between 70% and 99%.' });
    expect(errorsFor({ desiredRetention: '85.5' })).toEqual({ desiredRetention: 'Use a whole percentage.' });
  });

  it('reads steps separated by spaces or commas, in any case, and no steps as none', () => {
    const parsed = parseSettingsForm(form({ learningSteps: ' 1M, 30m  2h,1d ', relearningSteps: '' }));
    expect(parsed).toMatchObject({ ok: true, settings: { learningSteps: ['1m', '30m', '2h', '1d'], relearningSteps: [] } });
    expect(parseSettingsForm(form({ learningSteps: '   ' }))).toMatchObject({ ok: true, settings: { learningSteps: [] } });
  });

  it('refuses steps that are not a whole number of minutes, hours or days, or out of range, naming the step', () => {
    expect(errorsFor({ learningSteps: '1m 10x' })).toEqual({ learningSteps: '“10x” is not a step: write a whole number and m, h or d, like 10m, 1h or 1d.' });
    expect(errorsFor({ learningSteps: '1.5h' })).toEqual({ learningSteps: '“1.5h” is not a step: write a whole number and m, h or d, like 10m, 1h or 1d.' });
    expect(errorsFor({ relearningSteps: '10' })).toEqual({ relearningSteps: '“10” is not a step: write a whole number and m, h or d, like 10m, 1h or 1d.' });
    expect(errorsFor({ relearningSteps: '0m' })).toEqual({ relearningSteps: '“0m” is too short: a step is at least 1 minute.' });
    expect(errorsFor({ learningSteps: '1m 31d' })).toEqual({ learningSteps: '“31d” is too long: a step is at most 30 days.' });
    expect(errorsFor({ learningSteps: '1m '.repeat(11) })).toEqual({ learningSteps: 'At most 10 steps.' });
    expect(errorsFor({ learningSteps: null })).toEqual({ learningSteps: 'Enter the steps, or leave the field empty for none.' });
  });

  it('refuses a maximum interval or learn-ahead window out of range, and an unknown order', () => {
    expect(errorsFor({ maximumIntervalDays: '0', learnAheadMinutes: '121' })).toEqual({ maximumIntervalDays: 'At least 1.', learnAheadMinutes: 'At most 120.' });
    expect(errorsFor({ maximumIntervalDays: '36501', learnAheadMinutes: '-1' })).toEqual({ maximumIntervalDays: 'At most 36500.', learnAheadMinutes: 'At least 0.' });
    expect(errorsFor({ maximumIntervalDays: '', learnAheadMinutes: '2.5' })).toEqual({ maximumIntervalDays: 'Enter a number.', learnAheadMinutes: 'Use a whole number.' });
    expect(errorsFor({ newCardOrder: 'ALPHABETICAL' })).toEqual({ newCardOrder: 'Choose an order from the list.' });
    expect(errorsFor({ newCardOrder: null })).toEqual({ newCardOrder: 'Choose an order from the list.' });
    expect(parseSettingsForm(form({ learnAheadMinutes: '0', maximumIntervalDays: '1', newCardOrder: 'RANDOM' }))).toMatchObject({
      ok: true,
      settings: { learnAheadMinutes: 0, maximumIntervalDays: 1, newCardOrder: 'RANDOM' },
    });
  });

  it('refuses a missing or unknown time zone', () => {
    expect(errorsFor({ timeZone: null })).toEqual({ timeZone: 'Choose a time zone.' });
    expect(errorsFor({ timeZone: '' })).toEqual({ timeZone: 'Choose a time zone.' });
    expect(errorsFor({ timeZone: 'Mars/Olympus_Mons' })).toEqual({ timeZone: 'Unknown time zone “Mars/Olympus_Mons”: choose one from the list.' });
  });
});

describe('the values a form shows', () => {
  it('are what was typed, a missing field empty', () => {
    expect(submittedValues(form({ newCardsPerDay: '', reviewsPerDay: null, desiredRetention: 'lots' }))).toEqual({
      ...SHANGHAI_FORM,
      newCardsPerDay: '',
      reviewsPerDay: '',
      desiredRetention: 'lots',
    });
  });

  it('read back as the settings they show', () => {
    const settings = {
      ...SHANGHAI_SETTINGS,
      timeZone: 'Europe/Paris',
      dayStartHour: 0,
      newCardsPerDay: 15,
      reviewsPerDay: 150,
      desiredRetention: 0.87,
      learningSteps: ['5m', '1h'],
      relearningSteps: [],
      newCardOrder: 'ARTICLE' as const,
    };
    expect(settingsFormValues(settings)).toEqual({
      ...SHANGHAI_FORM,
      timeZone: 'Europe/Paris',
      dayStartHour: '0',
      newCardsPerDay: '15',
      reviewsPerDay: '150',
      desiredRetention: '87',
      learningSteps: '5m 1h',
      relearningSteps: '',
      newCardOrder: 'ARTICLE',
    });
    const data = new FormData();
    for (const [name, value] of Object.entries(settingsFormValues(settings))) data.set(name, value);
    expect(parseSettingsForm(data)).toEqual({ ok: true, settings });
  });
});
