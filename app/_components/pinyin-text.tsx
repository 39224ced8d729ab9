import { pinyinSyllables, toneClass } from '@/lib/chinese/tones';

/** A word's pinyin, its syllables coloured by tone when the learner asks for it. */
export function PinyinText({ pinyin, hanzi, toneColours }: { pinyin: string; hanzi?: string; toneColours: boolean }) {
  if (!toneColours) return <>{pinyin}</>;
  const count = hanzi ? [...hanzi].filter((character) => /\p{Script=Han}/u.test(character)).length : undefined;
  return (
    <>
      {pinyinSyllables(pinyin, count || undefined).map((syllable, index) => (
        <span key={index} className={toneClass(syllable.tone)}>
          {syllable.text}
        </span>
      ))}
    </>
  );
}

/**
 * A word with its pinyin above each character (ruby), coloured by tone when asked. Characters that are not
 * Chinese (digits, Latin letters) carry no ruby.
 */
export function RubyWord({ hanzi, pinyin, toneColours }: { hanzi: string; pinyin: string; toneColours: boolean }) {
  const characters = [...hanzi];
  const hanCount = characters.filter((character) => /\p{Script=Han}/u.test(character)).length;
  const syllables = pinyinSyllables(pinyin, hanCount);
  if (syllables.length !== hanCount) {
    return (
      <ruby>
        {hanzi}
        <rt>{pinyin}</rt>
      </ruby>
    );
  }
  let next = 0;
  return (
    <>
      {characters.map((character, index) => {
        if (!/\p{Script=Han}/u.test(character)) return <span key={index}>{character}</span>;
        const syllable = syllables[next++];
        return (
          <ruby key={index} className={toneColours ? toneClass(syllable.tone) : undefined}>
            {character}
            <rt className={toneColours ? undefined : 'text-stone-500 dark:text-stone-400'}>{syllable.text}</rt>
          </ruby>
        );
      })}
    </>
  );
}
