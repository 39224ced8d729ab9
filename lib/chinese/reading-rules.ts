/**
 * The override list for readings in context: small, lexical rules for the polyphones that CC-CEDICT cannot settle
 * on its own (it lists every reading a word can have, never which one a sentence uses) and that pinyin-pro gets
 * wrong (it reads a lone 了 as liǎo, 地 as dì, 得 as dé, 为 as wèi everywhere, 东西 as dōngxī, 多少 as duōshǎo).
 *
 * Each rule looks only at the sentence's own tokens around the word (never re-cuts them) and answers with one of the
 * word's CC-CEDICT readings (numbered, as CC-CEDICT writes it), or nothing, in which case the word's everyday
 * reading below applies. A unit test checks that every reading named here is one CC-CEDICT lists for the word.
 */

/** What a rule sees: the tokens before the word (nearest last) and after it (nearest first), and a verb test. */
export interface RuleContext {
  before: readonly string[];
  after: readonly string[];
  /** True when CC-CEDICT gives the word a verb sense ("to …"). */
  isVerb(word: string): boolean;
  /** True when CC-CEDICT gives the word a classifier (CL:), i.e. it is a noun. */
  isNoun(word: string): boolean;
}

export interface ReadingRule {
  /** The readings the rule can give, as CC-CEDICT writes them. */
  readings: string[];
  /** One line for the documentation: when each reading is chosen. */
  note: string;
  choose(context: RuleContext): string | undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Word classes used by the rules (closed lists, as a teacher would name them).

const HAN_OR_DIGIT = /[\p{Script=Han}\p{Nd}A-Za-z]/u;
/** Punctuation, the start or the end of the sentence. */
export const isBoundary = (token: string | undefined): boolean => token === undefined || !HAN_OR_DIGIT.test(token);
const NUMERAL_END = /(\p{Nd}|[零〇一二两三四五六七八九十百千万亿几半])$/u;
/** A number or a number word: 3, 一, 两, 几, 多亿, 第三. */
export const isNumeral = (token: string | undefined): boolean => token !== undefined && (NUMERAL_END.test(token) || /^第/.test(token));
const DEMONSTRATIVES = new Set(['这', '那', '哪', '每', '某', '几', '各', '此', '该', '其', '本', '同', '任何', '这样', '那样', '哪个']);
const isCounted = (token: string | undefined): boolean => isNumeral(token) || DEMONSTRATIVES.has(token ?? '') || token === '多' || token === '许多';

export const PRONOUNS = new Set(['我', '你', '您', '他', '她', '它', '我们', '你们', '他们', '她们', '它们', '咱', '咱们', '大家', '自己', '别人', '人家', '谁', '大伙', '大伙儿']);
export const DEGREE = new Set([
  '很', '太', '非常', '更', '最', '挺', '真', '好', '多', '多么', '这么', '那么', '这样', '那样', '特别', '比较', '十分', '极', '极其',
  '相当', '有点', '有点儿', '有些', '越来越', '够', '蛮', '超', '格外', '过于', '更加', '较', '不太', '不够', '越', '还',
]);
/** Adverbs and auxiliaries that come before a verb (他还得去, 快起来). */
const PRE_VERB = new Set([
  '还', '就', '也', '都', '又', '总', '总是', '必须', '可', '可是', '非', '一定', '只', '只好', '只能', '先', '才', '还是', '不然', '否则',
  '那', '那么', '所以', '因此', '于是', '终于', '已经', '早就', '马上', '立刻', '赶紧', '赶快', '快', '恐怕', '大概', '肯定', '明天', '今天',
  '现在', '以后', '然后', '今晚', '今年', '明年', '后天', '下午', '上午', '晚上', '早上', '真', '却', '倒', '再', '迟早', '实在', '确实',
]);
const LOCALIZERS = new Set(['里', '中', '外', '上', '下', '内', '前', '后', '家', '门', '屋', '房间', '水里', '里面', '外面']);

const has = (list: readonly string[]) => (token: string | undefined) => token !== undefined && list.includes(token);
const prev = (context: RuleContext, distance = 1) => context.before[context.before.length - distance];
const next = (context: RuleContext, distance = 1) => context.after[distance - 1];

/** The tokens of the same clause before the word (back to the last punctuation). */
function clauseBefore(context: RuleContext): string[] {
  const tokens: string[] = [];
  for (let index = context.before.length - 1; index >= 0 && !isBoundary(context.before[index]); index--) tokens.unshift(context.before[index]);
  return tokens;
}
function clauseAfter(context: RuleContext): string[] {
  const tokens: string[] = [];
  for (const token of context.after) {
    if (isBoundary(token)) break;
    tokens.push(token);
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------------------------
// The rules, one per word. Keep each to what a teacher would say in one sentence.

export const READING_RULES: Record<string, ReadingRule> = {
  为: {
    readings: ['wei2', 'wei4'],
    note: 'wéi in 以…为… (以人民为中心), 为…所…, after 称/视/分/变/成/作/有… (称为, 一分为二, 有为), before 主/首/止/期/难/伍/贵/本/先/荣 (和为贵, 以人为本) and before a number (面积为100); otherwise wèi (为人民服务).',
    choose(context) {
      const before = clauseBefore(context);
      const lastWei = before.lastIndexOf('为');
      if (before.slice(lastWei + 1).includes('以')) return 'wei2';
      if (clauseAfter(context).includes('所')) return 'wei2';
      if (has(['称', '视', '分', '变', '改', '化', '成', '选', '定', '评', '列', '译', '作', '当', '任', '封', '奉', '立', '拜', '尊', '认', '引', '缩', '转', '升', '简', '划', '誉', '归', '折', '扩', '合', '结', '有', '无', '互', '难', '更', '最', '尤', '较', '极', '颇', '甚', '广', '大有', '胡作非'])(prev(context))) return 'wei2';
      if (has(['主', '首', '止', '期', '难', '伍', '伴', '生', '准', '宜', '重', '人师', '贵', '本', '先', '荣', '耻', '佳', '妙', '上', '最', '例'])(next(context))) return 'wei2';
      if (/^\p{Nd}/u.test(next(context) ?? '')) return 'wei2';
      return 'wei4';
    },
  },
  地: {
    readings: ['de5', 'di4'],
    note: 'dì as a noun: after 在/到/倒/坐/躺/这/那/块/片/的/满/扫/种…, before 上/下/里/面/铁/图/球… and at the end of a clause; otherwise the adverbial particle de (认真地学习, 慢慢地).',
    choose(context) {
      const before = prev(context);
      if (before && /^(\p{Script=Han})\1$|^(\p{Script=Han})\2(\p{Script=Han})\3$|^\p{Script=Han}(\p{Script=Han})\4$/u.test(before)) return 'de5';
      if (has(['在', '到', '倒', '躺', '坐', '跪', '扫', '种', '落', '满', '块', '片', '这', '那', '此', '本', '各', '的', '土', '田', '草', '空', '耕', '一', '两', '某', '该', '全', '外', '内', '异', '平', '和', '与', '天', '遍', '租', '买', '卖', '占', '征', '圈', '荒', '湿', '洒', '掉'])(before)) return 'di4';
      if (has(['上', '下', '里', '面', '底', '板', '铁', '区', '图', '球', '点', '址', '方', '位', '震', '理', '主', '税', '价', '产', '皮', '毯', '基', '道', '势', '形', '带', '质', '域'])(next(context))) return 'di4';
      if (isBoundary(next(context))) return 'di4';
      return 'de5';
    },
  },
  得: {
    readings: ['de2', 'de5', 'dei3'],
    note: 'dé in 不得, before an object one gets (得到, 得奖, 得了第一, 得分, 得病); děi ("must") after a subject or an adverb (我得走了, 还得去); otherwise the complement particle de (跑得很快).',
    choose(context) {
      const before = prev(context);
      const after = next(context);
      if (before === '不') return 'de2';
      if (has(['到', '奖', '分', '病', '罪', '手', '逞', '益', '胜', '票', '冠军', '第一', '金牌', '知', '出', '以', '失', '名', '意', '利', '道'])(after)) return 'de2';
      const subjectBefore = isBoundary(before) || PRONOUNS.has(before!) || PRE_VERB.has(before!) || (context.isNoun(before!) && !context.isVerb(before!));
      if (after === '了' || after === '过') {
        // 得了 + object: dé (他得了第一); 得了 at the end of a clause after a verb: de (做得了, 了 is liǎo).
        const object = next(context, 2);
        return !isBoundary(object) && !has(['吗', '呢', '吧', '啊'])(object) ? 'de2' : subjectBefore ? 'de2' : 'de5';
      }
      if (subjectBefore && !isBoundary(after)) return 'dei3';
      return 'de5';
    },
  },
  还: {
    readings: ['hai2', 'huan2'],
    note: 'huán ("give back") before what is returned (还钱, 还书, 还给, 还我) and after 归/偿/退/送/借…; otherwise hái (还没来, 还是).',
    choose(context) {
      if (has(['钱', '书', '债', '款', '贷款', '账', '给', '回', '清', '本', '礼', '债务', '欠款', '房贷', '手', '击', '嘴', '价', '原', '乡', '俗', '愿', '魂', '我', '你', '他', '她', '它', '我们', '你们', '他们', '她们', '了', '完', '上'])(next(context))) return 'huan2';
      if (has(['归', '偿', '退', '交', '送', '奉', '返', '讨', '催', '索', '借', '偿还', '按时', '如期', '及时', '准时'])(prev(context))) return 'huan2';
      return 'hai2';
    },
  },
  教: {
    readings: ['jiao1', 'jiao4'],
    note: 'jiào after 请/信/传/领/指/受… and before 堂/徒/派/义/育/授/练/材…; otherwise jiāo ("teach": 教我中文, 教书).',
    choose(context) {
      if (has(['请', '信', '传', '领', '指', '求', '受', '赐', '管', '调', '施', '说', '宗', '佛', '道', '回', '基督', '天主', '儒', '邪', '国', '家', '身', '言', '任', '执', '助', '文'])(prev(context))) return 'jiao4';
      if (has(['堂', '徒', '派', '义', '规', '皇', '主', '练', '养', '育', '授', '训', '材', '程', '务', '研', '室', '师', '学', '案', '条', '科书', '士', '会', '区', '职', '龄', '官', '具'])(next(context))) return 'jiao4';
      return 'jiao1';
    },
  },
  了: {
    readings: ['le5', 'liao3'],
    note: 'liǎo after 不 (去不了, 受不了) and after 得 at the end of a clause (做得了吗); otherwise le.',
    choose(context) {
      const before = prev(context);
      if (before === '不') return 'liao3';
      if (before === '得' && (isBoundary(next(context)) || has(['吗', '呢', '吧', '了', '啊'])(next(context)))) return 'liao3';
      if (has(['解', '如指掌', '结', '却', '不起', '望', '然'])(next(context))) return 'liao3';
      return 'le5';
    },
  },
  着: {
    readings: ['zhe5', 'zhao2'],
    note: 'zháo after 不/得 (睡不着, 用得着), in 着火/着凉/着急/着迷, and in 睡着了/找着了; otherwise the aspect particle zhe.',
    choose(context) {
      if (has(['不', '得'])(prev(context))) return 'zhao2';
      if (has(['火', '凉', '急', '迷', '地', '陆'])(next(context))) return 'zhao2';
      const reached = has(['睡', '找', '点', '烧', '猜', '见', '买', '借', '碰', '摸', '够', '逮', '抓', '捉', '遇', '赶', '冻', '吓']);
      if (reached(prev(context)) && (next(context) === '了' || has(['没', '没有', '能', '可以', '才'])(prev(context, 2)))) return 'zhao2';
      return 'zhe5';
    },
  },
  行: {
    readings: ['xing2', 'hang2'],
    note: 'háng ("row; trade") after a number or 第/同/外/内/改/入/转/本/干/各/银, in 干这行, and between 这/那 and a noun (这行字); otherwise xíng (不行, 行不行).',
    choose(context) {
      const before = prev(context);
      if (isNumeral(before) || has(['同', '外', '内', '改', '入', '转', '本', '干', '各', '银', '商', '车', '懂', '跨', '串', '排', '双', '单', '另起'])(before)) return 'hang2';
      if (has(['这', '那', '哪'])(before) && has(['干', '做', '入', '转', '懂', '在'])(prev(context, 2))) return 'hang2';
      const after = next(context);
      if (has(['这', '那', '哪', '每', '几'])(before) && after && (has(['字', '诗', '树', '代码', '文字', '数字'])(after) || (context.isNoun(after) && !context.isVerb(after)))) return 'hang2';
      if (has(['业', '列', '距', '情', '家', '当', '规', '长', '首'])(next(context))) return 'hang2';
      return 'xing2';
    },
  },
  长: {
    readings: ['chang2', 'zhang3'],
    note: 'zhǎng ("grow; head of") before 得/大/高/出/成/胖/满/了 and after 生/成/增/助 or an office (部长 split as 部 长); cháng after 很/太/多… and otherwise.',
    choose(context) {
      const before = prev(context);
      if (DEGREE.has(before ?? '') || has(['多', '不', '一样', '同样', '较', '细', '狭', '漫', '延', '拉', '修', '冗', '悠', '见'])(before)) return 'chang2';
      if (has(['得', '大', '高', '出', '成', '胖', '满', '个子', '肉', '胡子', '头发', '牙', '见识', '知识', '芽', '势', '辈', '了', '起来', '矮', '壮', '歪', '老', '在', '着'])(next(context))) return 'zhang3';
      if (has(['生', '成', '增', '助', '滋', '疯', '部', '校', '院', '局', '处', '科', '市', '省', '县', '镇', '村', '组', '班', '队', '社', '厂', '室', '团', '首', '家', '兄', '师', '学', '酋', '连', '排', '营', '旅', '军', '船', '机', '族', '站', '所', '署', '司', '庭', '州', '区', '乡', '董事', '会'])(before)) return 'zhang3';
      return 'chang2';
    },
  },
  重: {
    readings: ['zhong4', 'chong2'],
    note: 'chóng ("again") before a verb (重写, 重来, 重做); zhòng ("heavy; important") after 很/太/不… and otherwise.',
    choose(context) {
      if (DEGREE.has(prev(context) ?? '') || has(['多', '不', '加', '过', '保', '贵', '严', '沉', '郑', '隆', '庄', '慎', '敬'])(prev(context))) return 'zhong4';
      if (has(['写', '做', '来', '说', '读', '看', '建', '开', '装', '修', '演', '播', '复', '返', '回', '申', '组', '启', '整', '印', '访', '游', '考', '选', '洗', '画', '打', '拍', '唱', '算', '排', '提', '叠', '逢', '聚', '温', '蹈', '振', '犯', '审', '判', '置', '设', '构', '塑', '新', '归', '生', '铸', '修订', '阳'])(next(context))) return 'chong2';
      return 'zhong4';
    },
  },
  种: {
    readings: ['zhong3', 'zhong4'],
    note: 'zhǒng ("kind") after a number or 这/那/每/某/各; zhòng ("plant") before what is planted (种树, 种花, 种地) or 了/着/过; otherwise zhǒng.',
    choose(context) {
      if (isCounted(prev(context))) return 'zhong3';
      if (has(['树', '花', '菜', '地', '田', '草', '庄稼', '粮食', '水稻', '小麦', '玉米', '果树', '瓜', '豆', '棉花', '了', '着', '过', '在', '满', '蔬菜', '土豆', '竹子', '稻', '麦', '树苗', '花草', '茶', '药材', '西瓜', '葡萄', '苹果'])(next(context))) return 'zhong4';
      return 'zhong3';
    },
  },
  只: {
    readings: ['zhi3', 'zhi1'],
    note: 'zhī (classifier) after a number or 这/那/每/几 (一只猫, 2200多亿只口罩), unless a verb follows (这只是); otherwise zhǐ ("only").',
    choose: (context) =>
      (isCounted(prev(context)) && !has(['是', '有', '能', '要', '会', '好', '不过', '得', '需要', '在'])(next(context))) || has(['身', '言片语', '字'])(next(context)) ? 'zhi1' : 'zhi3',
  },
  都: {
    readings: ['dou1', 'du1'],
    note: 'dū ("capital") after 首/古/国/迁/建/京/故/旧/帝/定 and before 市/城/会; otherwise dōu.',
    choose: (context) =>
      has(['首', '古', '国', '迁', '建', '京', '故', '旧', '帝', '定', '陪', '大'])(prev(context)) || has(['市', '城', '会'])(next(context)) ? 'du1' : 'dou1',
  },
  和: {
    readings: ['he2', 'huo2', 'hu2'],
    note: 'huó in 和面/和泥, hú in 和牌; otherwise hé.',
    choose: (context) => (has(['面', '泥'])(next(context)) ? 'huo2' : next(context) === '牌' ? 'hu2' : 'he2'),
  },
  差: {
    readings: ['cha4', 'cha1', 'chai1'],
    note: 'chāi ("errand") after 出/派/公/邮/钦/交/当; chā before 别/异/距/额; otherwise chà.',
    choose(context) {
      if (has(['出', '派', '公', '邮', '钦', '交', '当', '开', '听'])(prev(context))) return 'chai1';
      if (has(['别', '异', '距', '额', '错', '价'])(next(context))) return 'cha1';
      return 'cha4';
    },
  },
  处: {
    readings: ['chu4', 'chu3'],
    note: 'chǔ ("be in; deal with") before 在/于/理/境/罚/置/事/世/得/以; otherwise chù ("place").',
    choose: (context) =>
      has(['在', '于', '理', '境', '罚', '置', '死', '决', '世', '事', '方', '得', '以', '分', '变', '不'])(next(context)) || has(['相', '共', '难', '独', '和平', '好'])(prev(context))
        ? 'chu3'
        : 'chu4',
  },
  数: {
    readings: ['shu4', 'shu3'],
    note: 'shǔ ("count") in 数一数, before 得/了/着/过/完/清/钱/一下/不清 and after 会/在/去/来/要; shù ("number; several") before a number (数十年) and otherwise.',
    choose(context) {
      const after = next(context) ?? '';
      if (/^[十百千万亿]/u.test(after) || after === '以') return 'shu4';
      if ((after === '一' && next(context, 2) === '数') || (prev(context) === '一' && prev(context, 2) === '数')) return 'shu3';
      if (after === '不' && has(['清', '过来', '完', '胜', '过', '出', '上'])(next(context, 2))) return 'shu3';
      if (has(['得', '了', '着', '过', '完', '到', '清', '出', '钱', '落', '星星', '一下', '下', '来', '一数', '他', '她', '我', '你', '它', '羊'])(after)) return 'shu3';
      if (has(['会', '在', '去', '来', '要', '能', '不会', '正在', '开始', '慢慢', '仔细', '认真', '再', '先', '帮', '给'])(prev(context))) return 'shu3';
      return 'shu4';
    },
  },
  便: {
    readings: ['bian4', 'pian2'],
    note: 'pián in 便宜 (when cut apart); otherwise biàn.',
    choose: (context) => (next(context) === '宜' ? 'pian2' : 'bian4'),
  },
  调: {
    readings: ['diao4', 'tiao2'],
    note: 'tiáo ("adjust") before 好/高/低/大/小/整/节/成/一下/匀/味; otherwise diào ("transfer; tune").',
    choose: (context) =>
      has(['好', '高', '低', '大', '小', '整', '节', '解', '和', '匀', '味', '试', '理', '皮', '成', '一下', '一调', '亮', '暗', '快', '慢'])(next(context)) ? 'tiao2' : 'diao4',
  },
  量: {
    readings: ['liang4', 'liang2'],
    note: 'liáng ("measure") before 一下/了/过/体温/血压/身高/尺寸… and after 去/给/帮/先/再; otherwise liàng ("amount").',
    choose: (context) =>
      has(['一', '一下', '一量', '了', '过', '体温', '血压', '身高', '体重', '尺寸', '尺码', '长度', '温度', '距离', '腰围', '好', '着'])(next(context)) ||
      has(['去', '给', '帮', '先', '再', '仔细', '认真', '用', '要'])(prev(context))
        ? 'liang2'
        : 'liang4',
  },
  中: {
    readings: ['zhong1', 'zhong4', 'Zhong1'],
    note: 'Zhōng ("China") before a one-character country (中 俄, 中 阿); zhòng ("hit; win") before 奖/弹/毒/标/计/了 and after 击/射/命/猜/考/打/说; otherwise zhōng.',
    choose(context) {
      const after = next(context);
      if (after !== undefined && after.length === 1 && after in PLACE_ABBREVIATIONS && after !== '中') return 'Zhong1';
      if (has(['奖', '弹', '毒', '标', '枪', '计', '暑', '邪', '风', '签', '彩', '头彩', '了', '靶', '要害'])(after)) return 'zhong4';
      if (has(['击', '射', '命', '猜', '考', '打', '说', '相', '切', '砸', '踢', '刺', '没'])(prev(context))) return 'zhong4';
      return 'zhong1';
    },
  },
  空: {
    readings: ['kong1', 'kong4'],
    note: 'kòng ("free time; leave empty") after 有/没/没有/抽/得/闲/留/填/补/腾 and before 闲/白/隙/缺/地/格/位; otherwise kōng.',
    choose: (context) =>
      has(['有', '没', '没有', '抽', '得', '闲', '留', '填', '补', '腾', '钻', '偷'])(prev(context)) || has(['闲', '白', '隙', '缺', '地', '格', '位', '儿', '子', '着'])(next(context))
        ? 'kong4'
        : 'kong1',
  },
  觉: {
    readings: ['jue2', 'jiao4'],
    note: 'jiào ("a sleep") after 睡/午/懒 or a number/个/好 (睡个好觉, 睡了一觉); otherwise jué.',
    choose: (context) => (has(['睡', '个', '好', '懒', '午', '大', '小', '回笼'])(prev(context)) || isNumeral(prev(context)) ? 'jiao4' : 'jue2'),
  },
  假: {
    readings: ['jia3', 'jia4'],
    note: 'jià ("holiday") after 请/放/休/病/事/婚/寒/暑/天/周/个月, before 期/日/条, and in 放了假; otherwise jiǎ ("false").',
    choose(context) {
      const before = prev(context);
      if (has(['请', '放', '休', '病', '事', '婚', '产', '寒', '暑', '年', '春', '度', '长', '短', '销', '补', '调', '天', '周', '星期', '个月', '礼拜', '例'])(before)) return 'jia4';
      if (/^[\p{Nd}零〇一二两三四五六七八九十百几半]+(天|周|个月|个星期|日)$/u.test(before ?? '')) return 'jia4';
      if (has(['期', '日', '条'])(next(context))) return 'jia4';
      if (before === '了' && (isBoundary(next(context)) || next(context) === '了')) return 'jia4';
      return 'jia3';
    },
  },
  血: {
    readings: ['xue4', 'xie3'],
    note: 'xiě, the colloquial reading CC-CEDICT gives for 血 on its own, after 流/吐/咳 (流了很多血) and before 了; otherwise xuè.',
    choose(context) {
      const bleeding = has(['流', '吐', '咳']);
      if (bleeding(prev(context)) || next(context) === '了') return 'xie3';
      if (has(['了', '很多', '好多', '不少', '一点', '一口', '点', '满身', '一身'])(prev(context)) && (bleeding(prev(context, 2)) || bleeding(prev(context, 3)))) return 'xie3';
      return 'xue4';
    },
  },
  干: {
    readings: ['gan4', 'gan1'],
    note: 'gān ("dry") after 很/太/晒/烘/吹/擦/晾 and before 净/燥/杯/脆/旱/货; otherwise gàn ("do": 干什么, 干活).',
    choose: (context) =>
      DEGREE.has(prev(context) ?? '') || has(['晒', '烘', '吹', '擦', '烤', '风', '晾', '烧', '榨', '饼', '口', '舌', '不'])(prev(context)) ||
      has(['净', '燥', '杯', '脆', '旱', '涸', '枯', '货', '粮', '果', '巴', '爽', '了吗'])(next(context))
        ? 'gan1'
        : 'gan4',
  },
  发: {
    readings: ['fa1', 'fa4'],
    note: 'fà ("hair") after 头/理/白/短/长/烫/染/洗/剪/护/美 and before 型/廊/卡/夹/丝; otherwise fā.',
    choose: (context) =>
      has(['头', '理', '白', '毛', '短', '长', '烫', '染', '秀', '金', '黑', '卷', '假', '削', '剪', '洗', '护', '美', '落', '毫', '银', '鬓', '束', '披'])(prev(context)) ||
      has(['型', '廊', '卡', '夹', '髻', '丝', '梢', '根', '际', '胶', '蜡', '带', '箍'])(next(context))
        ? 'fa4'
        : 'fa1',
  },
  看: {
    readings: ['kan4', 'kan1'],
    note: 'kān ("look after") before 门/家/守/管/护/押/住; otherwise kàn.',
    choose: (context) => (has(['门', '家', '守', '管', '护', '押', '住', '摊'])(next(context)) ? 'kan1' : 'kan4'),
  },
  少: {
    readings: ['shao3', 'shao4'],
    note: 'shào ("young") before 年/女/爷/将/校/妇/先队 and after 老 (老少); otherwise shǎo.',
    choose: (context) =>
      has(['年', '女', '儿', '爷', '将', '校', '尉', '妇', '先队', '林', '东', '奶奶', '帅'])(next(context)) || prev(context) === '老' ? 'shao4' : 'shao3',
  },
  传: {
    readings: ['chuan2', 'zhuan4'],
    note: 'zhuàn ("biography") before 》/记 and after 自/列/外/评/经/正/别; otherwise chuán.',
    choose: (context) =>
      has(['》', '记'])(next(context)) || has(['自', '列', '外', '评', '经', '正', '别', '小', '前', '后', '水浒'])(prev(context)) ? 'zhuan4' : 'chuan2',
  },
  相: {
    readings: ['xiang1', 'xiang4'],
    note: 'xiàng ("appearance; photo; minister") after 照/首/真/长/面/外/变/亮/扮 and before 片/貌/机/册/声; otherwise xiāng.',
    choose: (context) =>
      has(['片', '貌', '机', '册', '声', '面'])(next(context)) || has(['照', '首', '真', '长', '面', '宰', '丞', '外', '变', '亮', '品', '色', '出', '扮', '洋', '福', '凶', '睡', '吃', '站', '坐'])(prev(context))
        ? 'xiang4'
        : 'xiang1',
  },
  将: {
    readings: ['jiang1', 'jiang4'],
    note: 'jiàng ("general") before 军/领/士/帅/官 and after 大/少/名/武/猛/老/女/副/败; otherwise jiāng ("will; 把").',
    choose: (context) =>
      has(['军', '领', '士', '帅', '官', '门', '才'])(next(context)) || has(['大', '少', '名', '武', '猛', '干', '老', '虎', '麻', '女', '副', '爱', '战', '良', '败', '主', '守', '点', '拜', '调兵遣'])(prev(context))
        ? 'jiang4'
        : 'jiang1',
  },
  没: {
    readings: ['mei2', 'mo4'],
    note: 'mò ("sink") before 收/落/顶/入/世/齿 and after 淹/吞/埋/沉/隐/出; otherwise méi.',
    choose: (context) =>
      has(['收', '落', '顶', '入', '世', '齿'])(next(context)) || has(['淹', '吞', '埋', '沉', '隐', '出', '湮', '覆', '泯'])(prev(context)) ? 'mo4' : 'mei2',
  },
  供: {
    readings: ['gong1', 'gong4'],
    note: 'gòng ("offer; confess") before 品/奉/桌/词/状/认/述 and after 上/口/招/翻/逼/串/录; otherwise gōng ("supply").',
    choose: (context) =>
      has(['品', '奉', '桌', '词', '状', '认', '述', '养', '佛', '果', '职'])(next(context)) || has(['上', '口', '招', '翻', '逼', '串', '录', '画', '清'])(prev(context)) ? 'gong4' : 'gong1',
  },
  强: {
    readings: ['qiang2', 'qiang3'],
    note: 'qiǎng ("force") before 迫/求/词/辩/颜/忍/装/人 and after 勉; otherwise qiáng.',
    choose: (context) => (has(['迫', '求', '词', '辩', '颜', '忍', '装', '人', '逼'])(next(context)) || prev(context) === '勉' ? 'qiang3' : 'qiang2'),
  },
  降: {
    readings: ['jiang4', 'xiang2'],
    note: 'xiáng ("surrender; subdue") after 投/招/受/劝/纳/诈 and before 服/伏/龙/魔; otherwise jiàng.',
    choose: (context) =>
      has(['投', '招', '受', '劝', '纳', '诈', '归'])(prev(context)) || has(['服', '伏', '龙', '魔', '将', '旗'])(next(context)) ? 'xiang2' : 'jiang4',
  },
  更: {
    readings: ['geng4', 'geng1'],
    note: 'gēng ("change; night watch") before 换/改/衣/替/迭/夫 and after 变/打/三/五/半/深; otherwise gèng ("more").',
    choose: (context) =>
      has(['换', '改', '衣', '替', '迭', '夫', '鼓', '漏'])(next(context)) || has(['变', '打', '三', '五', '半', '深', '自力', '守', '值'])(prev(context)) ? 'geng1' : 'geng4',
  },
  曾: {
    readings: ['ceng2', 'zeng1'],
    note: 'zēng ("great-") before 祖/孙/祖父/孙子…; otherwise céng ("once"). After 姓 it is the surname Zēng (see the surname rule).',
    choose: (context) => (has(['祖', '孙', '祖父', '祖母', '孙子', '孙女', '外祖父', '外祖母', '祖辈'])(next(context)) ? 'zeng1' : 'ceng2'),
  },
  似: {
    readings: ['si4', 'shi4'],
    note: 'shì in 似的 (when cut apart); otherwise sì.',
    choose: (context) => (next(context) === '的' ? 'shi4' : 'si4'),
  },
  给: {
    readings: ['gei3', 'ji3'],
    note: 'jǐ ("supply") after 供/补/配/自/薪 and before 予/养; otherwise gěi.',
    choose: (context) => (has(['供', '补', '配', '自', '薪', '仰'])(prev(context)) || has(['予', '养'])(next(context)) ? 'ji3' : 'gei3'),
  },
  省: {
    readings: ['sheng3', 'xing3'],
    note: 'xǐng ("reflect; visit") after 反/内/自/深 and before 悟/亲/察/视; otherwise shěng.',
    choose: (context) => (has(['反', '内', '自', '深', '三'])(prev(context)) || has(['悟', '亲', '察', '视'])(next(context)) ? 'xing3' : 'sheng3'),
  },
  好: {
    readings: ['hao3', 'hao4'],
    note: 'hào ("be fond of") before 客/奇/胜/强/色/战/斗/学 (unless after 很/太…) and after 爱/喜/嗜/所; otherwise hǎo.',
    choose: (context) =>
      (has(['客', '奇', '胜', '强', '色', '战', '斗', '学', '动', '吃懒做', '逸恶劳', '高骛远'])(next(context)) && !DEGREE.has(prev(context) ?? '') && prev(context) !== '不') ||
      has(['爱', '喜', '嗜', '所', '癖', '同', '投其所'])(prev(context))
        ? 'hao4'
        : 'hao3',
  },
  乐: {
    readings: ['le4', 'yue4'],
    note: 'yuè ("music") before 队/器/曲/团/章/谱/坛/手/理/师 and after 音/声/器/奏/礼/古/民/管/弦/军; otherwise lè.',
    choose: (context) =>
      has(['队', '器', '曲', '团', '章', '谱', '坛', '手', '理', '府', '师', '音', '律', '舞'])(next(context)) ||
      has(['音', '声', '器', '奏', '礼', '古', '民', '弦', '管', '爵士', '交响', '摇滚', '流行', '军', '配', '雅', '国'])(prev(context))
        ? 'yue4'
        : 'le4',
  },
  参: {
    readings: ['can1', 'shen1'],
    note: 'shēn ("ginseng") after 人/海/丹/党/西洋/高丽; otherwise cān.',
    choose: (context) => (has(['人', '海', '丹', '党', '西洋', '高丽', '红', '野', '山', '苦'])(prev(context)) ? 'shen1' : 'can1'),
  },
  朝: {
    readings: ['chao2', 'zhao1'],
    note: 'zhāo ("morning") before 夕/气/霞/晖/露/暮 and after 今/明; otherwise cháo.',
    choose: (context) => (has(['夕', '气', '霞', '晖', '露', '暮', '思暮想', '不保夕', '三暮四'])(next(context)) || has(['今', '明'])(prev(context)) ? 'zhao1' : 'chao2'),
  },
  应: {
    readings: ['ying1', 'ying4'],
    note: 'yìng ("respond") before 邀/约/聘/征/召/急/付/对/用/变/运/试/声/和/承 and after 答/反/响/供/适/照/感/呼/相/对; otherwise yīng ("should").',
    choose: (context) =>
      has(['邀', '约', '聘', '征', '召', '急', '付', '对', '用', '变', '运', '试', '答', '和', '声', '酬', '验', '诺', '战', '援', '承', '景', '时', '考', '接', '允'])(next(context)) ||
      has(['答', '反', '响', '供', '适', '照', '感', '呼', '相', '效', '对', '回', '顺', '报', '策', '接', '里', '内'])(prev(context))
        ? 'ying4'
        : 'ying1',
  },
  当: {
    readings: ['dang1', 'dang4'],
    note: 'dàng ("treat as; proper; be fooled") before 作/成/做/真/铺/回事 and after 上/恰/适/妥/得/失/相/停/典/勾; otherwise dāng.',
    choose: (context) =>
      has(['作', '成', '做', '真', '铺', '回事'])(next(context)) || has(['上', '恰', '适', '妥', '得', '失', '相', '停', '允', '稳', '典', '顶', '勾'])(prev(context))
        ? 'dang4'
        : 'dang1',
  },
  过: {
    readings: ['guo4', 'guo5'],
    note: 'the aspect particle guo right after a verb (去过, 吃过饭); guò ("pass; cross") after 不/没/太/经/路/通, before 来/去/年/节/生日/马路/河/桥, after a subject and otherwise.',
    choose(context) {
      const before = prev(context);
      if (isBoundary(before) || PRONOUNS.has(before!) || PRE_VERB.has(before!) || DEGREE.has(before!)) return 'guo4';
      if (has(['能', '会', '可以', '应该', '必须', '敢', '要', '得', '想要', '需要', '不', '没', '没有', '太', '超', '难', '经', '路', '通', '越', '穿', '渡', '度', '跨', '闯', '翻', '走', '跑', '飞', '跳', '爬', '游', '绕', '驶', '擦', '掠', '划', '错', '放', '饶', '胜', '超过', '不会', '熬', '挺', '撑', '躲', '逃', '混', '蒙', '看不', '比', '抢', '夺', '压', '接', '递', '拿', '透', '转'])(before)) return 'guo4';
      if (has(['来', '去', '头', '分', '度', '于', '年', '节', '生日', '日子', '马路', '河', '桥', '关', '江', '境', '门', '目', '半', '期', '夜', '冬', '节日', '春节', '活'])(next(context))) return 'guo4';
      return context.isVerb(before!) ? 'guo5' : 'guo4';
    },
  },
  系: {
    readings: ['xi4', 'ji4'],
    note: 'jì ("tie") before 鞋带/领带/安全带/扣子/上/好/紧; otherwise xì.',
    choose: (context) => (has(['鞋带', '领带', '安全带', '扣子', '上', '好', '紧', '围裙', '红领巾'])(next(context)) ? 'ji4' : 'xi4'),
  },
  背: {
    readings: ['bei4', 'bei1'],
    note: 'bēi ("carry on the back") before 书包/包/孩子/行李/背包/起/走/着; otherwise bèi.',
    choose: (context) => (has(['书包', '包', '孩子', '行李', '背包', '起', '走', '着', '上', '黑锅', '债', '负'])(next(context)) ? 'bei1' : 'bei4'),
  },
  倒: {
    readings: ['dao3', 'dao4'],
    note: 'dào ("pour; upside down; yet") before 水/茶/酒/垃圾/过来/掉/是/也/不/很/挺/退 and after 颠; otherwise dǎo ("fall").',
    choose: (context) =>
      has(['水', '茶', '酒', '垃圾', '过来', '掉', '出', '进', '不', '也', '是', '很', '挺', '还', '要', '退', '立', '挂', '数', '车', '着', '好', '没', '真', '杯', '咖啡', '了一杯'])(next(context)) || prev(context) === '颠'
        ? 'dao4'
        : 'dao3',
  },
  冲: {
    readings: ['chong1', 'chong4'],
    note: 'chòng ("towards; strong") before 着/我/你/他/她/我们/他们; otherwise chōng.',
    choose: (context) => (has(['着', '我', '你', '他', '她', '我们', '你们', '他们', '她们', '大家'])(next(context)) ? 'chong4' : 'chong1'),
  },
  场: {
    readings: ['chang3', 'chang2'],
    note: 'cháng, the classifier for events, before 雨/雪/病/梦/战争/灾难/误会/风波/空 (一场大雨); otherwise chǎng.',
    choose: (context) =>
      has(['雨', '雪', '大雨', '大雪', '暴雨', '病', '大病', '梦', '噩梦', '战争', '灾难', '浩劫', '误会', '风波', '空', '危机', '官司', '恶战', '争论', '虚惊', '大火', '火灾', '地震', '洪水', '革命', '运动', '变革'])(next(context)) ? 'chang2' : 'chang3',
  },
  卷: {
    readings: ['juan3', 'juan4'],
    note: 'juàn ("volume; exam paper") after 试/答/考/书/画/第 and a number before 书/本; otherwise juǎn ("roll").',
    choose: (context) => (has(['试', '答', '考', '书', '画', '问', '第', '上', '下', '开'])(prev(context)) || has(['宗', '帙', '轴'])(next(context)) ? 'juan4' : 'juan3'),
  },
  // ---- words of two characters whose CC-CEDICT readings differ in meaning ----
  东西: {
    readings: ['dong1 xi5', 'dong1 xi1'],
    note: 'dōngxī ("east and west") before 方向/走向/两侧/长/宽/南北/文化/之间/交流 and after 横贯/贯穿/从/向/由; otherwise dōngxi ("thing").',
    choose: (context) =>
      has(['方', '方向', '走向', '两', '两侧', '两边', '两岸', '两端', '长', '宽', '向', '南北', '之间', '文化', '交流', '合璧', '贯通', '部', '距离', '跨度', '对峙', '方向上'])(next(context)) ||
      has(['横贯', '贯穿', '从', '向', '由', '横跨', '纵横', '南北'])(prev(context))
        ? 'dong1 xi1'
        : 'dong1 xi5',
  },
  地方: {
    readings: ['di4 fang5', 'di4 fang1'],
    note: 'dìfāng ("local, regional") with 中央 in the clause and before 政府/经济/官员/财政/债务/特色/保护主义/立法/当局/各级…; otherwise dìfang ("place").',
    choose: (context) =>
      [...clauseBefore(context), ...clauseAfter(context)].includes('中央') ||
      has(['政府', '经济', '官员', '财政', '债务', '保护主义', '领导', '党委', '性', '戏', '特色', '法规', '立法', '人大', '选举', '当局', '部门', '企业', '病', '自治', '主义', '媒体', '官', '干部', '利益', '势力', '治理', '债', '政策', '政权', '层面', '级', '各级', '志', '文化', '税', '国有', '机关', '武装', '军阀', '院校', '高校', '专项债'])(next(context)) ||
      has(['各', '中央', '和'])(prev(context)) && prev(context, 2) === '中央'
        ? 'di4 fang1'
        : 'di4 fang5',
  },
  多少: {
    readings: ['duo1 shao5', 'duo1 shao3'],
    note: 'duōshǎo ("more or less, somewhat") before a verb or 有/有些/会/也/都/能/还/受/带; otherwise duōshao ("how many": 多少钱, 有多少人).',
    choose: (context) =>
      has(['有', '有些', '有点', '有点儿', '会', '也', '都', '能', '还', '可以', '带', '带有', '带点', '受', '受到', '了解', '知道', '懂', '懂得', '明白', '影响', '感到', '觉得', '说', '给', '沾', '减少', '增加', '改变', '帮助', '缓解', '反映', '体现', '显得', '让', '使', '令', '听', '学', '看', '做', '猜', '意识', '吃', '喝', '存在', '发挥', '起到', '能够', '应该', '要'])(next(context))
        ? 'duo1 shao3'
        : 'duo1 shao5',
  },
  人家: {
    readings: ['ren2 jia5', 'ren2 jia1'],
    note: 'rénjiā ("household") after a number or 户/穷/有钱/大户/普通/好/书香/农; otherwise rénjia ("others; I").',
    choose: (context) =>
      isNumeral(prev(context)) || /户$/u.test(prev(context) ?? '') || has(['穷', '有钱', '富贵', '普通', '好', '书香', '殷实', '农', '小康', '富裕', '贫苦', '贫困', '几', '这', '那'])(prev(context))
        ? 'ren2 jia1'
        : 'ren2 jia5',
  },
  精神: {
    readings: ['jing1 shen2', 'jing1 shen5'],
    note: 'jīngshen ("lively, spirited") after 很/真/挺/太/有/没/没有 and before 起来/多了; otherwise jīngshén ("spirit").',
    choose: (context) =>
      DEGREE.has(prev(context) ?? '') || has(['有', '没', '没有', '不', '显得', '看着', '看起来'])(prev(context)) || has(['起来', '多了', '头儿', '头'])(next(context))
        ? 'jing1 shen5'
        : 'jing1 shen2',
  },
  大意: {
    readings: ['da4 yi4', 'da4 yi5'],
    note: 'dàyi ("careless") after 太/很/别/不能/千万/粗心/麻痹/一时 and before 了; otherwise dàyì ("main idea").',
    choose: (context) =>
      DEGREE.has(prev(context) ?? '') || has(['别', '不能', '不可', '不要', '千万', '粗心', '麻痹', '一时', '疏忽', '马虎', '切勿'])(prev(context)) || has(['了', '失荆州'])(next(context))
        ? 'da4 yi5'
        : 'da4 yi4',
  },
  地道: {
    readings: ['di4 dao5', 'di4 dao4'],
    note: 'dìdào ("tunnel") after 挖/条/修/穿过/地下 and before 战/口/里/中/内; otherwise dìdao ("authentic").',
    choose: (context) =>
      has(['挖', '条', '修', '穿过', '地下', '进入', '秘密', '修建', '钻', '走'])(prev(context)) || has(['战', '口', '里', '中', '内', '出口', '入口'])(next(context)) ? 'di4 dao4' : 'di4 dao5',
  },
  买卖: {
    readings: ['mai3 mai4', 'mai3 mai5'],
    note: 'mǎimai ("business") after 做/笔/桩/小/大/好/赔本; otherwise mǎimài ("buying and selling").',
    choose: (context) => (has(['做', '笔', '一笔', '这笔', '那笔', '桩', '小', '大', '好', '赔本', '亏本', '什么', '的'])(prev(context)) ? 'mai3 mai5' : 'mai3 mai4'),
  },
  同行: {
    readings: ['tong2 hang2', 'tong2 xing2'],
    note: 'tóngxíng ("travel together") after 与/和/跟/结伴/一路/一起/携手/并肩; otherwise tóngháng ("same trade").',
    choose: (context) => (has(['与', '和', '跟', '同', '结伴', '一路', '一起', '一同', '并肩', '携手', '相伴'])(prev(context)) ? 'tong2 xing2' : 'tong2 hang2'),
  },
  教会: {
    readings: ['jiao4 hui4', 'jiao1 hui4'],
    note: 'jiāohuì ("taught") before 了 or a person; otherwise jiàohuì ("church").',
    choose: (context) => (has(['了', '我', '你', '他', '她', '我们', '你们', '他们', '她们', '学生', '孩子', '大家'])(next(context)) ? 'jiao1 hui4' : 'jiao4 hui4'),
  },
  分子: {
    readings: ['fen1 zi3', 'fen4 zi3'],
    note: 'fènzǐ ("member of a group") after 知识/恐怖/积极/犯罪/极端/不法/反动/骨干; otherwise fēnzǐ ("molecule").',
    choose: (context) => (has(['知识', '恐怖', '积极', '犯罪', '极端', '不法', '反动', '骨干', '右派', '激进', '腐败', '危险', '先进', '落后', '敌对'])(prev(context)) ? 'fen4 zi3' : 'fen1 zi3'),
  },
  下场: {
    readings: ['xia4 chang3', 'xia4 chang5'],
    note: 'xiàchang ("fate, end") after 好/的/悲惨/可耻/同样/这样; otherwise xiàchǎng ("leave the stage").',
    choose: (context) => (has(['好', '的', '悲惨', '可耻', '同样', '这样', '那样', '什么'])(prev(context)) ? 'xia4 chang5' : 'xia4 chang3'),
  },
  重重: {
    readings: ['chong2 chong2', 'zhong4 zhong4'],
    note: 'zhòngzhòng ("heavily") before 地 or a verb; otherwise chóngchóng ("layer upon layer").',
    choose: (context) => (next(context) === '地' || has(['打', '摔', '砸', '拍', '落', '叹', '一击'])(next(context)) ? 'zhong4 zhong4' : 'chong2 chong2'),
  },
  公道: {
    readings: ['gong1 dao4', 'gong1 dao5'],
    note: 'gōngdao ("fair, reasonable") after 很/太/挺/不; otherwise gōngdào ("justice").',
    choose: (context) => (DEGREE.has(prev(context) ?? '') || prev(context) === '不' ? 'gong1 dao5' : 'gong1 dao4'),
  },
  所长: {
    readings: ['suo3 zhang3', 'suo3 chang2'],
    note: 'suǒcháng ("strong point") after 各展/发挥/其/一技/扬; otherwise suǒzhǎng ("head of an institute").',
    choose: (context) => (has(['各展', '发挥', '其', '一技', '扬', '展其', '各尽', '尽其'])(prev(context)) ? 'suo3 chang2' : 'suo3 zhang3'),
  },
  外传: {
    readings: ['wai4 zhuan4', 'wai4 chuan2'],
    note: 'wàichuán ("divulge") after 不要/别/不得/不可/切勿/不许; otherwise wàizhuàn ("unofficial biography").',
    choose: (context) => (has(['不要', '别', '不得', '不可', '切勿', '不许', '不准', '不能', '不', '向'])(prev(context)) ? 'wai4 chuan2' : 'wai4 zhuan4'),
  },
  冷战: {
    readings: ['leng3 zhan4', 'leng3 zhan5'],
    note: 'lěngzhan ("shiver") after 打/个; otherwise lěngzhàn ("cold war").',
    choose: (context) => (has(['打', '个', '一个', '几个'])(prev(context)) ? 'leng3 zhan5' : 'leng3 zhan4'),
  },
  不是: {
    readings: ['bu4 shi4', 'bu4 shi5'],
    note: 'bùshi ("fault") after 的/赔/认; otherwise bùshì.',
    choose: (context) => (has(['的', '赔', '认'])(prev(context)) && isBoundary(next(context)) ? 'bu4 shi5' : 'bu4 shi4'),
  },
  世故: {
    readings: ['shi4 gu5', 'shi4 gu4'],
    note: 'shìgù ("the ways of the world") after 人情; otherwise shìgu ("worldly-wise").',
    choose: (context) => (prev(context) === '人情' ? 'shi4 gu4' : 'shi4 gu5'),
  },
  起来: {
    readings: ['qi3 lai5', 'qi5 lai5'],
    note: 'qilai (the complement, CC-CEDICT qi5 lai5) right after a verb or adjective (站起来, 好起来); qǐlai ("get up") after a subject, an adverb or at the start.',
    choose(context) {
      const before = prev(context);
      return isBoundary(before) || PRONOUNS.has(before!) || PRE_VERB.has(before!) || (context.isNoun(before!) && !context.isVerb(before!)) ? 'qi3 lai5' : 'qi5 lai5';
    },
  },
  出来: {
    readings: ['chu1 lai2', 'chu5 lai5'],
    note: 'chulai (the complement, CC-CEDICT chu5 lai5) right after a verb (说出来, 看出来); chūlái ("come out") after a subject, an adverb, a place word or at the start.',
    choose(context) {
      const before = prev(context);
      return isBoundary(before) || PRONOUNS.has(before!) || PRE_VERB.has(before!) || LOCALIZERS.has(before!) || !context.isVerb(before!) ? 'chu1 lai2' : 'chu5 lai5';
    },
  },
  过去: {
    readings: ['guo4 qu4', 'guo4 qu5'],
    note: 'guòqu (the complement, CC-CEDICT guo4 qu5) after a verb of motion (走过去, 晕过去); otherwise guòqù ("past; go over").',
    choose: (context) =>
      has(['走', '跑', '飞', '游', '爬', '跳', '冲', '扑', '递', '拿', '送', '传', '扔', '望', '翻', '晕', '昏', '睡', '混', '熬', '挺', '撑', '闯', '越', '跨', '穿', '绕', '赶', '开', '骑', '划', '搬', '推', '拉', '抱', '背', '带', '派', '寄', '蒙', '瞒', '转', '扭', '看', '说', '糊弄', '应付', '挤', '游泳', '走路', '回'])(prev(context))
        ? 'guo4 qu5'
        : 'guo4 qu4',
  },
};

/**
 * The everyday reading of a word when no rule decides, where pinyin-pro's own choice is the rarer CC-CEDICT reading
 * (a lone 了 liǎo, 只 zhī, 教 jiào; 妻子 qīzǐ "wife and children", 告诉 gàosù "press charges").
 */
export const EVERYDAY_READINGS: Record<string, string> = {
  了: 'le5', 地: 'de5', 得: 'de5', 只: 'zhi3', 量: 'liang4', 调: 'diao4', 应: 'ying1', 供: 'gong1', 教: 'jiao1', 干: 'gan4', 卷: 'juan3',
  东西: 'dong1 xi5', 地方: 'di4 fang5', 多少: 'duo1 shao5', 故事: 'gu4 shi5', 告诉: 'gao4 su5', 人家: 'ren2 jia5', 妻子: 'qi1 zi5',
  大爷: 'da4 ye5', 生意: 'sheng1 yi5', 好处: 'hao3 chu5', 拜拜: 'bai2 bai2', 本事: 'ben3 shi5', 说法: 'shuo1 fa5', 大方: 'da4 fang5',
  花儿: 'hua1 r5', 出息: 'chu1 xi5', 得罪: 'de2 zui5', 琢磨: 'zuo2 mo5', 口音: 'kou3 yin5', 上头: 'shang4 tou5', 世故: 'shi4 gu5',
  地道: 'di4 dao5', 所长: 'suo3 zhang3', 起来: 'qi3 lai5', 结实: 'jie1 shi5', 女人: 'nu:3 ren2', 精神: 'jing1 shen2', 过去: 'guo4 qu4',
  结果: 'jie2 guo3', 便宜: 'pian2 yi5', 重点: 'zhong4 dian3', 教授: 'jiao4 shou4', 教学: 'jiao4 xue2', 不是: 'bu4 shi4', 下场: 'xia4 chang3',
  当时: 'dang1 shi2', 当年: 'dang1 nian2', 好吃: 'hao3 chi1', 好玩: 'hao3 wan2', 高中: 'gao1 zhong1', 尽量: 'jin3 liang4', 买卖: 'mai3 mai4',
  大夫: 'dai4 fu5', 大意: 'da4 yi4', 土地: 'tu3 di4', 分子: 'fen1 zi3',
};

/**
 * Parts whose neutral tone becomes a full tone inside a longer word, as CC-CEDICT writes them in every compound it
 * lists with them: 关系 guānxi on its own, but 国际关系 guójì guānxì, 外交关系, 人际关系, 中日关系, 中俄关系 (30 of its
 * 44 entries); 太阳 tàiyang, but 太阳能, 太阳系, 太阳光 tàiyáng (43 of 44). Other neutral tones (朋友, 东西, 意思,
 * 时候, 知识) stay neutral in compounds, as CC-CEDICT keeps them (好朋友 hǎo péngyou).
 */
export const FULL_TONE_IN_COMPOUNDS: Record<string, string> = { 关系: 'guan1 xi4', 太阳: 'tai4 yang2' };

/**
 * One-character abbreviations of countries and regions, read as proper nouns when they pair with 中 (中 俄 团结,
 * 中阿) and hyphenated in a name compound (中美 Zhōng-Měi, 京津冀 Jīng-Jīn-Jì).
 */
export const PLACE_ABBREVIATIONS: Record<string, string> = {
  中: 'Zhong1', 美: 'Mei3', 俄: 'E2', 日: 'Ri4', 韩: 'Han2', 朝: 'Chao2', 欧: 'Ou1', 非: 'Fei1', 拉: 'La1', 阿: 'A1', 英: 'Ying1',
  法: 'Fa3', 德: 'De2', 意: 'Yi4', 印: 'Yin4', 巴: 'Ba1', 澳: 'Ao4', 加: 'Jia1', 越: 'Yue4', 老: 'Lao3', 柬: 'Jian3', 泰: 'Tai4',
  缅: 'Mian3', 蒙: 'Meng3', 哈: 'Ha1', 土: 'Tu3', 伊: 'Yi1', 埃: 'Ai1', 葡: 'Pu2', 西: 'Xi1', 菲: 'Fei1', 新: 'Xin1', 沙: 'Sha1',
  京: 'Jing1', 津: 'Jin1', 冀: 'Ji4', 沪: 'Hu4', 港: 'Gang3', 台: 'Tai2', 粤: 'Yue4', 苏: 'Su1', 浙: 'Zhe4', 皖: 'Wan3', 闽: 'Min3',
  川: 'Chuan1', 渝: 'Yu2', 鲁: 'Lu3', 豫: 'Yu4', 湘: 'Xiang1', 鄂: 'E4', 赣: 'Gan4', 晋: 'Jin4', 陕: 'Shan3', 甘: 'Gan1', 滇: 'Dian1',
  黔: 'Qian2', 桂: 'Gui4', 琼: 'Qiong2', 藏: 'Zang4', 疆: 'Jiang1', 辽: 'Liao2', 吉: 'Ji2', 黑: 'Hei1', 亚: 'Ya4', 太: 'Tai4', 华: 'Hua2',
};
