import { describe, expect, it } from 'vitest';
import { commandForKey, REVIEW_KEYS } from './keys';

const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
  commandForKey({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers });

describe('review keys', () => {
  it('reveal with Space or Enter and answer with 1–4', () => {
    expect([press(' '), press('Enter'), press('1'), press('2'), press('3'), press('4')]).toEqual(['reveal', 'reveal', 'again', 'hard', 'good', 'easy']);
  });

  it('mark known with K, suspend with S, open the word page with W, in either case', () => {
    expect([press('k'), press('K', { shiftKey: true }), press('s'), press('S'), press('w'), press('W')]).toEqual([
      'known',
      'known',
      'suspend',
      'suspend',
      'wordPage',
      'wordPage',
    ]);
  });

  it('show a sentence card’s hints with P (pinyin) and M (meaning)', () => {
    expect([press('p'), press('P', { shiftKey: true }), press('m'), press('M')]).toEqual(['pinyinHint', 'pinyinHint', 'meaningHint', 'meaningHint']);
  });

  it('say the word with R and the first sentence with Shift+R, leaving Ctrl+R (reload) to the browser', () => {
    expect([press('r'), press('R', { shiftKey: true }), press('r', { ctrlKey: true }), press('R', { metaKey: true, shiftKey: true })]).toEqual([
      'speakWord',
      'speakSentence',
      null,
      null,
    ]);
  });

  it('undo with U, Ctrl+Z or Cmd+Z, but not Ctrl+Shift+Z (redo)', () => {
    expect([press('u'), press('z', { ctrlKey: true }), press('Z', { metaKey: true }), press('z', { ctrlKey: true, shiftKey: true })]).toEqual([
      'undo',
      'undo',
      'undo',
      null,
    ]);
  });

  it('leave the browser its own shortcuts (Ctrl+S, Ctrl+W, Alt+K) and ignore other keys', () => {
    expect([press('s', { ctrlKey: true }), press('w', { metaKey: true }), press('k', { altKey: true }), press('x'), press('5'), press('Tab')]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('open the help with ?, and the help lists every command the keys give', () => {
    expect(press('?', { shiftKey: true })).toBe('help');
    const commands = [' ', '1', '2', '3', '4', 'u', 'k', 's', 'w', 'p', 'm', '?', 'r'].map((key) => press(key));
    commands.push(press('R', { shiftKey: true }));
    expect(new Set(commands)).toEqual(new Set(Object.keys(REVIEW_KEYS)));
  });
});
