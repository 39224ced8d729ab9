/**
 * Long CPU work in the server (cutting and describing a whole article) gives the event loop back every few
 * milliseconds, so that a learner studying meanwhile is answered in between. Call the returned function often:
 * it yields only once a slice has run out.
 */
export function timeSlices(sliceMs = 20): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}
