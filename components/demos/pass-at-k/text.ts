/** The pass-at-k demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: 'pass@k：无偏估计与朴素估计',
    hint: '设定每道题的样本数 n、其中通过测试的个数 c 和预算 k；曲线画出 k = 1 … n 时的两种估计。',
    n: '样本数 n',
    c: '正确数 c',
    k: '预算 k',
    readout: (k: number, u: string, v: string) => `pass@${k} = ${u}（无偏）· ${v}（朴素）`,
    gap: (g: string) => `差值（无偏 − 朴素）= ${g}`,
    why: '朴素估计把 ĉ = c/n 当成真实通过率，相当于从 n 个样本里有放回地抽 k 次（同一个错误样本可以被反复抽到）；1 − (1 − x)^k 是凹函数，所以 k > 1 时它平均偏低。无偏估计抽的是 k 个不同的样本。',
    k1: 'k = 1：两者都等于 c/n。',
    full: 'n − c < k：错误样本凑不满 k 个，任取 k 个必含正确样本，无偏估计恰为 1。',
    clamp: (name: string, from: number, to: number) =>
      `n 变小了：${name} 从 ${from} 调整为 ${to}（不能超过 n）。`,
    chart: (n: number, c: number, k: number, u: string, v: string) =>
      `n = ${n}、c = ${c} 时两种估计随 k（1 到 ${n}）变化的曲线；k = ${k} 处无偏 ${u}、朴素 ${v}；朴素曲线处处不高于无偏曲线。`,
    x: '预算 k（对数轴）',
    unbiased: '无偏：1 − C(n−c, k) / C(n, k)',
    naive: '朴素：1 − (1 − c/n)^k',
    presets: '预设',
    humaneval: '类 HumanEval（n = 200，c = 20）',
    hard: '难题（n = 10，c = 1，k = n）',
    all: '全部通过（c = n）',
  },
  en: {
    title: 'pass@k: the unbiased and the naive estimate',
    hint: 'Set the samples per problem n, how many of them pass (c), and the budget k; the curves show both estimates for k = 1 … n.',
    n: 'Samples n',
    c: 'Correct c',
    k: 'Budget k',
    readout: (k: number, u: string, v: string) => `pass@${k} = ${u} (unbiased) · ${v} (naive)`,
    gap: (g: string) => `Difference (unbiased − naive) = ${g}`,
    why: 'The naive estimate treats ĉ = c/n as the true pass rate, which amounts to drawing k times from the n samples with replacement (the same wrong sample can be drawn again and again); 1 − (1 − x)^k is concave, so for k > 1 it is too low on average. The unbiased estimate draws k distinct samples.',
    k1: 'k = 1: both equal c/n.',
    full: 'n − c < k: there are too few wrong samples to fill k slots, so any k samples include a correct one and the unbiased estimate is exactly 1.',
    clamp: (name: string, from: number, to: number) =>
      `n shrank: ${name} went from ${from} to ${to} (it cannot exceed n).`,
    chart: (n: number, c: number, k: number, u: string, v: string) =>
      `Both estimates against k from 1 to ${n}, for n = ${n} and c = ${c}; at k = ${k} unbiased ${u}, naive ${v}; the naive curve is never above the unbiased one.`,
    x: 'Budget k (log scale)',
    unbiased: 'Unbiased: 1 − C(n−c, k) / C(n, k)',
    naive: 'Naive: 1 − (1 − c/n)^k',
    presets: 'Presets',
    humaneval: 'HumanEval-like (n = 200, c = 20)',
    hard: 'Hard problem (n = 10, c = 1, k = n)',
    all: 'Everything passes (c = n)',
  },
};
