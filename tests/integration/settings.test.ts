import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDashboard } from '@/lib/data/dashboard';
import { getCurrentUser, updateSettings } from '@/lib/data/users';
import type { Db } from '@/lib/db/client';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';
import { SHANGHAI_SETTINGS, settingsFormData, type FormChanges } from '../helpers/settings';

// The actions run as they do in the app, on the test database instead of the app's own, outside a Next request.
const current = vi.hoisted(() => ({ db: undefined as Db | undefined }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('@/lib/data/learner', () => ({
  openLearner: async () => ({ db: current.db!, user: await getCurrentUser(current.db!) }),
}));

const { adoptTimeZone, saveSettings } = await import('@/app/settings/actions');
const workloadRoute = await import('@/app/api/settings/workload/route');

async function estimateWorkloadFor(retention: unknown) {
  const request = new Request('http://localhost/api/settings/workload', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ retention }),
  });
  const response = await workloadRoute.POST(request);
  return { status: response.status, answer: await response.json() };
}

const VALID_FORM = {
  timeZone: 'Europe/Paris',
  dayStartHour: '5',
  newCardsPerDay: '15',
  reviewsPerDay: '150',
  desiredRetention: '85',
  learningSteps: '2m 15m 1h',
  relearningSteps: '',
  maximumIntervalDays: '365',
  learnAheadMinutes: '0',
  newCardOrder: 'RANDOM',
  sentenceCards: '',
  rubyPinyin: 'on',
  toneColours: '',
  speakOnReveal: 'on',
};
const NOT_SUBMITTED = { ok: null, message: '', fieldErrors: {}, values: null, submission: 0 };

const formWith = (changes: FormChanges) => settingsFormData(VALID_FORM, changes);

describe.each(BACKENDS)('settings actions on %s', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    current.db = database.db;
  });

  beforeEach(async () => {
    const user = await getCurrentUser(database.db);
    await updateSettings(database.db, user.id, SHANGHAI_SETTINGS);
  });

  afterAll(async () => {
    await database?.destroy();
  });

  async function storedSettings() {
    const user = await database.db.user.findFirstOrThrow();
    return Object.fromEntries(Object.keys(SHANGHAI_SETTINGS).map((field) => [field, user[field as keyof typeof SHANGHAI_SETTINGS]]));
  }

  it.each([
    ['newCardsPerDay', '', /enter a number/i],
    ['newCardsPerDay', null, /enter a number/i],
    ['newCardsPerDay', 'many', /not a number/i],
    ['newCardsPerDay', '2.5', /whole number/i],
    ['newCardsPerDay', '-1', /at least 0/i],
    ['newCardsPerDay', '10000', /at most 9999/i],
    ['reviewsPerDay', '', /enter a number/i],
    ['reviewsPerDay', null, /enter a number/i],
    ['reviewsPerDay', '100000', /at most 99999/i],
    ['dayStartHour', '', /hour/i],
    ['dayStartHour', null, /hour/i],
    ['dayStartHour', '24', /hour/i],
    ['dayStartHour', '4.5', /hour/i],
    ['sentenceCards', 'yes', /tick the box/i],
    ['desiredRetention', '', /enter a number/i],
    ['desiredRetention', null, /enter a number/i],
    ['desiredRetention', '60', /between 70% and 99%/i],
    ['desiredRetention', '0.9', /between 70% and 99%/i],
    ['timeZone', '', /choose a time zone/i],
    ['timeZone', null, /choose a time zone/i],
    ['timeZone', 'Mars/Olympus_Mons', /unknown time zone/i],
    ['learningSteps', '1m 10', /“10” is not a step/],
    ['learningSteps', null, /enter the steps/i],
    ['relearningSteps', '45d', /at most 30 days/i],
    ['maximumIntervalDays', '0', /at least 1/i],
    ['maximumIntervalDays', '40000', /at most 36500/i],
    ['learnAheadMinutes', '121', /at most 120/i],
    ['learnAheadMinutes', '', /enter a number/i],
    ['newCardOrder', 'SHORTEST', /choose an order/i],
    ['toneColours', 'yes', /tick the box/i],
    ['rubyPinyin', '\u0000', /tick the box/i],
  ] as const)('refuses %s = %j with a message for that field, keeps what was typed, and saves nothing', async (field, value, message) => {
    const state = await saveSettings(NOT_SUBMITTED, formWith({ [field]: value }));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/nothing was saved/i);
    expect(state.fieldErrors[field]).toMatch(message);
    expect(Object.keys(state.fieldErrors)).toEqual([field]);
    expect(state.values).toEqual({ ...VALID_FORM, [field]: value ?? '' });
    expect(await storedSettings()).toEqual(SHANGHAI_SETTINGS);
  });

  it('saves valid settings', async () => {
    const state = await saveSettings(NOT_SUBMITTED, formWith({}));
    expect(state).toMatchObject({ ok: true, message: 'Settings saved.', fieldErrors: {}, values: VALID_FORM });
    expect(await storedSettings()).toEqual({
      timeZone: 'Europe/Paris',
      dayStartHour: 5,
      newCardsPerDay: 15,
      reviewsPerDay: 150,
      desiredRetention: 0.85,
      learningSteps: ['2m', '15m', '1h'],
      relearningSteps: [],
      maximumIntervalDays: 365,
      learnAheadMinutes: 0,
      newCardOrder: 'RANDOM',
      sentenceCards: false,
      rubyPinyin: true,
      toneColours: false,
      speakOnReveal: true,
    });
  });

  it('turns a display option off when its checkbox is absent from the form, as a browser sends an unticked one', async () => {
    expect((await saveSettings(NOT_SUBMITTED, formWith({ toneColours: 'on' }))).ok).toBe(true);
    expect(await storedSettings()).toMatchObject({ rubyPinyin: true, toneColours: true, speakOnReveal: true });
    const state = await saveSettings(NOT_SUBMITTED, formWith({ rubyPinyin: null, toneColours: null, speakOnReveal: null }));
    expect(state.values).toMatchObject({ rubyPinyin: '', toneColours: '', speakOnReveal: '' });
    expect(await storedSettings()).toMatchObject({ rubyPinyin: false, toneColours: false, speakOnReveal: false });
  });

  it('stores a time zone under its canonical, current name', async () => {
    for (const [typed, stored] of [['utc', 'UTC'], ['asia/shanghai', 'Asia/Shanghai'], ['Asia/Calcutta', 'Asia/Kolkata'], ['Europe/Kiev', 'Europe/Kyiv']]) {
      const state = await saveSettings(NOT_SUBMITTED, formWith({ timeZone: typed }));
      expect(state.ok, typed).toBe(true);
      expect(state.values?.timeZone).toBe(stored);
      expect((await storedSettings()).timeZone).toBe(stored);
    }
  });

  it('refuses a time zone that JavaScript accepts but the database does not, from the form and from the dashboard', async () => {
    const state = await saveSettings(NOT_SUBMITTED, formWith({ timeZone: 'US/Pacific-New' }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors.timeZone).toMatch(/US\/Pacific-New/);
    const adopted = await adoptTimeZone('US/Pacific-New');
    expect(adopted.ok).toBe(false);
    expect(adopted.message).toMatch(/US\/Pacific-New/);
    expect(await storedSettings()).toEqual(SHANGHAI_SETTINGS);
  });

  it('adopts the browser’s time zone under its canonical name', async () => {
    expect(await adoptTimeZone('utc')).toEqual({ ok: true, message: 'Your study day now follows UTC.' });
    expect(await storedSettings()).toEqual({ ...SHANGHAI_SETTINGS, timeZone: 'UTC' });
  });

  it('falls back to UTC, and says so, when the stored time zone is one the database refuses', async () => {
    const user = await getCurrentUser(database.db);
    await updateSettings(database.db, user.id, { ...SHANGHAI_SETTINGS, timeZone: 'US/Pacific-New' });
    const learner = await getCurrentUser(database.db);
    expect(learner.timeZone).toBe('UTC');
    expect(learner.unusableTimeZone).toBe('US/Pacific-New');
    const dashboard = await getDashboard(database.db, learner, new Date());
    expect(dashboard.history).toHaveLength(28);
  });

  it('answers an action called with anything but its form (as anyone can) with a message, and saves nothing', async () => {
    const hostile: unknown[][] = [[undefined, undefined], [null, 'text'], [{ submission: 'x' }, { timeZone: 'UTC' }], [NOT_SUBMITTED, 42]];
    for (const [previous, form] of hostile) {
      const state = await saveSettings(previous as typeof NOT_SUBMITTED, form as FormData);
      expect(state.ok).toBe(false);
      expect(state.message).toMatch(/malformed/);
    }
    for (const value of [undefined, null, 42, { zone: 'UTC' }, '']) {
      expect((await adoptTimeZone(value as string)).ok).toBe(false);
    }
    expect(await storedSettings()).toEqual(SHANGHAI_SETTINGS);
  });

  it('estimates the workload of a typed retention, and answers anything else with a message', async () => {
    const { status, answer } = await estimateWorkloadFor(' 85 ');
    expect(status).toBe(200);
    expect(answer.workload.desiredRetention).toBe(0.85);
    expect(answer.workload.estimates.map((estimate: { desiredRetention: number }) => estimate.desiredRetention)).toEqual([0.75, 0.8, 0.85, 0.88, 0.91]);
    for (const value of ['', '100', '69', '85.5', '0x55', 'lots']) {
      expect(await estimateWorkloadFor(value), value).toEqual({
        status: 400,
        answer: { ok: false, error: 'invalid', message: 'Enter a retention from 70% to 99% to see its workload.' },
      });
    }
    for (const value of [85, null, undefined, { percent: 85 }, 'x'.repeat(101)]) {
      expect(await estimateWorkloadFor(value), JSON.stringify(value)).toMatchObject({ status: 400, answer: { ok: false, error: 'invalid' } });
    }
  });
});
