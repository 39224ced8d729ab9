'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import { NO_VOICE_MESSAGE, serverVoiceStatus, speakChinese, subscribeToVoices, voiceStatus, type VoiceStatus } from './speech';

/** Whether this browser has a Chinese voice yet ('loading' until its voices have had time to arrive). */
export function useVoiceStatus(): VoiceStatus {
  return useSyncExternalStore(subscribeToVoices, voiceStatus, serverVoiceStatus);
}

/**
 * A speaker that says `text` in a Chinese voice. Where the browser has none, it says so instead of failing
 * silently: it looks crossed out, its name and tooltip tell why, and pressing it shows the message (so it
 * stays a working button, not a disabled one).
 */
export function SpeakButton({
  text,
  label,
  className = '',
  keys,
  align = 'end',
}: {
  text: string;
  label: string;
  className?: string;
  keys?: string;
  /** Which edge of the button the no-voice note lines up with. */
  align?: 'start' | 'end';
}) {
  const status = useVoiceStatus();
  const [explained, setExplained] = useState(false);
  const noteId = useId();
  const noVoice = status === 'none';
  return (
    <span className={`relative inline-flex ${className}`}>
      <button
        type="button"
        onClick={(event) => {
          setExplained(!speakChinese(text) && !explained);
          // After a click (not a key press), Space and Enter go back to the page's own keys (reveal, grade).
          if (event.detail > 0) event.currentTarget.blur();
        }}
        aria-label={noVoice ? `${label} (no Chinese voice in this browser)` : label}
        aria-describedby={explained ? noteId : undefined}
        aria-keyshortcuts={keys}
        title={noVoice ? NO_VOICE_MESSAGE : label}
        data-testid="speak-button"
        data-voice={status}
        className={`inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-full border align-middle ${
          noVoice
            ? 'cursor-not-allowed border-dashed border-stone-300 text-stone-400 dark:border-stone-600 dark:text-stone-500'
            : 'border-stone-300 text-stone-600 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-300 dark:hover:bg-stone-800'
        }`}
      >
        <SpeakerIcon muted={noVoice} />
      </button>
      {explained && (
        <span
          id={noteId}
          role="status"
          className={`absolute top-full z-10 mt-1 w-64 max-w-[80vw] rounded-lg border border-stone-200 bg-white p-2 text-left font-sans text-sm font-normal leading-snug text-stone-700 shadow-md dark:border-stone-700 dark:bg-stone-800 dark:text-stone-200 ${
            align === 'end' ? 'right-0' : 'left-0'
          }`}
          data-testid="no-voice-message"
        >
          {NO_VOICE_MESSAGE}
        </span>
      )}
    </span>
  );
}

function SpeakerIcon({ muted }: { muted: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M11 5 6 9H3v6h3l5 4V5z" fill="currentColor" />
      {muted ? <path d="m16 9 5 6m0-6-5 6" /> : <path d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13" />}
    </svg>
  );
}
