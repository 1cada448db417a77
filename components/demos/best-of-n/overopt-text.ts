import type { OveroptimizationMethod } from '@/lib/alignment/overoptimization';
import type { FieldError } from '@/components/demos/shared/number-field';
import type { Where } from './overopt-compute';
import type { OverField, PresetKey } from './presets';

/** What the over-optimisation readout says: every number already formatted. */
export interface OverReadout {
  peakD: string;
  peakKl: string;
  peakGold: string;
  /** best-of-N only: the N that reaches the peak's KL, or null (RL, or beyond 2⁵³) */
  n: string | null;
  d: string;
  kl: string;
  gold: string;
  where: Where;
}

/** The over-optimisation view's words, Chinese first. */
export const OVER_TEXT = {
  zh: {
    title: '奖励模型过度优化：gold 奖励先升后降',
    hint: 'Gao 等（2022）用一个 6B 的“gold”奖励模型代替人类，观察策略对着较小的代理奖励模型优化时 gold 分数的变化。横轴 d = √KL(π ‖ π_init)；best-of-n 拟合为 R(d) = d(α − βd)，RL 拟合为 R(d) = d(α − β ln d)（§1），R 是相对初始策略的 gold 分数增量。曲线和峰值由 lib 的 overoptimizationGoldReward 和 overoptimizationPeak 算出。',
    methodLegend: '优化方法',
    methods: { bon: 'Best-of-n', rl: 'RL（PPO）' } satisfies Record<OveroptimizationMethod, string>,
    formulas: { bon: 'R(d) = d(α − βd)', rl: 'R(d) = d(α − β ln d)' } satisfies Record<
      OveroptimizationMethod,
      string
    >,
    fields: { alpha: 'α', beta: 'β' } satisfies Record<OverField, string>,
    fieldHints: { alpha: '前期收益', beta: '过度优化的惩罚，> 0' } satisfies Record<OverField, string>,
    presets: '预设（示意值）',
    presetNames: {
      bonSmall: 'Best-of-n：α = 1，β = 0.25',
      bonLarge: 'Best-of-n：β 减半（像更大的代理 RM）',
      rlSmall: 'RL：α = 1，β = 0.5',
      rlLarge: 'RL：β = 0.35（像更大的代理 RM）',
    } satisfies Record<PresetKey, string>,
    presetNote:
      'Gao 等只把拟合出的 α、β 画成图（图 3 随 RM 大小，图 17、18 随数据量），没有给出数值表，所以这些预设是示意值：只保留论文里的趋势——代理 RM 越大 β 越小（§3.2、§4.2.2），RL 的 α 在不同 RM 大小下取同一个值（§3.2）——不是论文的数值。',
    slider: '沿 d = √KL 移动',
    readout: (r: OverReadout) =>
      `峰值 d* = ${r.peakD}（KL* = ${r.peakKl} nats${r.n ? `，best-of-N 在 N = ${r.n} 时达到` : ''}），gold 增量 R* = ${r.peakGold} · 当前 d = ${r.d}（KL = ${r.kl} nats）：R = ${r.gold}，${
        { before: '还在上升', at: '正在峰值', after: '已过峰值，继续优化只会降低 gold 分数' }[r.where]
      }`,
    peakFormulas: {
      bon: '令 R′(d) = α − 2βd = 0，得 d* = α/(2β)，R* = α²/(4β)。',
      rl: '令 R′(d) = α − β(ln d + 1) = 0，得 d* = e^(α/β − 1)，R* = βd*。',
    } satisfies Record<OveroptimizationMethod, string>,
    proxyNote:
      '代理奖励会一直上升，但 Gao 等没能给它拟合出满意的函数形式（§3.1），所以图中不画代理奖励。RL 的形式在原点附近斜率无穷大，论文承认它在那里大概不成立（§1 脚注）。',
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    libError: (message: string) => `lib 拒绝了这组系数：${message}`,
    kept: '下面仍是上一次有效系数的曲线。',
    chartTitle: 'gold 奖励增量随 d = √KL 的变化',
    chartSummary: (readout: string) => `折线图：gold 奖励增量随 d 的变化，峰值已标出。${readout}。`,
    x: 'd = √KL(π ‖ π_init)',
    y: 'gold 奖励增量 R',
    legendGold: 'gold 奖励增量 R(d)',
    legendPeak: '峰值（菱形）',
    legendAt: '当前 d（圆点）',
    legendZero: '初始策略（R = 0）',
    peakLabel: '峰值',
    tableSummary: '查看若干 d 的数值',
    tableCaption: '每隔十分之一个横轴以及峰值处的 KL 和 gold 奖励增量',
    columns: ['d', 'KL（nats）', 'R(d)'],
    peakRow: (d: string) => `${d}（峰值）`,
  },
  en: {
    title: 'Reward-model over-optimisation: the gold reward rises, then falls',
    hint: 'Gao et al. (2022) let a 6B “gold” reward model stand in for humans and watch the gold score as a policy is optimised against a smaller proxy reward model. The x axis is d = √KL(π ‖ π_init); best-of-n fits R(d) = d(α − βd) and RL fits R(d) = d(α − β ln d) (§1), with R the gold score’s gain over the initial policy. The curve and its peak come from lib’s overoptimizationGoldReward and overoptimizationPeak.',
    methodLegend: 'Optimisation method',
    methods: { bon: 'Best-of-n', rl: 'RL (PPO)' } satisfies Record<OveroptimizationMethod, string>,
    formulas: { bon: 'R(d) = d(α − βd)', rl: 'R(d) = d(α − β ln d)' } satisfies Record<
      OveroptimizationMethod,
      string
    >,
    fields: { alpha: 'α', beta: 'β' } satisfies Record<OverField, string>,
    fieldHints: { alpha: 'early gain', beta: 'over-optimisation penalty, > 0' } satisfies Record<
      OverField,
      string
    >,
    presets: 'Presets (illustrative values)',
    presetNames: {
      bonSmall: 'Best-of-n: α = 1, β = 0.25',
      bonLarge: 'Best-of-n: half the β (as for a larger proxy RM)',
      rlSmall: 'RL: α = 1, β = 0.5',
      rlLarge: 'RL: β = 0.35 (as for a larger proxy RM)',
    } satisfies Record<PresetKey, string>,
    presetNote:
      'Gao et al. publish their fitted α and β only as plots (Fig. 3 against RM size, Figs. 17 and 18 against data size), not as a table of numbers, so these presets are illustrative: they keep the paper’s trends — β falls as the proxy RM grows (§3.2, §4.2.2) and α_RL is held at one value across RM sizes (§3.2) — not its values.',
    slider: 'Move along d = √KL',
    readout: (r: OverReadout) =>
      `Peak d* = ${r.peakD} (KL* = ${r.peakKl} nats${r.n ? `, reached by best-of-N at N = ${r.n}` : ''}), gold gain R* = ${r.peakGold} · at d = ${r.d} (KL = ${r.kl} nats): R = ${r.gold}, ${
        {
          before: 'still rising',
          at: 'at the peak',
          after: 'past the peak: more optimisation only lowers the gold score',
        }[r.where]
      }`,
    peakFormulas: {
      bon: 'Setting R′(d) = α − 2βd = 0 gives d* = α/(2β) and R* = α²/(4β).',
      rl: 'Setting R′(d) = α − β(ln d + 1) = 0 gives d* = e^(α/β − 1) and R* = βd*.',
    } satisfies Record<OveroptimizationMethod, string>,
    proxyNote:
      'The proxy reward keeps rising, but Gao et al. could not fit it with a satisfactory functional form (§3.1), so the chart does not draw it. The RL form has an infinite slope at the origin, where the paper notes it likely does not hold (§1, footnote).',
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    libError: (message: string) => `lib rejects these coefficients: ${message}`,
    kept: 'Below is still the curve of the last valid coefficients.',
    chartTitle: 'The gold reward gain against d = √KL',
    chartSummary: (readout: string) =>
      `Line chart: the gold reward gain against d, its peak marked. ${readout}.`,
    x: 'd = √KL(π ‖ π_init)',
    y: 'Gold reward gain R',
    legendGold: 'Gold reward gain R(d)',
    legendPeak: 'Peak (diamond)',
    legendAt: 'd shown (circle)',
    legendZero: 'Initial policy (R = 0)',
    peakLabel: 'peak',
    tableSummary: 'Values at a few d',
    tableCaption: 'KL and the gold reward gain at every tenth of the axis and at the peak',
    columns: ['d', 'KL (nats)', 'R(d)'],
    peakRow: (d: string) => `${d} (peak)`,
  },
};

export type OverText = (typeof OVER_TEXT)['zh'];
