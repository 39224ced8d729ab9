/**
 * Server Action arguments as React encodes them (its "reply"): JSON chunks, the first one the arguments, in which
 * a string starting with "$" is a reference (a date, FormData, another chunk, a Map, a stream…). Ciku's pages
 * send plain values, dates, FormData and a form's bound arguments; anything else, a chunk that is not there or
 * deep nesting makes React's decoder throw (or overflow its stack), which Next.js answers with a 500. This tells
 * such a body apart first, so it can get a 400.
 */

/** Far deeper than any form's state; React decodes nesting recursively. */
const MAX_DEPTH = 32;
/** React refuses more arguments (or bound arguments) than this; no list a page sends comes near it. */
const MAX_ITEMS = 1000;

const PLAIN_REFERENCES = new Set(['$undefined', '$NaN', '$Infinity', '$-Infinity', '$-0']);

/** A chunk's JSON, and where it stands among the body's parts (React streams a multipart body in order). */
export interface Chunk {
  json: string;
  position: number;
}

/**
 * Why these chunks are not arguments a Ciku page sends, or null when they are. `chunkAt(id)` is chunk `id`.
 * `inOrder`: the body is streamed (a multipart call by script), so a chunk may only refer to earlier ones.
 */
export function replyProblem(chunkAt: (id: number) => Chunk | undefined, { root = 0, inOrder = false } = {}): string | null {
  const onPath = new Set<number>();
  const checkChunk = (id: number, referrer?: Chunk): string | null => {
    const chunk = chunkAt(id);
    if (chunk === undefined) return `it refers to a part (${id}) that is not there`;
    if (onPath.has(id)) return 'its parts refer to each other in a circle';
    if (inOrder && referrer && chunk.position > referrer.position) return `it refers to a part (${id}) that comes later`;
    let value: unknown;
    try {
      value = JSON.parse(chunk.json);
    } catch {
      return 'a part is not JSON';
    }
    onPath.add(id);
    const problem = checkValue(value, 0, chunk);
    onPath.delete(id);
    return problem;
  };
  const checkValue = (value: unknown, depth: number, chunk: Chunk): string | null => {
    if (depth > MAX_DEPTH) return `it is nested more than ${MAX_DEPTH} levels deep`;
    if (typeof value === 'string') return value.startsWith('$') ? checkReference(value, chunk) : null;
    if (typeof value !== 'object' || value === null) return null;
    const items = Array.isArray(value) ? value : Object.values(value);
    if (items.length > MAX_ITEMS) return `it holds a list of more than ${MAX_ITEMS} items`;
    for (const item of items) {
      const problem = checkValue(item, depth + 1, chunk);
      if (problem) return problem;
    }
    return null;
  };
  const checkReference = (reference: string, chunk: Chunk): string | null => {
    if (reference.startsWith('$$') || reference.startsWith('$D') || PLAIN_REFERENCES.has(reference)) return null;
    // React refuses a BigInt of more than 300 digits.
    if (/^\$n-?\d{1,300}$/.test(reference) || /^\$K[0-9a-f]{1,8}$/.test(reference)) return null;
    const outlined = /^\$@?([0-9a-f]{1,8})$/.exec(reference);
    if (outlined) return checkChunk(Number.parseInt(outlined[1], 16), chunk);
    return `it holds a value a form never sends (${reference.slice(0, 20)})`;
  };
  return checkChunk(root);
}

/**
 * The chunks of a multipart body: the string fields named `prefix` + a decimal number. A name that React would
 * read as a number without being one in plain decimal (00, 0x0, " 0", 1e0, an empty name) would be a second
 * name for a chunk: it is a problem of its own (see `chunkNameProblem`).
 */
export function formDataChunks(form: FormData, prefix = ''): (id: number) => Chunk | undefined {
  const positions = new Map<string, number>();
  [...form.keys()].forEach((name, position) => positions.has(name) || positions.set(name, position));
  return (id) => {
    const value = form.get(`${prefix}${id}`);
    return typeof value === 'string' ? { json: value, position: positions.get(`${prefix}${id}`)! } : undefined;
  };
}

function chunkNameProblem(form: FormData, prefix: string): string | null {
  const names = [...form.keys()];
  for (const name of new Set(names)) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    const number = Number(rest);
    if (Number.isNaN(number)) continue;
    if (!Number.isSafeInteger(number) || number < 0 || rest !== String(number)) return `a part's name (${name.slice(0, 20)}) reads as a number but is not one`;
    // React reads a chunk once; a second field of the same name breaks its decoder.
    if (names.filter((other) => other === name).length > 1) return `part ${name.slice(0, 20)} is sent twice`;
  }
  return null;
}

/**
 * Why a multipart Server Action body is not one a Ciku page sends, or null: the arguments of a call made by
 * script (fields 0, 1…, each after the ones it refers to, as React writes them), and the bound arguments of each
 * form submitted without script (`$ACTION_REF_x` with its fields `$ACTION_x:0`, an object naming the action and
 * its bound arguments, and `$ACTION_x:1`…; React takes any x). No page sends a file.
 */
export function multipartReplyProblem(form: FormData, calledByScript: boolean): string | null {
  for (const value of form.values()) if (typeof value !== 'string') return 'it holds a file';
  if (calledByScript) {
    const problem = chunkNameProblem(form, '') ?? replyProblem(formDataChunks(form), { inOrder: true });
    if (problem) return problem;
  }
  for (const name of form.keys()) {
    if (!name.startsWith('$ACTION_REF_')) continue;
    const prefix = `$ACTION_${name.slice('$ACTION_REF_'.length)}:`;
    const problem = chunkNameProblem(form, prefix) ?? boundActionProblem(form, prefix) ?? replyProblem(formDataChunks(form, prefix));
    if (problem) return problem;
  }
  return null;
}

/** A form's action as React writes it for use without script: `{"id": "…", "bound": "$@1"}`, its bound arguments a list. */
function boundActionProblem(form: FormData, prefix: string): string | null {
  const json = (name: string): unknown => {
    const field = form.get(name);
    try {
      return typeof field === 'string' ? JSON.parse(field) : undefined;
    } catch {
      return undefined;
    }
  };
  const action = json(`${prefix}0`);
  if (typeof action === 'object' && action !== null && !Array.isArray(action)) {
    const { id, bound } = action as Record<string, unknown>;
    const reference = typeof bound === 'string' ? /^\$@([0-9a-f]{1,8})$/.exec(bound) : null;
    if (typeof id === 'string' && reference) {
      return Array.isArray(json(`${prefix}${Number.parseInt(reference[1], 16)}`)) ? null : "a form's bound arguments are not a list";
    }
  }
  return "a form's action is not named as a page names it";
}

/**
 * Why a multipart body is not written as a browser writes a form of text fields, or null. Next.js reads a call by
 * script with busboy, the checks above use the Fetch standard's parser, and the two differ on what a browser
 * never sends (a second Content-Disposition, a space before a colon, a part's own type, character set or
 * transfer encoding, a file, a byte-order mark): so each part must be one `Content-Disposition: form-data;
 * name="…"` line and its text, between the boundaries of the request's type, and nothing else.
 */
export function multipartBytesProblem(body: Uint8Array, contentType: string): string | null {
  const boundary = /;\s*boundary=(?:"([^"\r\n]{1,70})"|([^;\s"]{1,70}))\s*(?:;|$)/i.exec(contentType);
  if (!boundary) return 'it names no boundary';
  const delimiter = `\r\n--${boundary[1] ?? boundary[2]}`;
  const text = `\r\n${Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1')}`;
  const [preamble, ...parts] = text.split(delimiter);
  if (preamble !== '' || parts.length === 0) return 'it does not start with its boundary';
  for (const [index, part] of parts.entries()) {
    if (part.startsWith('--')) return index === parts.length - 1 && /^--(\r\n)?$/.test(part) ? null : 'it goes on after its last boundary';
    if (!part.startsWith('\r\n')) return 'a boundary is followed by something else';
    const headerEnd = part.indexOf('\r\n\r\n', 2);
    if (headerEnd === -1) return 'a part has no end to its header';
    if (!/^Content-Disposition: form-data; name="[^"\r\n]{0,1000}"$/i.test(part.slice(2, headerEnd))) return 'a part is not a form field as a browser writes one';
    if (part.startsWith('\xef\xbb\xbf', headerEnd + 4)) return 'a part starts with a byte-order mark';
  }
  return 'it has no closing boundary';
}
