/** The largest value a PostgreSQL `integer` (a Prisma `Int`) column holds: 2^31 − 1. */
export const MAX_INT32 = 2_147_483_647;

const PLAIN_POSITIVE_DECIMAL = /^[1-9][0-9]*$/;

/**
 * A database id written in a URL or a form: a plain decimal number from 1 to 2^31 − 1, or null.
 * "1e3", "0x10", "010", "+5", "1.0" and " 1" are not ids, even though `Number()` reads them.
 */
export function parseId(text: string | null | undefined): number | null {
  if (typeof text !== 'string' || text.length > String(MAX_INT32).length || !PLAIN_POSITIVE_DECIMAL.test(text)) return null;
  const id = Number(text);
  return id <= MAX_INT32 ? id : null;
}

/**
 * A page number from a query string: 1 when it is missing or not a plain positive decimal number,
 * at most 2^31 − 1 (a list shows its last page for any page past its end).
 */
export function parsePageNumber(value: string | string[] | undefined): number {
  if (typeof value !== 'string' || !PLAIN_POSITIVE_DECIMAL.test(value)) return 1;
  return value.length > String(MAX_INT32).length ? MAX_INT32 : Math.min(Number(value), MAX_INT32);
}
