/**
 * Grammatical words every article is full of: particles, pronouns, prepositions, conjunctions and the copula.
 * They are real vocabulary (HSK 1), so they get cards like any word, but they are introduced after the
 * article's content words: a learner meets them in every sentence anyway, and can mark them known in one key.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  '的', '了', '着', '过', '地', '得', '之', '所', '吗', '呢', '吧', '啊',
  '和', '与', '及', '以及', '并', '而', '或', '或者', '但', '但是', '也', '都', '又', '还', '就', '才', '则', '即',
  '在', '对', '把', '被', '从', '向', '以', '为', '于', '由', '给', '让', '使', '跟', '同', '将', '按', '自',
  '是', '有', '不', '没', '没有', '这', '那', '这个', '那个', '其', '此', '该', '各', '每',
  '我', '你', '他', '她', '它', '我们', '你们', '他们', '她们', '它们', '自己', '等',
]);

export function isFunctionWord(hanzi: string): boolean {
  return FUNCTION_WORDS.has(hanzi);
}
