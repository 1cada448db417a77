/**
 * Next-token distributions of an expert (large) and an amateur (small) model. Illustrative
 * numbers, not measured; `cut` uses the page's worked example (Paris 0.6 / 0.3, garbage 0.001 /
 * 0.00001).
 */
export const PRESETS = {
  eiffel: {
    prompt: 'The Eiffel Tower is located in',
    tokens: 'the, Paris, France, a, central, Europe, Lutetia',
    expert: '0.34, 0.30, 0.12, 0.10, 0.08, 0.057, 0.003',
    amateur: '0.52, 0.07, 0.10, 0.20, 0.05, 0.05994, 0.00006',
  },
  obama: {
    prompt: 'Barack Obama was born in Honolulu, Hawaii. He was born in',
    tokens: 'Honolulu, Hawaii, 1961, August, the, a, Kenya',
    expert: '0.30, 0.26, 0.22, 0.12, 0.06, 0.035, 0.005',
    amateur: '0.30, 0.42, 0.05, 0.04, 0.11, 0.07, 0.01',
  },
  cut: {
    prompt: 'The capital of France is',
    tokens: 'Paris, the, a, France, city, qzx',
    expert: '0.6, 0.3, 0.05, 0.04, 0.009, 0.001',
    amateur: '0.3, 0.5, 0.12, 0.05, 0.02999, 0.00001',
  },
  confident: {
    prompt: '2 + 2 =',
    tokens: '4, four, 5, the, 22, 3',
    expert: '0.90, 0.04, 0.03, 0.015, 0.01, 0.005',
    amateur: '0.95, 0.02, 0.002, 0.018, 0.005, 0.005',
  },
};
export type PresetKey = keyof typeof PRESETS;

export const TEXT = {
  zh: {
    title: '对比解码：专家减业余，只在可信集合内比较',
    hint: '分数 = log p_专家 − log p_业余，只给 p_专家 ≥ α · max p_专家 的词元（专家的条越过竖线）。概率可改，会自动归一化。',
    alpha: '可信阈值 α',
    prompt: '提示',
    readout: (chosen: string, score: string, greedy: string) =>
      `选中：'${chosen}'（分数 ${score}）· 专家贪心：'${greedy}'`,
    caption: (thr: string) => `截断线 α · max p_专家 = ${thr}（条长按每列的最大概率缩放）`,
    token: '词元',
    pExpert: 'p_专家',
    pAmateur: 'p_业余',
    scoreCol: '分数',
    cut: '截掉',
    chosenMark: '← 选中',
    greedyMark: '专家贪心',
    tokens: '词元',
    expertInput: '专家（大模型）概率',
    amateurInput: '业余（小模型）概率',
    presets: '预设',
    presetNames: {
      eiffel: '埃菲尔铁塔',
      obama: '业余模型爱重复',
      cut: '为什么要截断',
      confident: '专家很确定',
    },
    notNumber: (bad: string) => `“${bad}” 不是数字。`,
    count: '词元和两组概率的个数要相同，2 到 10 个。',
    invalid: '输入无效：',
  },
  en: {
    title: 'Contrastive decoding: expert minus amateur, inside the plausible set',
    hint: 'Score = log p_expert − log p_amateur, only for tokens with p_expert ≥ α · max p_expert (expert bar past the line). Probabilities are editable and normalised for you.',
    alpha: 'Plausibility α',
    prompt: 'Prompt',
    readout: (chosen: string, score: string, greedy: string) =>
      `chosen: '${chosen}' (score ${score}) · expert greedy: '${greedy}'`,
    caption: (thr: string) => `Cut line α · max p_expert = ${thr} (bars scaled to each column’s largest p)`,
    token: 'Token',
    pExpert: 'p_expert',
    pAmateur: 'p_amateur',
    scoreCol: 'Score',
    cut: 'cut',
    chosenMark: '← chosen',
    greedyMark: 'expert greedy',
    tokens: 'Tokens',
    expertInput: 'Expert (large model) p',
    amateurInput: 'Amateur (small model) p',
    presets: 'Presets',
    presetNames: {
      eiffel: 'Eiffel Tower',
      obama: 'amateur repeats itself',
      cut: 'why the cut matters',
      confident: 'confident expert',
    },
    notNumber: (bad: string) => `“${bad}” is not a number.`,
    count: 'Give 2 to 10 tokens and as many probabilities in each list.',
    invalid: 'Invalid input: ',
  },
};

export type ContrastiveText = (typeof TEXT)['en'];
