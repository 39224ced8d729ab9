const NUMERALS = '零〇一二两三四五六七八九十百千万亿';
/** Measure words that follow a number ("150 多个", "十九届", "一条"): with it they are a number, not a word. */
export const MEASURE_WORDS = new Set([...'个年月日天号次位项条种件名只本场批届轮期份座所层倍岁周家架部篇句段节点张双对套辆艘枚起例国']);

const NUMBER_EXPRESSION = new RegExp(`^(第?[${NUMERALS}]+|[多余几])[${NUMERALS}多余几]*[${[...MEASURE_WORDS].join('')}]?$`, 'u');

/** A numeral, an ordinal or a number with its measure word: 十九, 第三, 一年, 两个, 第二十七次, 多万份. */
export function isNumberExpression(text: string): boolean {
  return NUMBER_EXPRESSION.test(text) && /[零〇一二两三四五六七八九十百千万亿]|^[多余几]/u.test(text);
}

export function isNumeral(text: string): boolean {
  return [...text].every((character) => NUMERALS.includes(character));
}

/** 多, 余 and 几 right after a number say "more than" or "some": 150 多个, 150 余国, 十几年. */
export function isApproximation(text: string): boolean {
  return text === '多' || text === '余' || text === '几';
}
