import { describe, expect, it } from 'vitest';
import { chooseChineseVoice } from './speech';

const voice = (lang: string, name = lang, localService = true, isDefault = false) => ({ lang, name, localService, default: isDefault });

describe('chooseChineseVoice', () => {
  it('prefers a zh-CN voice to other Mandarin voices, whatever their order', () => {
    const voices = [voice('en-US'), voice('zh-TW'), voice('zh'), voice('zh-CN', 'Tingting'), voice('zh-HK')];
    expect(chooseChineseVoice(voices)?.name).toBe('Tingting');
  });

  it('reads language tags written with underscores or in any case (Android writes zh_CN)', () => {
    expect(chooseChineseVoice([voice('en_GB'), voice('zh_CN', 'android')])?.name).toBe('android');
    expect(chooseChineseVoice([voice('ZH-cn', 'upper')])?.name).toBe('upper');
  });

  it('takes a voice on this machine before a network voice, and the default among equals', () => {
    expect(chooseChineseVoice([voice('zh-CN', 'online', false), voice('zh-CN', 'local', true)])?.name).toBe('local');
    expect(chooseChineseVoice([voice('zh-CN', 'a'), voice('zh-CN', 'b', true, true)])?.name).toBe('b');
    expect(chooseChineseVoice([voice('zh-CN', 'first'), voice('zh-CN', 'second')])?.name).toBe('first');
  });

  it('falls back to a plain zh, then a Taiwanese Mandarin voice', () => {
    expect(chooseChineseVoice([voice('zh-TW', 'tw'), voice('zh', 'zh')])?.name).toBe('zh');
    expect(chooseChineseVoice([voice('en-US'), voice('zh-TW', 'tw')])?.name).toBe('tw');
  });

  it('finds none among no voices, other languages and Cantonese ones', () => {
    expect(chooseChineseVoice([])).toBeNull();
    expect(chooseChineseVoice([voice('en-US'), voice('ja-JP'), voice('zh-HK'), voice('yue-HK'), voice('zhx')])).toBeNull();
  });
});
