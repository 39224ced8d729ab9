/**
 * Speech with the browser's own speech synthesis, in a Mandarin voice. Voices arrive asynchronously (Chrome
 * fills `getVoices()` only after `voiceschanged`), and many browsers have none: the store says which it is.
 */

export const NO_VOICE_MESSAGE = 'No Chinese voice in this browser — install one in your system’s speech settings.';

type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'name' | 'localService' | 'default'>;

/** How well a voice's language suits Mandarin in simplified characters: lower is better, null not at all (Cantonese). */
function languageRank(lang: string): number | null {
  const tag = lang.replace(/_/g, '-').toLowerCase();
  if (tag === 'zh-cn' || tag.startsWith('zh-cn-') || tag === 'zh-hans-cn' || tag === 'cmn-cn' || tag === 'cmn-hans-cn') return 0;
  if (tag === 'zh-hans' || tag === 'cmn' || tag === 'cmn-hans' || tag === 'zh') return 1;
  if (tag === 'zh-sg' || tag === 'zh-hans-sg') return 2;
  if (tag === 'zh-tw' || tag === 'zh-hant-tw' || tag === 'cmn-tw' || tag === 'cmn-hant-tw') return 3;
  return null;
}

/** The voice to speak Chinese with: zh-CN first, then other Mandarin voices; a voice on this machine before a network one. */
export function chooseChineseVoice<V extends VoiceLike>(voices: readonly V[]): V | null {
  let best: { voice: V; key: number[] } | null = null;
  for (const voice of voices) {
    const rank = languageRank(voice.lang);
    if (rank === null) continue;
    const key = [rank, voice.localService ? 0 : 1, voice.default ? 0 : 1];
    if (!best || isBefore(key, best.key)) best = { voice, key };
  }
  return best?.voice ?? null;
}

function isBefore(a: number[], b: number[]): boolean {
  const index = a.findIndex((value, position) => value !== b[position]);
  return index >= 0 && a[index] < b[index];
}

export type VoiceStatus = 'loading' | 'ready' | 'none';

/** Voices may take a moment to arrive; after this long without one the browser has none. */
const VOICE_WAIT_MS = 1500;

let status: VoiceStatus = 'loading';
let voice: SpeechSynthesisVoice | null = null;
let started = false;
let waited = false;
/** Asked for before the voices arrived (Chrome lists none until `voiceschanged`): said as soon as one does. */
let pending: string | null = null;
const listeners = new Set<() => void>();

function update() {
  const synthesis = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  const found = synthesis ? chooseChineseVoice(synthesis.getVoices()) : null;
  const next: VoiceStatus = found ? 'ready' : synthesis && !waited ? 'loading' : 'none';
  if (found === voice && next === status) return;
  voice = found;
  status = next;
  if (status !== 'loading' && pending !== null) {
    const text = pending;
    pending = null;
    if (voice) say(text, voice);
  }
  for (const listener of listeners) listener();
}

function start() {
  if (started || typeof window === 'undefined') return;
  started = true;
  const synthesis = window.speechSynthesis;
  if (!synthesis || typeof window.SpeechSynthesisUtterance !== 'function') {
    waited = true;
    update();
    return;
  }
  synthesis.addEventListener?.('voiceschanged', update);
  update();
  setTimeout(() => {
    waited = true;
    update();
  }, VOICE_WAIT_MS);
}

/** For useSyncExternalStore: the voice status, watched from the first subscriber on. */
export function subscribeToVoices(listener: () => void): () => void {
  listeners.add(listener);
  start();
  return () => listeners.delete(listener);
}

export const voiceStatus = (): VoiceStatus => status;
export const serverVoiceStatus = (): VoiceStatus => 'loading';

/**
 * Says `text` in the chosen voice, cutting off anything still being said; while the voices are still
 * arriving, as soon as one does. False when the browser has no Chinese voice.
 */
export function speakChinese(text: string): boolean {
  start();
  if (status === 'loading') {
    pending = text;
    return true;
  }
  if (!voice) return false;
  say(text, voice);
  return true;
}

function say(text: string, chosen: SpeechSynthesisVoice) {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = chosen;
  utterance.lang = chosen.lang;
  utterance.rate = 0.9;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}
