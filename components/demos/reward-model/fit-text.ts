import type { FieldError } from '@/components/demos/shared/number-field';
import type { DatasetKey, Feature } from './data';
import type { FitField, Verdict } from './fit-compute';

/** What the fit readout says: every number already formatted. */
export interface FitReadout {
  step: number;
  total: number;
  loss: string;
  accuracy: string;
  right: number;
  ties: number;
  wrong: number;
}

/** The fit view's words, Chinese first. */
export const FIT_TEXT = {
  zh: {
    title: '用梯度下降拟合一个线性奖励模型',
    hint: '每个回答用三个特征描述：是否正确、长度（百 token）、是否礼貌。奖励 r(x) = w·x，从 w = 0 出发，对 12 对偏好的平均 Bradley–Terry 损失做全批量梯度下降（lib 的 fitBradleyTerry）。第 0 步每一对都打平：损失是 ln 2，梯度是 −½ × 平均 Δx（Δx = x_c − x_r）。两组数据都是为演示编的。',
    datasetLegend: '偏好数据',
    datasets: { clean: '干净的标签', length: '偏爱长回答的标签' } satisfies Record<DatasetKey, string>,
    datasetNotes: {
      clean:
        '两个回答正确性不同时，被选中的总是正确的那个；长度两个方向都有。第 11、12 对是同样两类回答被不同标注者判成相反结果，所以任何权重最多排对 11 对。',
      length:
        '12 对里有 10 对被选中的是更长的回答，其中不少是错的。第 8、11 对互相矛盾。看长度的权重怎么长起来，再看下面两个探针回答谁得分高。',
    } satisfies Record<DatasetKey, string>,
    fields: { lr: '学习率 η', l2: 'L2 系数 λ', steps: '总步数' } satisfies Record<FitField, string>,
    fieldHints: {
      lr: 'learningRate > 0',
      l2: '目标加上 (λ/2)‖w‖²',
      steps: '0–5000',
    } satisfies Record<FitField, string>,
    slider: '当前步数',
    step: '走一步',
    run: (n: number) => `再走 ${n} 步`,
    reset: '回到第 0 步',
    readout: (r: FitReadout) =>
      `第 ${r.step} / ${r.total} 步：平均损失 ${r.loss} · 成对准确率 ${r.accuracy}（排对 ${r.right} 对，打平 ${r.ties} 对，排错 ${r.wrong} 对）`,
    tieNote:
      '打平的一对算半对，所以第 0 步是 0.50。TRL 的 compute_accuracy 处理打平的方式变过：旧版用 argmax 把打平算作排对，新版干脆不计入。',
    weightsCaption: '当前步的权重和梯度',
    weightColumns: ['特征', '权重 w', '梯度 ∂J/∂w'],
    features: {
      correct: '正确（0 或 1）',
      length: '长度（百 token）',
      polite: '礼貌（0 或 1）',
    } satisfies Record<Feature, string>,
    probeTitle: '两个探针回答',
    probe: (short: string, long: string, p: string) =>
      `正确、100 token、礼貌的回答得 r = ${short}；错误、500 token、礼貌的回答得 r = ${long}。模型认为后者更好的概率 σ(r_长 − r_短) = ${p}。`,
    probeVerdict: {
      long: '这个奖励模型更奖励长度：错误的长回答得分更高，策略优化会去钻这个空子。',
      short: '这个奖励模型更看重正确性。',
      tie: '两个回答得分相同。',
    },
    pairsSummary: '查看 12 对数据和当前的打分',
    pairsCaption: '每一对：被选中和被拒绝回答的特征，以及当前权重下的奖励差',
    pairColumns: ['#', '被选中的回答', '被拒绝的回答', 'r_c − r_r', '排序'],
    response: (x: readonly number[]) =>
      `${x[0] === 1 ? '正确' : '错误'} · ${(x[1] ?? 0) * 100} token · ${x[2] === 1 ? '礼貌' : '不礼貌'}`,
    verdicts: { right: '排对', wrong: '排错', tie: '打平' } satisfies Record<Verdict, string>,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    libError: (message: string) => `lib 拒绝了这组设置：${message}`,
    kept: '下面仍是上一次有效设置的训练过程。',
    chartTitle: '平均损失和成对准确率随梯度步数的变化',
    chartSummary: (readout: string) =>
      `折线图：平均 Bradley–Terry 损失和成对准确率随步数的变化。${readout}。`,
    x: '梯度步数',
    y: '损失（nats）/ 准确率',
    legendLoss: '平均损失',
    legendAccuracy: '成对准确率',
    legendAt: '当前步',
    legendLn2: 'ln 2',
    tableSummary: '查看若干步的数值',
    tableCaption: '每隔十分之一个训练过程的平均损失和成对准确率',
    columns: ['步数', '平均损失', '成对准确率'],
  },
  en: {
    title: 'Fitting a linear reward model by gradient descent',
    hint: 'Each response is described by three features: correct or not, length (hundreds of tokens), polite or not. The reward is r(x) = w·x; starting from w = 0, full-batch gradient descent lowers the mean Bradley–Terry loss over 12 preference pairs (lib’s fitBradleyTerry). At step 0 every pair ties: the loss is ln 2 and the gradient −½ × mean Δx (Δx = x_c − x_r). Both datasets are made up for the demo.',
    datasetLegend: 'Preference data',
    datasets: { clean: 'Clean labels', length: 'Length-biased labels' } satisfies Record<DatasetKey, string>,
    datasetNotes: {
      clean:
        'When the two responses differ in correctness, the correct one is always chosen; length points both ways. Pairs 11 and 12 are the same two kinds of response judged both ways by different labellers, so no weights rank more than 11 pairs right.',
      length:
        'In 10 of the 12 pairs the longer response is chosen, often a wrong one. Pairs 8 and 11 contradict each other. Watch the length weight grow, then see which probe response scores higher.',
    } satisfies Record<DatasetKey, string>,
    fields: { lr: 'Learning rate η', l2: 'L2 weight λ', steps: 'Total steps' } satisfies Record<
      FitField,
      string
    >,
    fieldHints: {
      lr: 'learningRate > 0',
      l2: 'adds (λ/2)‖w‖² to the objective',
      steps: '0–5000',
    } satisfies Record<FitField, string>,
    slider: 'Step shown',
    step: 'One step',
    run: (n: number) => `Run ${n} steps`,
    reset: 'Back to step 0',
    readout: (r: FitReadout) =>
      `Step ${r.step} of ${r.total}: mean loss ${r.loss} · pairwise accuracy ${r.accuracy} (${r.right} right, ${r.ties} tied, ${r.wrong} wrong)`,
    tieNote:
      'A tied pair counts as half right, so step 0 reads 0.50. TRL’s compute_accuracy has changed how it treats ties: older versions take an argmax that counts a tie as right, newer ones leave ties out.',
    weightsCaption: 'Weights and gradient at the step shown',
    weightColumns: ['Feature', 'Weight w', 'Gradient ∂J/∂w'],
    features: {
      correct: 'Correct (0 or 1)',
      length: 'Length (hundreds of tokens)',
      polite: 'Polite (0 or 1)',
    } satisfies Record<Feature, string>,
    probeTitle: 'Two probe responses',
    probe: (short: string, long: string, p: string) =>
      `A correct, 100-token, polite answer scores r = ${short}; a wrong, 500-token, polite one scores r = ${long}. The model’s probability that the second is better, σ(r_long − r_short), is ${p}.`,
    probeVerdict: {
      long: 'This reward model pays for length: the long wrong answer scores higher, a gap that policy optimisation will exploit.',
      short: 'This reward model cares more about correctness.',
      tie: 'The two answers score the same.',
    },
    pairsSummary: 'The 12 pairs and how the model scores them now',
    pairsCaption:
      'Each pair: the features of the chosen and the rejected response, and the reward difference at the current weights',
    pairColumns: ['#', 'Chosen response', 'Rejected response', 'r_c − r_r', 'Ranking'],
    response: (x: readonly number[]) =>
      `${x[0] === 1 ? 'correct' : 'wrong'} · ${(x[1] ?? 0) * 100} tokens · ${x[2] === 1 ? 'polite' : 'curt'}`,
    verdicts: { right: 'right', wrong: 'wrong', tie: 'tie' } satisfies Record<Verdict, string>,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    libError: (message: string) => `lib rejects these settings: ${message}`,
    kept: 'Below is still the run of the last valid settings.',
    chartTitle: 'Mean loss and pairwise accuracy against gradient steps',
    chartSummary: (readout: string) =>
      `Line chart: the mean Bradley–Terry loss and the pairwise accuracy against steps. ${readout}.`,
    x: 'Gradient steps',
    y: 'Loss (nats) / accuracy',
    legendLoss: 'Mean loss',
    legendAccuracy: 'Pairwise accuracy',
    legendAt: 'Step shown',
    legendLn2: 'ln 2',
    tableSummary: 'Values at a few steps',
    tableCaption: 'Mean loss and pairwise accuracy at every tenth of the run',
    columns: ['Step', 'Mean loss', 'Pairwise accuracy'],
  },
};

export type FitText = (typeof FIT_TEXT)['zh'];
