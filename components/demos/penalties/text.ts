/** The vocabulary, the fixed next-token logits (three seen tokens are negative) and history presets. */
export const VOCAB = ['the', 'cat', 'sat', 'on', 'mat', 'dog', 'ran', '.'] as const;
export const LOGITS = [-0.5, -1, 2.4, -1.5, 0.3, 0.8, 1.9, 1.2] as const;
export const MAX_HISTORY = 12;

export const PRESETS = {
  ngram: [0, 1, 2, 3, 0, 1],
  loop: [0, 1, 0, 1, 0],
  none: [],
} as const satisfies Record<string, readonly number[]>;

export const TEXT = {
  zh: {
    title: '三种重复惩罚：同一段历史，同一组 logits',
    hint: '点词元追加到历史，再拖动滑块。每栏只用一种机制，都数整段历史。',
    repetition: '重复惩罚 θ',
    presence: '出现惩罚',
    frequency: '频率惩罚',
    ngram: 'n 元阻断 n',
    off: '关',
    history: '历史',
    empty: '（空）',
    append: '追加',
    removeLast: '删除最后一个',
    clear: '清空',
    presets: '预设',
    counts: '次数',
    top: '最可能',
    repShort: '重复',
    pfShort: '出现/频率',
    ngramShort: 'n 元',
    nothing: '无',
    repTitle: 'HF 重复惩罚（乘性）',
    pfTitle: 'OpenAI 出现/频率惩罚（加性）',
    ngramTitle: 'HF n 元阻断',
    token: '词元',
    logit: 'logit 前 → 后',
    prob: '概率',
    neg: '负 ×',
    count: 'c = ',
    banned: '禁止',
    negNote: (list: string, r: string, ctrl: string) =>
      `${list} 的 logit 为负，乘以 ${r} 后变小；照 CTRL 原式除以 ${r} 会得到 ${ctrl}，反而变大。`,
    pfNote: (f: string, p: string) => `出现过的词元：logit − c × ${f} − ${p}。`,
    noBan: '没有禁止任何词元。',
    ban: (token: string, ngram: string, from: number) => `${token}：会重复第 ${from} 个词元起的 “${ngram}”`,
    allBanned: '所有词元都被禁止，无词元可选。',
  },
  en: {
    title: 'Three repetition penalties: same history, same logits',
    hint: 'Click tokens to append them to the history, then move the sliders. Each column applies one mechanism alone, counting the whole history.',
    repetition: 'Repetition penalty θ',
    presence: 'Presence penalty',
    frequency: 'Frequency penalty',
    ngram: 'No-repeat n-gram n',
    off: 'off',
    history: 'History',
    empty: '(empty)',
    append: 'Append',
    removeLast: 'Remove last',
    clear: 'Clear',
    presets: 'Presets',
    counts: 'Counts',
    top: 'top token',
    repShort: 'rep.',
    pfShort: 'pres./freq.',
    ngramShort: 'n-gram',
    nothing: 'none',
    repTitle: 'HF repetition penalty (multiplicative)',
    pfTitle: 'OpenAI presence/frequency (additive)',
    ngramTitle: 'HF no-repeat n-gram',
    token: 'Token',
    logit: 'logit before → after',
    prob: 'p',
    neg: 'neg. ×',
    count: 'c = ',
    banned: 'banned',
    negNote: (list: string, r: string, ctrl: string) =>
      `${list}: negative logits, multiplied by ${r}, went down. CTRL’s divide-only rule gives ${ctrl}: a rise.`,
    pfNote: (f: string, p: string) => `Seen tokens: logit − c × ${f} − ${p}.`,
    noBan: 'Nothing is banned.',
    ban: (token: string, ngram: string, from: number) =>
      `${token}: would repeat “${ngram}” (from token ${from})`,
    allBanned: 'Every token is banned: nothing left to sample.',
  },
};

export type PenaltiesText = (typeof TEXT)['en'];
