import type { PairsError } from './pairs';

/** The reliability-diagram demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '可靠性图：置信度与准确率对得上吗',
    hint: '按置信度把预测分进 M 个等宽分箱，柱高是每箱的准确率，对角线是完美校准；柱顶与平均置信度之间的阴影就是差距，按样本数加权平均即 ECE。预设是用固定种子生成的合成数据。',
    bins: '分箱数 M',
    readout: (ece: string, brier: string, m: number, n: number) =>
      `ECE = ${ece} · Brier 分数 = ${brier}（M = ${m} 个分箱，n = ${n} 个预测）`,
    worst: (range: string, count: number, conf: string, acc: string, part: string) =>
      `贡献最大的分箱 ${range}：${count} 个预测，平均置信度 ${conf}，准确率 ${acc}，为 ECE 贡献 ${part}。`,
    direction: (over: number, under: number) =>
      `准确率低于置信度（过度自信）的分箱 ${over} 个，高于置信度（信心不足）的 ${under} 个。`,
    binsNote:
      'ECE 随 M 变化：分箱越多，每箱样本越少，抽样噪声把差距撑大，即使模型本身完全校准也是如此。报告 ECE 时要同时写出 M（Guo 等人用 15）。',
    presets: '预设',
    calibrated: '校准良好',
    overconfident: '过度自信（类似 RLHF 之后的模型）',
    underconfident: '信心不足',
    pairs: '预测：每行一对“置信度 结果”（置信度在 0 到 1 之间，答对记 1、答错记 0）',
    pairsCount: (n: number) => `共 ${n} 对`,
    error: (e: PairsError): string => {
      switch (e.kind) {
        case 'notNumber':
          return `“${e.bad}” 不是数字。`;
        case 'odd':
          return `读到 ${e.numbers} 个数，是奇数：每个置信度后面都要跟一个 0 或 1。`;
        case 'confidence':
          return `第 ${e.pair} 对的置信度 ${e.value} 不在 0 到 1 之间。`;
        case 'outcome':
          return `第 ${e.pair} 对的结果是 ${e.value}，只能是 1（答对）或 0（答错）。`;
        case 'count':
          return `需要 ${e.min} 到 ${e.max} 对预测，现在有 ${e.pairs} 对。`;
      }
    },
    chartTitle: '可靠性图',
    chartLabel: (m: number, n: number, ece: string, filled: number, over: number) =>
      `可靠性图：${n} 个预测分进 ${m} 个等宽置信度分箱，其中 ${filled} 个非空；${over} 个非空分箱的准确率低于平均置信度；ECE = ${ece}。`,
    x: '置信度',
    y: '准确率',
    countRow: '样本数',
    legendBar: '分箱准确率',
    legendGap: '与平均置信度的差距',
    legendMean: '分箱（平均置信度，准确率）',
    legendDiagonal: '完美校准',
    table: '各分箱的数值',
    caption: (m: number) => `${m} 个等宽分箱：区间左开右闭，置信度恰为 0 的预测归入第一箱；空箱不计入 ECE`,
    columns: ['分箱', '样本数', '平均置信度', '准确率', '|差距|', '对 ECE 的贡献'],
  },
  en: {
    title: 'Reliability diagram: does confidence match accuracy?',
    hint: 'Predictions are binned by confidence into M equal-width bins; each bar is the accuracy in its bin and the diagonal is perfect calibration. The shading between a bar and its mean confidence is the gap; ECE is the gaps averaged with each bin weighted by its count. The presets are synthetic data from a fixed seed.',
    bins: 'Bins M',
    readout: (ece: string, brier: string, m: number, n: number) =>
      `ECE = ${ece} · Brier score = ${brier} (M = ${m} bins, n = ${n} predictions)`,
    worst: (range: string, count: number, conf: string, acc: string, part: string) =>
      `Largest contribution: bin ${range} with ${count} predictions, mean confidence ${conf}, accuracy ${acc}, adding ${part} to the ECE.`,
    direction: (over: number, under: number) =>
      `${over} bins have accuracy below confidence (over-confident), ${under} above it (under-confident).`,
    binsNote:
      'ECE moves with M: more bins hold fewer predictions each, and sampling noise widens the gaps even for a perfectly calibrated model. Report M with every ECE (Guo et al. use 15).',
    presets: 'Presets',
    calibrated: 'Well calibrated',
    overconfident: 'Over-confident (like a post-RLHF model)',
    underconfident: 'Under-confident',
    pairs:
      'Predictions: one “confidence outcome” pair per line (confidence in [0, 1]; 1 if correct, 0 if wrong)',
    pairsCount: (n: number) => `${n} pairs`,
    error: (e: PairsError): string => {
      switch (e.kind) {
        case 'notNumber':
          return `“${e.bad}” is not a number.`;
        case 'odd':
          return `Read ${e.numbers} numbers, an odd count: every confidence needs a 0 or 1 after it.`;
        case 'confidence':
          return `Pair ${e.pair}: confidence ${e.value} is not between 0 and 1.`;
        case 'outcome':
          return `Pair ${e.pair}: outcome ${e.value} must be 1 (correct) or 0 (wrong).`;
        case 'count':
          return `Give between ${e.min} and ${e.max} pairs; there are ${e.pairs}.`;
      }
    },
    chartTitle: 'Reliability diagram',
    chartLabel: (m: number, n: number, ece: string, filled: number, over: number) =>
      `Reliability diagram: ${n} predictions in ${m} equal-width confidence bins, ${filled} of them non-empty; in ${over} non-empty bins accuracy is below mean confidence; ECE = ${ece}.`,
    x: 'Confidence',
    y: 'Accuracy',
    countRow: 'count',
    legendBar: 'accuracy in the bin',
    legendGap: 'gap to mean confidence',
    legendMean: 'bin (mean confidence, accuracy)',
    legendDiagonal: 'perfect calibration',
    table: 'The numbers in each bin',
    caption: (m: number) =>
      `${m} equal-width bins, open on the left and closed on the right; a confidence of exactly 0 goes to the first bin; empty bins add nothing to ECE`,
    columns: ['Bin', 'Count', 'Mean confidence', 'Accuracy', '|Gap|', 'Added to ECE'],
  },
};

export type ReliabilityText = (typeof TEXT)['zh'];
