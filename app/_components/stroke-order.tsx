'use client';

import { useEffect, useRef, useState } from 'react';
import type HanziWriter from 'hanzi-writer';
import type { CharDataLoaderFn } from 'hanzi-writer';

const HAN = /\p{Script=Han}/u;

const COLOURS = {
  light: { strokeColor: '#1c1917', outlineColor: '#d6d3d1', drawingColor: '#0369a1', highlightColor: '#0ea5e9' },
  dark: { strokeColor: '#f5f5f4', outlineColor: '#44403c', drawingColor: '#38bdf8', highlightColor: '#0ea5e9' },
} as const;

/** hanzi-writer's data comes from the app itself (app/api/strokes), never from its default CDN. */
const loadFromApp: CharDataLoaderFn = (character, onLoad, onError) => {
  fetch(`/api/strokes/${encodeURIComponent(character)}`)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`strokes of ${character}: ${response.status}`))))
    .then(onLoad, onError);
};

const darkScheme = () => typeof window !== 'undefined' && window.matchMedia('(prefers-color-scheme: dark)').matches;

/** The stroke order of every Chinese character of `hanzi`, each animated with hanzi-writer on demand. */
export function StrokeOrder({ hanzi, size = 120 }: { hanzi: string; size?: number }) {
  const characters = [...hanzi].filter((character) => HAN.test(character));
  if (characters.length === 0) return <p className="text-sm text-stone-500 dark:text-stone-400">No Chinese characters to draw.</p>;
  return (
    <ul className="flex flex-wrap gap-3" data-testid="stroke-order">
      {characters.map((character, index) => (
        <li key={`${index}-${character}`}>
          <CharacterStrokes character={character} size={size} />
        </li>
      ))}
    </ul>
  );
}

function CharacterStrokes({ character, size }: { character: string; size: number }) {
  const target = useRef<HTMLDivElement>(null);
  const writer = useRef<HanziWriter | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'playing' | 'failed'>('loading');
  const [played, setPlayed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const element = target.current;
    if (!element) return;
    void import('hanzi-writer').then(({ default: Writer }) => {
      if (cancelled) return;
      writer.current = Writer.create(element, character, {
        width: size,
        height: size,
        padding: 6,
        showOutline: true,
        showCharacter: true,
        strokeAnimationSpeed: 1.5,
        delayBetweenStrokes: 250,
        charDataLoader: loadFromApp,
        onLoadCharDataSuccess: () => !cancelled && setState('ready'),
        onLoadCharDataError: () => !cancelled && setState('failed'),
        ...COLOURS[darkScheme() ? 'dark' : 'light'],
      });
    });
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const recolour = () => {
      const colours = COLOURS[scheme.matches ? 'dark' : 'light'];
      for (const [name, value] of Object.entries(colours)) void writer.current?.updateColor(name as keyof typeof colours, value);
    };
    scheme.addEventListener('change', recolour);
    return () => {
      cancelled = true;
      scheme.removeEventListener('change', recolour);
      void writer.current?.pauseAnimation();
      writer.current = null;
      element.replaceChildren();
    };
  }, [character, size]);

  const play = () => {
    if (!writer.current) return;
    setState('playing');
    setPlayed(true);
    void writer.current.animateCharacter({ onComplete: () => setState('ready') });
  };

  return (
    <figure className="flex flex-col items-center gap-1">
      <div
        ref={target}
        role="img"
        aria-label={`Stroke order of ${character}`}
        lang="zh-CN"
        style={{ width: size, height: size }}
        className="rounded-lg border border-stone-200 bg-stone-50 dark:border-stone-700 dark:bg-stone-950"
        data-testid="stroke-character"
        data-state={state}
      />
      {state === 'failed' ? (
        <figcaption className="max-w-[8rem] text-center text-xs text-stone-500 dark:text-stone-400">No stroke order for {character}</figcaption>
      ) : (
        <button
          type="button"
          onClick={play}
          disabled={state !== 'ready'}
          className="rounded-md px-2 py-1 text-sm font-medium text-sky-700 hover:bg-sky-50 disabled:opacity-50 dark:text-sky-400 dark:hover:bg-sky-950"
        >
          {state === 'playing' ? 'Drawing…' : played ? 'Replay' : 'Play'} <span className="sr-only">the strokes of</span> <span lang="zh-CN">{character}</span>
        </button>
      )}
    </figure>
  );
}
