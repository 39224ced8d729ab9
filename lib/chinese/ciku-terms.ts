/**
 * Terms that CC-CEDICT (the copy Ciku ships) lacks but a learner meets as units in current Chinese news: set
 * phrases, new political terms and names. Each has its reading in CC-CEDICT's style and a short meaning of
 * Ciku's own writing. Keep the list short: a phrase made of dictionary words is better learnt as those words.
 */
export interface CikuTerm {
  hanzi: string;
  /** CC-CEDICT style: numbered syllables, capitalised for names (every entry of a name is capitalised). */
  pinyinNumbered: string;
  definitions: string[];
}

export const CIKU_TERMS: readonly CikuTerm[] = [
  { hanzi: '十四五', pinyinNumbered: 'Shi2 si4 Wu3', definitions: ["the 14th Five-Year Plan (2021–2025), China's national development plan"] },
  { hanzi: '新局', pinyinNumbered: 'xin1 ju2', definitions: ['new situation; new prospects'] },
  { hanzi: '联防联控', pinyinNumbered: 'lian2 fang2 lian2 kong4', definitions: ['joint prevention and control (of an epidemic)'] },
  { hanzi: '二十国集团', pinyinNumbered: 'Er4 shi2 guo2 Ji2 tuan2', definitions: ['Group of Twenty (G20)'] },
  { hanzi: '人类命运共同体', pinyinNumbered: 'ren2 lei4 ming4 yun4 gong4 tong2 ti3', definitions: ['community with a shared future for mankind (a Chinese foreign-policy concept)'] },
  { hanzi: '五中全会', pinyinNumbered: 'wu3 zhong1 quan2 hui4', definitions: ['fifth plenary session (of a Central Committee of the Communist Party)'] },
  { hanzi: '双循环', pinyinNumbered: 'shuang1 xun2 huan2', definitions: ['dual circulation (domestic and international economic cycles reinforcing each other)'] },
  { hanzi: '厚植', pinyinNumbered: 'hou4 zhi2', definitions: ['to cultivate deeply; to foster'] },
  { hanzi: '风正帆悬', pinyinNumbered: 'feng1 zheng4 fan1 xuan2', definitions: ['(idiom) a fair wind fills the sails; all set for smooth progress'] },
  { hanzi: '澜湄', pinyinNumbered: 'Lan2 Mei2', definitions: ['Lancang-Mekong (the river and the countries along it)'] },
  { hanzi: '共建', pinyinNumbered: 'gong4 jian4', definitions: ['to build jointly; to develop together'] },
  { hanzi: '复产', pinyinNumbered: 'fu4 chan3', definitions: ['to resume production'] },
];

export const CIKU_TERM_HANZI: ReadonlySet<string> = new Set(CIKU_TERMS.map((term) => term.hanzi));

/** The terms as CC-CEDICT lines ("traditional simplified [pinyin] /definition/"), to be read with the dictionary. */
export function cikuTermLines(): string {
  return CIKU_TERMS.map((term) => `${term.hanzi} ${term.hanzi} [${term.pinyinNumbered}] /${term.definitions.join('/')}/`).join('\n');
}
