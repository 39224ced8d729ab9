/**
 * Preferred first senses for common words whose CC-CEDICT entry leads with a sense a learner of modern
 * Chinese would be misled by, where no rule can tell (the misleading sense carries no "(literary)" tag).
 * Each value lists the starts of definitions (as `readableDefinition` writes them) to bring to the front,
 * in that order; the other senses keep their order. A prefix only moves a sense of the reading that has it.
 * The test "every preferred sense exists in the dictionary" keeps this list honest after a dictionary update.
 */
export const PREFERRED_SENSES: Readonly<Record<string, readonly string[]>> = {
  // The first sense is an old or narrow one.
  开放: ['to open up', 'to open'], // not "to bloom"
  引领: ['to lead', 'to show the way'], // not "to crane one's neck"
  项: ['item', 'measure word for'], // not "back of neck"
  关: ['to close', 'to concern'], // not "mountain pass"
  俄: ['Russia'], // not "suddenly" (literary, untagged)
  缅: ['Myanmar'], // not "distant"
  日: ['day', '(bound form) sun'], // "sun" is bound (太阳); dates use 日 "day"
  里: ['inside', 'interior'], // 裡 "inside", not 里 "li, ancient measure of length"
  // A measure word almost everywhere it stands alone.
  届: ['measure word for', 'period'], // not "to arrive at"
  次: ['measure word for', 'next in sequence'], // "time(s)": 三次 three times
  件: ['measure word for events, things, clothes'],
  条: ['measure word for long thin things', 'strip'],
  张: ['measure word for flat objects', 'to open up'],
  位: ['measure word for people (honorific)', 'position'],
  号: ['(after a numeral) number designation', 'day of the month'], // not "bugle"
  // The everyday sense comes later in the entry.
  点: ['point; dot; spot; speck', '(after a number) o\'clock', 'a small amount; a bit'], // not "to touch briefly"
  太: ['too (much)', 'very', 'extremely'], // not "highest"
  热: ['hot (of weather)', 'heat'], // not "to warm up"
  字: ['character', 'word', 'letter'],
  钱: ['money', 'coin'],
  先生: ['gentleman; sir; mister (Mr.)', 'husband'], // not "teacher" (old)
  请: ['please (do sth)', 'to ask', 'to invite'],
  种: ['kind', 'type', 'measure word for types'], // zhǒng, not "seed"
  被: ['used to indicate passive voice', 'quilt'],
  跟: ['with', 'to follow closely', 'and (joining two nouns)'], // not "heel"
  才: ['then and only then', 'just now', '(before an expression of quantity) only'], // not "ability; talent"
  带: ['to take along', 'to carry', 'to bring', 'belt'], // not "band"
  一直: ['continuously; always'], // not "straight (in a straight line)"
  当然: ['certainly', 'of course'], // not "only natural"
  季节: ['season'], // not "time"
  让: ['to let sb do sth', 'to have sb do sth', 'to make sb', 'to yield'],
  别: ["don't ...!", '(bound form) other'], // bié, not "to leave"
  穿: ['to wear; to put on'], // not "to bore through"
  咸: ['salted', 'salty'], // 鹹 "salty", not 咸 "all" (literary, untagged)
  打印: ['to print out'], // not "to affix a seal"
  挺: ['(coll.) quite', 'very', 'straight'],
  帅: ['handsome'], // not "commander-in-chief"
  困: ['sleepy', 'tired', 'to trap'],
  节: ['seasonal festival', '(bound form) section; segment'], // not "joint; node"
  寄: ['to send by post; to mail'], // not "to entrust"
  恐怕: ["I'm afraid that...", 'perhaps'], // not "fear"
  究竟: ['after all', 'when all is said and done'],
  收入: ['income', 'revenue'],
  交通: ['traffic', 'transportation'], // not "to be connected"
  所: ['place', 'that which', 'measure word for houses'], // not "actually"
  装: ['to install', 'to load', 'to pack', 'to pretend', 'dress'], // not "adornment"
  便: ['convenient', 'equivalent to 就 jiù: then'], // biàn, not "plain"
  顿: ['measure word for meals', 'to stop', 'to pause'],
  朝: ['facing', 'towards', 'dynasty'], // cháo, not "imperial or royal court"
  套: ['measure word for sets', 'cover', 'to cover'],
  团: ['group', 'society', 'regiment', 'round', 'ball'], // not "round"
  冲: ['to rush', 'to clash', 'to go straight ahead'], // not "thoroughfare"

  打: ['to hit'], // not the long note on 打 as a light verb
  意思: ['meaning', 'idea'], // 什么意思? "what does it mean?"
  干: ['to do', 'to work', 'to manage'], // gàn: not "tree trunk"
  支持: ['to support', 'to back', 'support'], // before "to be in favor of"
  活动: ['(outdoor etc) activity', '(volcanic, seismic, economic etc) activity'], // not "to exercise"
  作为: ['as (in the capacity of)', 'to act as'], // not "one's conduct"
  临时: ['temporary', 'interim'], // not "as the time draws near"
  包容: ['inclusive', 'to show tolerance'], // not "to pardon"
  配合: ['to coordinate with', 'to cooperate', 'to act in concert with'], // not "matching"
  落实: ['to implement', 'to carry out'], // not "practical"
  同胞: ['compatriot', 'fellow citizen'], // not "born of the same parents"
  兼: ['holding two or more (official) posts'], // 国务委员兼外交部长, not "double"
};

export function preferredSenses(hanzi: string, _reading: string): readonly string[] | undefined {
  return PREFERRED_SENSES[hanzi];
}
