import { z } from 'zod';
import type { BoundaryFix } from '@/lib/data/boundaries';
import { MAX_INT32, parseId } from './ids';

const PLAIN_DECIMAL = /^(0|[1-9][0-9]*)$/;

/** A place or count written in a form: a plain decimal number from 0 to 2^31 − 1, or null ("1e3", "-1", "0x10" are not). */
export function parseIndex(text: unknown): number | null {
  if (typeof text !== 'string' || text.length > String(MAX_INT32).length || !PLAIN_DECIMAL.test(text)) return null;
  const value = Number(text);
  return value <= MAX_INT32 ? value : null;
}

const id = z.string().transform((text, context) => parseId(text) ?? (context.addIssue({ code: 'custom', message: 'not an id' }), z.NEVER));
const index = z.string().transform((text, context) => parseIndex(text) ?? (context.addIssue({ code: 'custom', message: 'not an index' }), z.NEVER));

const BoundaryForm = z.strictObject({
  articleId: id,
  sentenceId: id,
  tokenIndex: index,
  /** Absent: join with the next word; present: split after this many characters. */
  splitAt: index.optional(),
  /** The word as the page shows it: a page older than the cut is told to reload. */
  hanzi: z.string().min(1).max(64).optional(),
});

/** The boundary fix a reading-view form asks for, or null when the form is not one. */
export function parseBoundaryForm(form: unknown): BoundaryFix | null {
  if (!(form instanceof FormData)) return null;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    // A field sent twice, or a file, is not what the reading view sends.
    if (key in fields || typeof value !== 'string') return null;
    fields[key] = value;
  }
  const parsed = BoundaryForm.safeParse(fields);
  return parsed.success ? parsed.data : null;
}
