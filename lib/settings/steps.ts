/** (Re)learning steps as the learner types them ("1m 10m") and as ts-fsrs takes them (["1m", "10m"]). */

export const STEP_LIMITS = { minMinutes: 1, maxMinutes: 30 * 24 * 60, maxCount: 10 } as const;

const MINUTES_PER_UNIT = { m: 1, h: 60, d: 24 * 60 } as const;
const STEP = /^(\d{1,6})([mhd])$/;

export type StepsParse = { ok: true; steps: string[] } | { ok: false; message: string };

export function stepMinutes(step: string): number {
  const [, value, unit] = STEP.exec(step)!;
  return Number(value) * MINUTES_PER_UNIT[unit as keyof typeof MINUTES_PER_UNIT];
}

/**
 * Steps separated by spaces or commas, each a whole number of minutes, hours or days ("1m 10m", "1h, 1d").
 * No steps at all is allowed, as in Anki: FSRS then schedules the card in days straight away.
 */
export function parseSteps(text: string): StepsParse {
  const steps = text.trim().toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (steps.length > STEP_LIMITS.maxCount) return { ok: false, message: `At most ${STEP_LIMITS.maxCount} steps.` };
  for (const step of steps) {
    if (!STEP.test(step)) return { ok: false, message: `“${step}” is not a step: write a whole number and m, h or d, like 10m, 1h or 1d.` };
    const minutes = stepMinutes(step);
    if (minutes < STEP_LIMITS.minMinutes) return { ok: false, message: `“${step}” is too short: a step is at least 1 minute.` };
    if (minutes > STEP_LIMITS.maxMinutes) return { ok: false, message: `“${step}” is too long: a step is at most 30 days.` };
  }
  return { ok: true, steps };
}

export function formatSteps(steps: readonly string[]): string {
  return steps.join(' ');
}
