/**
 * Server Action arguments as React encodes them (its "reply"): JSON chunks, the first one the arguments, in which
 * a string starting with "$" is a reference (a date, FormData, another chunk, a Map, a stream…). Ciku's pages
 * send plain values, dates, FormData and a form's bound arguments; anything else, a chunk that is not there or
 * deep nesting makes React's decoder throw (or overflow its stack), which Next.js answers with a 500. This tells
 * such a body apart first, so it can get a 400.
 */

/** Far deeper than any form's state; React decodes nesting recursively. */
const MAX_DEPTH = 32;

const PLAIN_REFERENCES = new Set(['$undefined', '$NaN', '$Infinity', '$-Infinity', '$-0']);

/** Why these chunks are not arguments a Ciku page sends, or null when they are. `chunkAt(id)` is chunk `id`'s JSON. */
export function replyProblem(chunkAt: (id: number) => string | undefined, root = 0): string | null {
  const onPath = new Set<number>();
  const checkChunk = (id: number): string | null => {
    const json = chunkAt(id);
    if (json === undefined) return `it refers to a part (${id}) that is not there`;
    if (onPath.has(id)) return 'its parts refer to each other in a circle';
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return 'a part is not JSON';
    }
    onPath.add(id);
    const problem = checkValue(value, 0);
    onPath.delete(id);
    return problem;
  };
  const checkValue = (value: unknown, depth: number): string | null => {
    if (depth > MAX_DEPTH) return `it is nested more than ${MAX_DEPTH} levels deep`;
    if (typeof value === 'string') return value.startsWith('$') ? checkReference(value) : null;
    if (typeof value !== 'object' || value === null) return null;
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
      const problem = checkValue(item, depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  const checkReference = (reference: string): string | null => {
    if (reference.startsWith('$$') || reference.startsWith('$D') || PLAIN_REFERENCES.has(reference)) return null;
    // React refuses a BigInt of more than 300 digits.
    if (/^\$n-?\d{1,300}$/.test(reference) || /^\$K[0-9a-f]{1,8}$/.test(reference)) return null;
    const chunk = /^\$@?([0-9a-f]{1,8})$/.exec(reference);
    if (chunk) return checkChunk(Number.parseInt(chunk[1], 16));
    return `it holds a value a form never sends (${reference.slice(0, 20)})`;
  };
  return checkChunk(root);
}

/** The reply in a multipart body: its chunks are the fields named `prefix` + a decimal number. */
export function formDataChunks(form: FormData, prefix = ''): (id: number) => string | undefined {
  return (id) => {
    const value = form.get(`${prefix}${id}`);
    return typeof value === 'string' ? value : undefined;
  };
}

/**
 * Why a multipart Server Action body is not one a Ciku page sends, or null: the arguments of a call made by
 * script (fields 0, 1…), and the bound arguments of each form submitted without script (`$ACTION_REF_x` with
 * its fields `$ACTION_x:0`, `$ACTION_x:1`…; React takes any x).
 */
export function multipartReplyProblem(form: FormData, calledByScript: boolean): string | null {
  const prefixes = calledByScript ? [''] : [];
  for (const name of form.keys()) {
    if (name.startsWith('$ACTION_REF_')) prefixes.push(`$ACTION_${name.slice('$ACTION_REF_'.length)}:`);
  }
  for (const prefix of prefixes) {
    // React reads a chunk once; a second field of the same name breaks its decoder.
    for (const name of new Set(form.keys())) {
      if (name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)) && form.getAll(name).length > 1) return `part ${name} is sent twice`;
    }
    const problem = replyProblem(formDataChunks(form, prefix));
    if (problem) return problem;
  }
  return null;
}

/**
 * What a multipart body's raw bytes hold that a browser's form never sends and that Next.js's parser (busboy)
 * reads otherwise than the Fetch standard's (which the checks above use): a part in another character set than
 * UTF-8, a part starting with a byte-order mark, or a part header longer than 1,000 characters. Null when none.
 */
export function multipartBytesProblem(body: Uint8Array): string | null {
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  for (const [, charset] of text.matchAll(/\r\ncontent-type:[^\r\n]*?charset\s*=\s*"?([^";\r\n]*)/gi)) {
    if (!/^utf-?8$/i.test(charset.trim())) return `a part is in another character set (${charset.trim().slice(0, 20)})`;
  }
  if (text.includes('\r\n\r\n\xef\xbb\xbf')) return 'a part starts with a byte-order mark';
  if (/(?:^|\r\n)content-[^\r\n]{1000}/i.test(text)) return 'a part header is too long';
  return null;
}
