import type { FieldError } from '@/components/demos/shared/number-field';
import type { MarginScale, Rating } from './data';
import type { PairField } from './pair-compute';

/** What the pair readout says: every number already formatted. */
export interface PairReadout {
  diff: string;
  probability: string;
  loss: string;
  /** the margin as Table 27 prints it and the loss with it, or null without a margin */
  margin: { text: string; loss: string } | null;
}

/** The pair view's words, Chinese first. */
export const PAIR_TEXT = {
  zh: {
    title: '奖励模型的 Bradley–Terry 损失：一对回答',
    hint: '奖励模型给被选中的回答 y_c 和被拒绝的回答 y_r 各打一个标量分数。Bradley–Terry 模型认为 P(y_c ≻ y_r) = σ(r_c − r_r)，训练损失是它的负对数 −log σ(r_c − r_r)（InstructGPT 式 1）；Llama 2 式 2 再从奖励差里减去随标注强度变化的 margin m(r)。所有数值由 lib 的 preferenceProbability 和 bradleyTerryLoss 算出。',
    fields: { rc: '被选中回答的奖励 r_c', rr: '被拒绝回答的奖励 r_r' } satisfies Record<PairField, string>,
    sliders: { rc: '拖动 r_c', rr: '拖动 r_r' } satisfies Record<PairField, string>,
    shiftUp: '两个奖励都 +1',
    shiftDown: '两个奖励都 −1',
    shiftNote: '奖励只确定到一个常数：两个奖励一起平移，Δ 不变，P 和损失也不变。',
    marginLegend: 'Margin（Llama 2 式 2、表 27）',
    scales: {
      none: '不加 margin（m = 0）',
      small: 'Margin Small',
      large: 'Margin Large',
    } satisfies Record<MarginScale, string>,
    rating: '标注者给的偏好强度',
    ratings: {
      significantly: '明显更好',
      better: '更好',
      slightly: '稍好',
      negligibly: '几乎一样 / 不确定',
    } satisfies Record<Rating, string>,
    marginValue: (text: string) => `m(r) = ${text}`,
    marginNote:
      'Llama 2 在有用性奖励模型上加了这个 margin：两个回答差别越明显，要求的奖励差越大。附录表 28 的消融：平均准确率从 62.5（无 margin）到 63.0（Small）和 62.9（Large），提升来自“明显更好”的样本，Large 在“几乎一样”的样本上略有下降。',
    readout: (r: PairReadout) =>
      `P(y_c ≻ y_r) = σ(${r.diff}) = ${r.probability} · 损失 −log σ(Δ) = ${r.loss}` +
      (r.margin ? ` · 加 margin m = ${r.margin.text}：−log σ(Δ − m) = ${r.margin.loss}` : ''),
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    libError: (message: string) => `lib 拒绝了这个输入：${message}`,
    tooLarge: (field: string, max: string) =>
      `“${field}”超出了 ±${max}。奖励模型的分数通常只有几个单位，这里不画这么远。`,
    kept: '下面仍是上一次有效输入的结果。',
    chartTitle: '损失随奖励差 Δ = r_c − r_r 的变化',
    chartSummary: (readout: string) => `折线图：Bradley–Terry 损失随奖励差的变化。${readout}。`,
    x: 'Δ = r_c − r_r',
    y: '损失（nats）',
    legendPlain: '不加 margin：−log σ(Δ)',
    legendMargin: (m: string) => `加 margin：−log σ(Δ − m)，m = ${m}`,
    legendAt: '当前这一对（圆点：不加 margin；菱形：加 margin）',
    legendLn2: 'ln 2：两个奖励相等时的损失',
    tableSummary: '查看若干 Δ 处的数值',
    tableCaption: '不同奖励差下的偏好概率和损失',
    columns: ['Δ', 'σ(Δ)', '−log σ(Δ)', '−log σ(Δ − m)'],
    none: '—',
    currentRow: (diff: string) => `${diff}（当前）`,
  },
  en: {
    title: 'The Bradley–Terry loss of a reward model: one pair',
    hint: 'A reward model gives the chosen response y_c and the rejected response y_r one scalar score each. The Bradley–Terry model says P(y_c ≻ y_r) = σ(r_c − r_r), and the training loss is its negative log, −log σ(r_c − r_r) (InstructGPT eq. 1); Llama 2’s eq. 2 also subtracts a margin m(r) that depends on how strongly the labeller preferred y_c. Every number comes from lib’s preferenceProbability and bradleyTerryLoss.',
    fields: {
      rc: 'Reward of the chosen response r_c',
      rr: 'Reward of the rejected response r_r',
    } satisfies Record<PairField, string>,
    sliders: { rc: 'Drag r_c', rr: 'Drag r_r' } satisfies Record<PairField, string>,
    shiftUp: 'Both rewards +1',
    shiftDown: 'Both rewards −1',
    shiftNote:
      'A reward is defined only up to a constant: shift both together and Δ stays the same, so do P and the loss.',
    marginLegend: 'Margin (Llama 2 eq. 2, Table 27)',
    scales: {
      none: 'No margin (m = 0)',
      small: 'Margin Small',
      large: 'Margin Large',
    } satisfies Record<MarginScale, string>,
    rating: 'How strongly the labeller preferred y_c',
    ratings: {
      significantly: 'Significantly better',
      better: 'Better',
      slightly: 'Slightly better',
      negligibly: 'Negligibly better / unsure',
    } satisfies Record<Rating, string>,
    marginValue: (text: string) => `m(r) = ${text}`,
    marginNote:
      'Llama 2 adds this margin to its helpfulness reward model: the more clearly one response is better, the wider the reward gap it asks for. The ablation in appendix Table 28: average accuracy 62.5 without a margin, 63.0 with Small and 62.9 with Large, gained on “significantly better” pairs, while Large loses a little on “negligibly better” ones.',
    readout: (r: PairReadout) =>
      `P(y_c ≻ y_r) = σ(${r.diff}) = ${r.probability} · loss −log σ(Δ) = ${r.loss}` +
      (r.margin ? ` · with margin m = ${r.margin.text}: −log σ(Δ − m) = ${r.margin.loss}` : ''),
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    libError: (message: string) => `lib rejects this input: ${message}`,
    tooLarge: (field: string, max: string) =>
      `“${field}” is beyond ±${max}. Reward-model scores are a few units; the demo does not draw that far.`,
    kept: 'The result below is still the last valid one.',
    chartTitle: 'The loss against the reward difference Δ = r_c − r_r',
    chartSummary: (readout: string) =>
      `Line chart: the Bradley–Terry loss against the reward difference. ${readout}.`,
    x: 'Δ = r_c − r_r',
    y: 'Loss (nats)',
    legendPlain: 'No margin: −log σ(Δ)',
    legendMargin: (m: string) => `With margin: −log σ(Δ − m), m = ${m}`,
    legendAt: 'This pair (circle: no margin; diamond: with margin)',
    legendLn2: 'ln 2: the loss when the rewards are equal',
    tableSummary: 'Values at a few differences',
    tableCaption: 'Preference probability and loss at several reward differences',
    columns: ['Δ', 'σ(Δ)', '−log σ(Δ)', '−log σ(Δ − m)'],
    none: '—',
    currentRow: (diff: string) => `${diff} (this pair)`,
  },
};

export type PairText = (typeof PAIR_TEXT)['zh'];
