import type { FieldError } from '@/components/demos/shared/number-field';

/** What the KL readout says: every number already formatted. */
export interface KlReadout {
  n: string;
  /** "(N − 1)/N" as a fraction, e.g. "3/4" */
  fraction: string;
  kl: string;
  lnN: string;
}

/** The KL view's words, Chinese first. */
export const KL_TEXT = {
  zh: {
    title: 'Best-of-N 离基础策略有多远：KL 随 N 的变化',
    hint: '从基础策略 π 采样 N 个回答，留下奖励最高的一个。这个“best-of-N 策略”与 π 的 KL 常写作 ln N − (N − 1)/N nats（Stiennon 等 2020 附录 G.3；Gao 等 2022 §2 沿用），由 lib 的 bestOfNKl 算出。它只随 ln N 增长：N 翻倍，KL 只多不到 ln 2。',
    nField: '样本数 N',
    nHint: '整数，1–10⁹',
    slider: '拖动 N',
    readout: (r: KlReadout) =>
      `N = ${r.n}：KL(π_BoN ‖ π) ≤ ln ${r.n} − ${r.fraction} = ${r.kl} nats（对照：ln N = ${r.lnN}）`,
    boundNote:
      '这个公式假设 N 个奖励几乎不可能相同。Beirami 等（2024）证明它一般只是上界：基础策略经常重复同一个回答、奖励打平时，实际 KL 更小。极端情况下 π 总给出同一个回答，选哪个都一样，KL 是 0。',
    gaoNote:
      'Gao 等（2022）的 best-of-n 实验先看了 n ≤ 1,000（约 6 nats）的数据，再用 n = 60,000（约 10 nats）验证拟合出的曲线。',
    fieldError: (e: FieldError) => (e.kind === 'empty' ? '“样本数 N”是空的。' : `“${e.text}”不是数字。`),
    libError: (message: string) => `lib 拒绝了这个 N：${message}`,
    tooLarge: 'N 超过 10⁹，这里不算。',
    kept: '下面仍是上一次有效的 N。',
    chartTitle: 'Best-of-N 的 KL 随 N 的变化（横轴对数刻度）',
    chartSummary: (readout: string) => `折线图：best-of-N 的 KL 上界与 ln N 随 N 的变化。${readout}。`,
    x: 'N（对数刻度）',
    y: 'nats',
    legendKl: 'KL 上界 ln N − (N − 1)/N',
    legendLn: 'ln N',
    legendAt: '当前 N',
    tableSummary: '查看若干 N 的数值',
    tableCaption: 'N = 1, 2, 4, …, 1024 以及当前 N 的 KL 上界和 ln N',
    columns: ['N', 'ln N − (N − 1)/N', 'ln N'],
    currentRow: (n: string) => `${n}（当前）`,
  },
  en: {
    title: 'How far best-of-N moves from the base policy: KL against N',
    hint: 'Sample N responses from the base policy π and keep the one with the highest reward. The KL of this “best-of-N policy” from π is usually written ln N − (N − 1)/N nats (Stiennon et al. 2020, appendix G.3; used by Gao et al. 2022, §2), computed here by lib’s bestOfNKl. It grows only like ln N: doubling N adds less than ln 2.',
    nField: 'Number of samples N',
    nHint: 'an integer, 1–10⁹',
    slider: 'Drag N',
    readout: (r: KlReadout) =>
      `N = ${r.n}: KL(π_BoN ‖ π) ≤ ln ${r.n} − ${r.fraction} = ${r.kl} nats (compare ln N = ${r.lnN})`,
    boundNote:
      'The formula assumes the N rewards are almost surely all different. Beirami et al. (2024) prove it is in general only an upper bound: when the base policy often repeats a response and rewards tie, the actual KL is smaller. In the extreme, π always gives the same response, every pick is the same, and the KL is 0.',
    gaoNote:
      'Gao et al. (2022) chose their best-of-n fit on data up to n = 1,000 (about 6 nats), then checked it at n = 60,000 (about 10 nats).',
    fieldError: (e: FieldError) =>
      e.kind === 'empty' ? '“Number of samples N” is empty.' : `“${e.text}” is not a number.`,
    libError: (message: string) => `lib rejects this N: ${message}`,
    tooLarge: 'N above 10⁹ is beyond what the demo computes.',
    kept: 'Below is still the last valid N.',
    chartTitle: 'The KL of best-of-N against N (log scale)',
    chartSummary: (readout: string) => `Line chart: the best-of-N KL bound and ln N against N. ${readout}.`,
    x: 'N (log scale)',
    y: 'nats',
    legendKl: 'KL bound ln N − (N − 1)/N',
    legendLn: 'ln N',
    legendAt: 'N shown',
    tableSummary: 'Values at a few N',
    tableCaption: 'The KL bound and ln N at N = 1, 2, 4, …, 1024 and at the N shown',
    columns: ['N', 'ln N − (N − 1)/N', 'ln N'],
    currentRow: (n: string) => `${n} (shown)`,
  },
};

export type KlText = (typeof KL_TEXT)['zh'];
