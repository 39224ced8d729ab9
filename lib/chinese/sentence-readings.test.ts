import fs from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { extractArticle, isVocabularyToken } from '@/lib/text/extract';
import { loadCedict } from './cedict';
import { EVERYDAY_READINGS, FULL_TONE_IN_COMPOUNDS, PLACE_ABBREVIATIONS, READING_RULES } from './reading-rules';
import { readingKey, readingsInUse, readSentence, readSentenceTokens, readWord } from './sentence-readings';
import { splitIntoWords } from './split-words';

const cedict = loadCedict();

/** "他 [还] 没 来 。" → the tokens, and the index of the bracketed one. */
function sentence(segmented: string) {
  const raw = segmented.split(' ');
  const target = raw.findIndex((token) => token.startsWith('['));
  const tokens = raw.map((token) => token.replace(/[[\]]/g, '')).map((text) => ({ text, isWord: isVocabularyToken(text) }));
  return { tokens, target };
}

function readingOf(segmented: string): string | null {
  const { tokens, target } = sentence(segmented);
  return readSentence(tokens, cedict)[target];
}

describe('readSentence: polyphones in everyday sentences', () => {
  it.each([
    ['我 去 超市 买 [东西] 。', 'dōngxi'],
    ['这 条 河 [东西] 走向 ， 长 三百 公里 。', 'dōngxī'],
    ['这个 [地方] 很 安静 。', 'dìfang'],
    ['中央 和 [地方] 都 要 重视 这个 问题 。', 'dìfāng'],
    ['这 件 衣服 [多少] 钱 ？', 'duōshao'],
    ['他 [多少] 有些 紧张 。', 'duōshǎo'],
    ['奶奶 给 我们 讲 了 一个 [故事] 。', 'gùshi'],
    ['他 慢慢 [地] 走 回家 。', 'de'],
    ['孩子们 高兴 [地] 唱歌 。', 'de'],
    ['书 掉 在 [地] 上 了 。', 'dì'],
    ['他 跑 [得] 很快 。', 'de'],
    ['我 [得] 走 了 ， 明天 见 。', 'děi'],
    ['他 在 比赛 中 [得] 了 第一名 。', 'dé'],
    ['我 借 了 他 的 书 ， 明天 [还] 给 他 。', 'huán'],
    ['他 [还] 没 来 。', 'hái'],
    ['你 什么 时候 [还] 钱 ？', 'huán'],
    ['王 老师 [教] 我们 中文 。', 'jiāo'],
    ['他 最近 [教] 学生 画画 。', 'jiāo'],
    ['要 以 学生 [为] 中心 。', 'wéi'],
    ['我们 [为] 人民 服务 。', 'wèi'],
    ['他 被 选 [为] 班长 。', 'wéi'],
    ['大家 都 [为] 你 高兴 。', 'wèi'],
    ['我 吃 [了] 饭 。', 'le'],
    ['这么 多 菜 ， 我 吃 不 [了] 。', 'liǎo'],
    ['孩子 睡 [着] 了 。', 'zháo'],
    ['他 笑 [着] 说 。', 'zhe'],
    ['房子 [着] 火 了 。', 'zháo'],
    ['这样 做 [行] 不 行 ？', 'xíng'],
    ['请 看 第三 [行] 。', 'háng'],
    ['这 条 路 很 [长] 。', 'cháng'],
    ['孩子 [长] 高 了 。', 'zhǎng'],
    ['这个 箱子 太 [重] 了 。', 'zhòng'],
    ['写 错 了 ， 请 [重] 写 一 遍 。', 'chóng'],
    ['他 [种] 了 很多 花 。', 'zhòng'],
    ['这 [种] 水果 很 甜 。', 'zhǒng'],
    ['我 家 有 一 [只] 猫 。', 'zhī'],
    ['他 [只] 喝 水 。', 'zhǐ'],
    ['我 [都] 知道 了 。', 'dōu'],
    ['现在 [差] 五分 八点 。', 'chà'],
    ['他 下 周 要 出 [差] 。', 'chāi'],
    ['你 [数] 一 数 有 几个 人 。', 'shǔ'],
    ['这个 [数] 很 大 。', 'shù'],
    ['把 温度 [调] 高 一点 。', 'tiáo'],
    ['公司 把 他 [调] 到 上海 。', 'diào'],
    ['护士 给 病人 [量] 体温 。', 'liáng'],
    ['这家 饭馆 的 菜 [量] 很 足 。', 'liàng'],
    ['他 [中] 了 大奖 。', 'zhòng'],
    ['我 在 学习 [中] 遇到 了 困难 。', 'zhōng'],
    ['周末 你 有 [空] 吗 ？', 'kòng'],
    ['这个 盒子 是 [空] 的 。', 'kōng'],
    ['昨天 我 睡 了 一个 好 [觉] 。', 'jiào'],
    ['下个月 我们 放 三天 [假] 。', 'jià'],
    ['这 是 [假] 的 。', 'jiǎ'],
    ['他 流 了 很多 [血] 。', 'xiě'],
    ['这 是 用 [血] 换来 的 教训 。', 'xuè'],
    ['你 在 [干] 什么 ？', 'gàn'],
    ['衣服 晒 [干] 了 。', 'gān'],
    ['他 [发] 了 一封 邮件 。', 'fā'],
    ['她 剪 了 短 [发] 。', 'fà'],
    ['我们 [将] 在 明天 出发 。', 'jiāng'],
    ['他 是 一员 大 [将] 。', 'jiàng'],
    ['我 [没] 去 。', 'méi'],
    ['他 [得] 了 感冒 。', 'dé'],
    ['这 道 题 我 做 [得] 了 。', 'de'],
    ['这 道 题 我 做 得 [了] 。', 'liǎo'],
    ['这 本书 我 看 [过] 。', 'guo'],
    ['我 去 [过] 北京 。', 'guo'],
    ['他 [过] 马路 要 小心 。', 'guò'],
    ['我们 一起 [过] 春节 。', 'guò'],
    ['他 总是 [背] 着 一个 大 书包 。', 'bēi'],
    ['他 在 [背] 课文 。', 'bèi'],
    ['请 把 水 [倒] 进 杯子 里 。', 'dào'],
    ['大树 [倒] 了 。', 'dǎo'],
    ['他们 [处] 得 很 好 。', 'chǔ'],
    ['他 [教会] 了 我 游泳 。', 'jiāohuì'],
    ['他们 每 周日 去 [教会] 。', 'jiàohuì'],
    ['你 太 [大意] 了 。', 'dàyi'],
    ['这 篇 文章 的 [大意] 是 什么 ？', 'dàyì'],
    ['这家 的 北京 菜 很 [地道] 。', 'dìdao'],
    ['他 是 个 好 [大夫] 。', 'dàifu'],
    ['别 管 [人家] 的 事 。', 'rénjia'],
    ['村里 只有 几 户 [人家] 。', 'rénjiā'],
    ['[过去] 的 事 就 让 它 过去 吧 。', 'guòqù'],
    ['他 慢慢 走 [过去] 。', 'guòqu'],
    ['他 站 [起来] 说 。', 'qilai'],
    ['我 想 [起来] 了 。', 'qilai'],
    ['这 孩子 真 [精神] 。', 'jīngshen'],
    ['他 的 [精神] 很 好 。', 'jīngshén'],
    ['我们 以 他 [为] 榜样 。', 'wéi'],
    ['他 [为] 这件 事 感到 难过 。', 'wèi'],
    ['[还] 有 三天 。', 'hái'],
    ['这 条 裙子 有点 [长] 。', 'cháng'],
    ['这个 消息 [传] 得 很快 。', 'chuán'],
    ['他 [应] 邀 参加 会议 。', 'yìng'],
    ['学生 [应] 按时 完成 作业 。', 'yīng'],
    ['我 [省] 了 很多 钱 。', 'shěng'],
    ['他 [曾] 在 北京 工作 。', 'céng'],
    ['他 姓 [曾] 。', 'Zēng'],
    ['他 像 孩子 [似] 的 。', 'shì'],
    ['你 [和] 我 一起 去 吧 。', 'hé'],
    ['今天 [降] 温 了 。', 'jiàng'],
    ['敌人 投 [降] 了 。', 'xiáng'],
    ['我 [更] 喜欢 这个 。', 'gèng'],
    ['他 [冲] 我 笑 了 笑 。', 'chòng'],
    ['他 [冲] 进 了 房间 。', 'chōng'],
    ['他 [朝] 我 走 来 。', 'cháo'],
    ['昨天 下 了 一 [场] 大雨 。', 'cháng'],
    ['今晚 有 一 [场] 足球 比赛 。', 'chǎng'],
    ['你 [还] 我 书 吧 。', 'huán'],
    ['他 [还] 是 学生 。', 'hái'],
    ['他 说 [得] 很 对 。', 'de'],
    ['你 [得] 多 喝水 。', 'děi'],
    ['妈妈 [得] 去 上班 。', 'děi'],
    ['这 件 事 [得] 花 很多 时间 。', 'děi'],
    ['他 认真 [地] 学习 。', 'de'],
    ['大家 [都] 来 了 。', 'dōu'],
    ['他 [好] 吗 ？', 'hǎo'],
    ['我 [给] 你 打电话 。', 'gěi'],
    ['他 [教] 书 教 了 二十年 。', 'jiāo'],
    ['以 习近平 同志 [为] 核心 的 党中央', 'wéi'],
    ['尽责 有 [为] 新 担当 。', 'wéi'],
    ['这 种 [东西] 你 别 买 。', 'dōngxi'],
    ['我们 [得] 到 了 大家 的 帮助 。', 'dé'],
    ['我们 [得] 赶快 走 。', 'děi'],
    ['她 唱 [得] 真 好听 。', 'de'],
    ['这 次 考试 他 [得] 了 满分 。', 'dé'],
    ['图书馆 的 书 要 按时 [还] 。', 'huán'],
    ['天 [还] 很 冷 。', 'hái'],
    ['他 把 钱 [还] 给 了 朋友 。', 'huán'],
    ['爸爸 [教] 我 骑 自行车 。', 'jiāo'],
    ['他 安静 [地] 坐 着 。', 'de'],
    ['孩子们 坐 在 [地] 上 玩 。', 'dì'],
    ['我 看 [了] 一 部 电影 。', 'le'],
    ['天 太 黑 了 ， 我 看 不 [了] 书 。', 'liǎo'],
    ['门 开 [着] 呢 。', 'zhe'],
    ['我 找 了 半天 也 没 找 [着] 。', 'zháo'],
    ['你 的 办法 真 [行] 。', 'xíng'],
    ['他 [长] 得 像 妈妈 。', 'zhǎng'],
    ['他 头发 很 [长] 。', 'cháng'],
    ['这 本 词典 很 [重] 。', 'zhòng'],
    ['我们 [重] 新 开始 吧 。', 'chóng'],
    ['农民 在 田 里 [种] 菜 。', 'zhòng'],
    ['我 喜欢 这 [种] 颜色 。', 'zhǒng'],
    ['我 [只] 有 十 块 钱 。', 'zhǐ'],
    ['树上 有 两 [只] 鸟 。', 'zhī'],
    ['这 本 书 的 [东西] 很 多 。', 'dōngxi'],
    ['你 去 过 那个 [地方] 吗 ？', 'dìfang'],
    ['你们 班 有 [多少] 学生 ？', 'duōshao'],
    ['这 个 [故事] 很 有意思 。', 'gùshi'],
    ['你 [多少] 吃 一点 吧 。', 'duōshǎo'],
    ['他 [为] 我们 做 了 很多 事 。', 'wèi'],
    ['这 次 活动 [为] 期 三天 。', 'wéi'],
    ['他 [得] 了 重 病 。', 'dé'],
    ['大家 [都] 很 喜欢 他 。', 'dōu'],
    ['这个 菜 很 [好] 吃 。', 'hǎo'],
    ['她 [长] 大 了 。', 'zhǎng'],
    ['我们 [要] 求 老师 再 讲 一遍 。', 'yào'],
    ['明天 放 [假] 。', 'jià'],
    ['这个 消息 是 [假] 的 。', 'jiǎ'],
    ['他 的 手 流 [血] 了 。', 'xiě'],
    ['你 [干] 得 不错 。', 'gàn'],
    ['我 的 头发 [长] 了 。', 'zhǎng'],
    ['他 [教] 过 我 数学 。', 'jiāo'],
    ['这 个 [还] 不错 。', 'hái'],
    ['我 [还] 你 的 笔 。', 'huán'],
    ['[为] 了 健康 ， 他 每天 跑步 。', 'wèi'],
    ['中国 [和] 俄罗斯 是 邻国 。', 'hé'],
    ['我 [数] 了 三 遍 。', 'shǔ'],
    ['人 [数] 不 多 。', 'shù'],
    ['他 能 [过] 这 一关 吗 ？', 'guò'],
    ['我 想 [过] 这个 问题 。', 'guo'],
    ['你 吃 [过] 饭 了 吗 ？', 'guo'],
    ['日子 [过] 得 很 好 。', 'guò'],
    ['这 [只] 是 我 的 想法 。', 'zhǐ'],
    ['这 [只] 小狗 很 可爱 。', 'zhī'],
    ['他 病 [得] 很 重 。', 'de'],
    ['他 [长] 着 一双 大 眼睛 。', 'zhǎng'],
    ['我 和 妈妈 一起 去 [了] 公园 。', 'le'],
    ['他 在 家 里 看 [着] 电视 。', 'zhe'],
    ['她 [还] 想 再 睡 一会儿 。', 'hái'],
    ['这个 问题 [为] 大家 所 熟知 。', 'wéi'],
    ['老师 [地] 位 很 高 。', 'dì'],
    ['他们 [得] 了 一个 女儿 。', 'dé'],
    ['雨 下 [得] 很 大 。', 'de'],
    ['你 [得] 先 做 作业 。', 'děi'],
    ['我们 [都] 是 好 朋友 。', 'dōu'],
    ['[中] 日 两 国 是 近邻 。', 'Zhōng'],
    ['他 在 比赛 [中] 受伤 了 。', 'zhōng'],
    ['我 [要] 回家 了 。', 'yào'],
    ['他 喝 [了] 一杯 水 。', 'le'],
    ['这 [行] 字 写 得 很 漂亮 。', 'háng'],
    ['天气 越来越 [好] 了 。', 'hǎo'],
    ['他 把 书 [还] 了 。', 'huán'],
    ['我 一直 [为] 这件 事 担心 。', 'wèi'],
  ])('reads the bracketed word of %j as %s', (segmented, reading) => {
    expect(readingOf(segmented)).toBe(reading);
  });
});

describe('readWord: everyday neutral tones as the dictionary writes them', () => {
  it.each([
    ['东西', 'dōngxi'],
    ['地方', 'dìfang'],
    ['多少', 'duōshao'],
    ['故事', 'gùshi'],
    ['意思', 'yìsi'],
    ['认识', 'rènshi'],
    ['事情', 'shìqing'],
    ['明白', 'míngbai'],
    ['朋友', 'péngyou'],
    ['时候', 'shíhou'],
    ['关系', 'guānxi'],
    ['大夫', 'dàifu'],
    ['人家', 'rénjia'],
    ['运气', 'yùnqi'],
    ['告诉', 'gàosu'],
    ['妻子', 'qīzi'],
    ['生意', 'shēngyi'],
    ['知道', 'zhīdào'],
  ])('reads %s on its own as %s', (hanzi, reading) => {
    expect(readWord(hanzi, cedict).pinyin).toBe(reading);
  });

  it('keeps the full tone where the sense needs it', () => {
    expect(readingOf('这 条 河 [东西] 走向 。')).toBe('dōngxī');
    expect(readingOf('中央 和 [地方] 要 一起 努力 。')).toBe('dìfāng');
    expect(readingOf('这 件 事 他 [多少] 知道 一些 。')).toBe('duōshǎo');
  });
});

describe('compounds agree with their parts', () => {
  it('reads a phrase the dictionary lacks as its words, each read as on its own', () => {
    expect(readWord('积极支持', cedict).pinyin).toBe('jījí zhīchí');
    expect(readWord('积极支持', cedict).pinyin).toBe(`${readWord('积极', cedict).pinyin} ${readWord('支持', cedict).pinyin}`);
    expect(readWord('老朋友们', cedict).pinyin).toBe('lǎopéngyoumen');
    expect(readWord('这些东西', cedict).pinyin).toBe('zhèxiē dōngxi');
  });

  it('gives 关系 inside a compound the full tone CC-CEDICT gives it in every compound it lists', () => {
    expect(readWord('关系', cedict).pinyin).toBe('guānxi');
    // Listed by CC-CEDICT, and composed from parts: the same tone either way.
    expect(readWord('国际关系', cedict)).toMatchObject({ pinyin: 'guójì guānxì', source: 'dictionary' });
    expect(readWord('中日关系', cedict)).toMatchObject({ pinyin: 'Zhōng-Rì guānxì', source: 'dictionary' });
    expect(readWord('伙伴关系', cedict)).toMatchObject({ pinyin: 'huǒbàn guānxì', source: 'composed' });
    expect(readWord('双边关系', cedict).pinyin).toBe('shuāngbiān guānxì');
    expect(readWord('中美关系', cedict).pinyin).toBe('Zhōng-Měi guānxì');
  });

  it('keeps other neutral tones neutral inside compounds, as CC-CEDICT does', () => {
    expect(readWord('好朋友', cedict).pinyin).toBe('hǎopéngyou');
    expect(readWord('老朋友们', cedict).pinyin).toContain('péngyou');
  });

  it('reads a polyphone inside a composed token with the neighbouring parts as context', () => {
    // 为贵 is not a dictionary word: its 为 is read before 贵, as in 以和为贵.
    expect(readingOf('大国 之交 ， 互信 [为贵] 。')).toBe('wéiguì');
    expect(readingOf('[为国] 担当 。')).toBe('wèiguó');
  });
});

describe('names are written as the dictionary writes them', () => {
  it.each([
    ['习近平', 'Xí Jìnpíng'],
    ['王毅', 'Wáng Yì'],
    ['中美', 'Zhōng-Měi'],
    ['中美关系', 'Zhōng-Měi guānxì'],
    ['中国', 'Zhōngguó'],
    ['北京', 'Běijīng'],
    ['西安', "Xī'ān"],
    ['京津冀', 'Jīng-Jīn-Jì'],
    ['中华人民共和国', 'Zhōnghuá Rénmín Gònghéguó'],
    ['习近平同志', 'Xí Jìnpíng tóngzhì'],
    ['美方', 'Měifāng'],
    ['对华政策', 'duì Huá zhèngcè'],
    ['伊朗核', 'Yīlǎng hé'],
  ])('writes %s as %s', (hanzi, reading) => {
    expect(readWord(hanzi, cedict).pinyin).toBe(reading);
  });

  it('reads a one-character country after 中 and a surname after 姓 as names', () => {
    expect(readSentence(sentence('[中] 俄 团结 如 山 。').tokens, cedict).slice(0, 2)).toEqual(['Zhōng', 'É']);
    expect(readingOf('实现 中拉 、 中 [阿] 等 集体 对话 。')).toBe('Ā');
    expect(readingOf('他 姓 [单] 。')).toBe('Shàn');
    expect(readingOf('涉港 、 涉疆 、 [涉藏] 等 问题 。')).toBe('shè Zàng');
  });

  it('never runs a name into one lowercase string in the seed article', () => {
    const article = extractArticle(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt', 'utf8'));
    for (const item of article.sentences) {
      readSentenceTokens(item.tokens, cedict).forEach((reading, index) => {
        if (!reading || !/^[A-Z]/.test(reading.numbered)) return;
        expect(reading.pinyin, item.tokens[index].text).toMatch(/^\p{Lu}/u);
      });
    }
    const words = new Map(article.sentences.flatMap((item) => {
      const readings = readSentence(item.tokens, cedict);
      return item.tokens.map((token, index) => [token.text, readings[index]] as const);
    }));
    expect(words.get('中美关系')).toBe('Zhōng-Měi guānxì');
    expect(words.get('王毅')).toBe('Wáng Yì');
    expect(words.get('习近平')).toBe('Xí Jìnpíng');
  });
});

describe('the sentence keeps its own word boundaries', () => {
  it('never lets a neighbouring word re-cut a token', () => {
    // Run together, pinyin-pro cuts 南京市长 ("mayor of Nanjing") and 的确 ("indeed") across the given words.
    expect(pinyin('南京市长江大桥', { toneSandhi: false })).toContain('zhǎng jiāng');
    expect(pinyin('他说的确实在理', { toneSandhi: false })).toContain('dí què');
    expect(readSentence(sentence('南京市 长江 大桥').tokens, cedict).slice(0, 2)).toEqual(['Nánjīng Shì', 'Cháng Jiāng']);
    expect(readSentence(sentence('他 说 的 确实 在理').tokens, cedict)).toEqual(['tā', 'shuō', 'de', 'quèshí', 'zàilǐ']);
  });

  it('gives one reading per token, a syllable per character, and null for what is not a word', () => {
    const { tokens } = sentence('2020 年 ， 中国 人民 万众一心 ！');
    const readings = readSentenceTokens(tokens, cedict);
    expect(readings.map((reading) => reading?.pinyin ?? null)).toEqual([null, 'nián', null, 'Zhōngguó', 'rénmín', 'wànzhòngyīxīn', null]);
    readings.forEach((reading, index) => {
      if (reading) expect(reading.numbered.split(' ')).toHaveLength([...tokens[index].text].length);
    });
  });

  it('reads 为 as wéi in the 11 uses of 以…为 and 有为 in the seed article and wèi in the other 19', () => {
    const article = extractArticle(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt', 'utf8'));
    const readings = article.sentences.flatMap((item) => {
      const read = readSentence(item.tokens, cedict);
      return item.tokens.flatMap((token, index) => (token.text === '为' ? [read[index]!] : []));
    });
    expect(readingsInUse(readings)).toEqual([
      { pinyin: 'wèi', count: 19 },
      { pinyin: 'wéi', count: 11 },
    ]);
  });
});

describe('the override list', () => {
  const readingsOf = (hanzi: string) => new Set(cedict.lookup(hanzi).map((entry) => readingKey(entry.pinyinNumbered)));

  it('only ever chooses a reading CC-CEDICT lists for the word', () => {
    for (const [hanzi, rule] of Object.entries(READING_RULES)) {
      for (const reading of rule.readings) expect(readingsOf(hanzi), `${hanzi} ${reading}`).toContain(readingKey(reading));
    }
    for (const [hanzi, reading] of Object.entries(EVERYDAY_READINGS)) expect(readingsOf(hanzi), hanzi).toContain(readingKey(reading));
    for (const [hanzi, reading] of Object.entries(PLACE_ABBREVIATIONS)) expect(readingsOf(hanzi), hanzi).toContain(readingKey(reading));
  });

  it('gives each rule a note for the documentation, naming the readings it can give', () => {
    for (const [hanzi, rule] of Object.entries(READING_RULES)) {
      expect(rule.note.length, hanzi).toBeGreaterThan(20);
      expect(rule.readings.length, hanzi).toBeGreaterThanOrEqual(2);
    }
  });

  it('takes the full tones in compounds from CC-CEDICT itself', () => {
    expect(readingsOf('关系')).toEqual(new Set(['guan1 xi5']));
    expect(FULL_TONE_IN_COMPOUNDS['关系']).toBe('guan1 xi4');
    for (const compound of ['国际关系', '外交关系', '人际关系', '公共关系', '中日关系', '中俄关系']) expect([...readingsOf(compound)][0]).toMatch(/guan1 xi4$/);
    for (const compound of ['太阳能', '太阳系', '太阳光']) expect([...readingsOf(compound)][0]).toMatch(/^tai4 yang2/);
  });
});

describe('helpers', () => {
  it('splits a text into the fewest dictionary words', () => {
    expect(splitIntoWords('中美关系', cedict)).toEqual(['中美', '关系']);
    expect(splitIntoWords('习近平同志', cedict)).toEqual(['习近平', '同志']);
    expect(splitIntoWords('国际关系', cedict, { wholeAllowed: false })).toEqual(['国际', '关系']);
  });

  it('lists the readings in use, most used first', () => {
    expect(readingsInUse(['le', 'liǎo', 'le'])).toEqual([
      { pinyin: 'le', count: 2 },
      { pinyin: 'liǎo', count: 1 },
    ]);
  });
});
