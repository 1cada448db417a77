import type { FieldError } from '@/components/demos/shared/number-field';
import type { GrpoLossType } from '@/lib/alignment/grpo-loss';
import type { AdvantagePreset, AggregationPreset, GroupSizeError } from './group';

/** The GRPO lab's words, Chinese first. */
export const TEXT = {
  zh: {
    titles: {
      advantages: 'GRPO 实验室：组内相对优势',
      aggregation: 'GRPO 实验室：逐词元损失怎样聚合',
    },
    hints: {
      advantages:
        '对同一道题采样 G 个回答，逐个标出对错。奖励 r = 准确率奖励（对 1、错 0）+ 可选的格式奖励（0.5）；优势由 lib 的 grpoAdvantages 计算：除以 std 时是 (r − mean)/(std + 10⁻⁴)，std 为样本标准差（除以 G − 1），与 TRL 的 GRPOTrainer 相同；不除时是 Dr. GRPO 的 r − mean。',
      aggregation:
        '同一组回答，四种 TRL loss_type 的区别只在于逐词元损失之和除以什么。表中的权重和推力来自 lib 的 grpoTokenWeights 与 grpoGradientPush（语义取自 TRL 的 GRPOTrainer._compute_loss）；这里把一组回答当作整个批次（单卡、一个微批次、不做梯度累积）。',
    },
    g: 'G（一组的回答数）',
    gHint: 'num_generations',
    presets: '预设',
    advantagePresetNames: {
      hard: '8 个里 1 个对（难题）',
      easy: '8 个里 7 个对（易题）',
      allWrong: '全错（没有信号）',
      mixedLengths: '长短不一（一半对）',
    } satisfies Record<AdvantagePreset, string>,
    advantagePresetNotes: {
      hard: '难题：8 个样本只有 1 个答对。组均值很低，答对的那个回答的 r − mean 很大，再除以很小的 std，优势更大。把它和“长短不一”（一半答对）里答对回答的优势比一比。',
      easy: '易题：8 个里 7 个答对。答错的那个回答拿到绝对值很大的负优势，7 个答对的回答各自只拿到很小的正优势。',
      allWrong: '全错：组内奖励全部相同，没有可比较的对象。',
      mixedLengths:
        '一半答对，长度从 150 到 2,400 个词元不等。优势与长度无关：同样答对的回答，不论长短，Â 都相同；长度只在损失的聚合方式里起作用（最后一列，以及下文“按词元还是按序列平均”一节的演示）。',
    } satisfies Record<AdvantagePreset, string>,
    aggregationPresetNames: {
      pair: '短的答对 + 长的答错（G = 2）',
      eight: '同样两条，再加 6 个回答（G = 8）',
    } satisfies Record<AggregationPreset, string>,
    formatOn: '加上格式奖励：回答按 <think>…</think><answer>…</answer> 模板输出时 +0.5',
    rewardRule:
      'r = 准确率奖励（对 1、错 0）+ 0.5 × 格式奖励（开启时）。DeepSeek-R1（§2.2.2）训练 R1-Zero 用的正是准确率和格式两种基于规则的奖励；0.5 这个权重是本演示自选的（TRL 会把多个奖励函数按 reward_weights 加权求和，默认每个权重为 1）。',
    formatCancels:
      '每个回答都拿到了格式奖励：所有奖励一起平移 0.5，r − mean 和 std 都不变，所以优势也不变。取消某个回答的“格式”看看。',
    columns: {
      index: '#',
      correct: '答对',
      format: '格式',
      length: '长度（词元）',
      reward: '奖励 r',
      scaled: 'Â（除以 std）',
      unscaled: 'Â（不除 std）',
      grpoPush: 'GRPO 损失中每个词元的推力 Â/(G·|o|)',
      advantage: 'Â',
      perToken: '每词元权重 w',
      perSequence: '整段权重 W = |o|·w',
      pushToken: '每词元推力 Â·w',
      pushSequence: '整段推力 Â·W',
    },
    rowLabel: (i: number) => `回答 ${i} `,
    lengthLabel: (i: number) => `回答 ${i} 的长度（词元）`,
    stats: (mean: string, std: string) => `组均值 mean = ${mean}，样本标准差 std = ${std}（除以 G − 1）`,
    advantagesReadout: (v: string) => `回答 1 的优势 Â₁（除以 std）= ${v}`,
    unscaledOf1: (v: string) => `不除 std（Dr. GRPO）：${v}`,
    allEqual:
      '组内奖励全部相同：r − mean 全是 0，两种优势都是 0（10⁻⁴ 防止了 0/0），这道题不产生梯度。DAPO（Yu 等，2025）的“动态采样”会多采样，并丢掉全对或全错的组，直到批次填满；TRL 把这类组所占的比例记为 frac_reward_zero_std。',
    pushNote:
      'Â 对一个回答的每个词元都一样，与长度无关。但 GRPO 的损失还要给每个词元乘上 1/(G·|oᵢ|)：同样的 Â 摊到更长的回答上，每个词元被推得更轻。',
    barsTitle: '组内每个回答的优势',
    barsSummary: (g: number, first: string) =>
      `柱状图：G = ${g} 个回答各自的优势，实心柱除以 std，斜线柱不除；回答 1 除以 std 时为 ${first}。`,
    barsX: '回答',
    barsY: '优势 Â',
    legendScaled: '除以 std（GRPO / TRL 默认）',
    legendUnscaled: '不除 std（Dr. GRPO）',
    barsCaption: (g: number) => `G = ${g} 个回答的奖励与两种优势`,
    barsColumns: ['回答', 'r', 'Â（除以 std）', 'Â（不除 std）'],
    sweepTitle: '答对回答的优势随答对个数 k 的变化',
    sweepSummary: (g: number, hard: string, half: string) =>
      `折线图：G = ${g}、奖励为 0/1 时，答对回答的优势随答对个数 k 的变化。除以 std 时 k = 1 为 ${hard}，约一半答对时为 ${half}；不除 std 的曲线从 k = 1 起单调下降且平缓得多。`,
    sweepX: (g: number) => `k：${g} 个回答里答对的个数（0/1 奖励）`,
    sweepY: '答对回答的 Â',
    legendCurrent: '当前这一组的 k',
    sweepNote:
      '左端（k 小）是难题，右端（k 大）是易题。除以 std 时，难题里唯一答对的回答拿到的优势远大于一半答对时；不除 std 时差距小得多。Dr. GRPO（Liu 等，2025，§3.1）把这种随题目难度改变权重的效应称为问题级难度偏差（question-level difficulty bias）。',
    sweepCaption: (g: number) => `G = ${g} 时，k 个答对（0/1 奖励）时答对回答的优势`,
    sweepColumns: ['k', 'Â（除以 std）', 'Â（不除 std）'],
    maxLength: '最大生成长度 L',
    maxLengthHint: 'max_completion_length（dr_grpo 的常数）',
    scale: '优势除以组内 std（TRL 默认 scale_rewards="group"）',
    lossLegend: '聚合方式（TRL 的 loss_type）',
    lossNames: {
      grpo: 'grpo',
      bnpo: 'bnpo',
      dr_grpo: 'dr_grpo',
      dapo: 'dapo',
    } satisfies Record<GrpoLossType, string>,
    lossDescriptions: {
      grpo: '先对每个回答的词元取平均，再对回答取平均：w = 1/(G·|oᵢ|)',
      bnpo: '所有词元求和，除以本地微批次的词元数：w = 1/Σ|oⱼ|',
      dr_grpo: '所有词元求和，除以常数 G·L：w = 1/(G·L)',
      dapo: '所有词元求和，除以整个全局批次的词元数（TRL ≥ 0.22 的默认）：w = 1/Σ|oⱼ|',
    } satisfies Record<GrpoLossType, string>,
    lossNotes: {
      grpo: '每个回答的总权重都是 1/G，所以每个词元的权重与长度成反比：答错的长回答，每个词元受到的惩罚更轻；答对的短回答，每个词元得到的奖励更重。训练就会朝“错的越写越长”漂移（Dr. GRPO，§3.1）。',
      bnpo: '每个词元的权重相同，长回答按长度占更多权重。但 TRL 只在本地微批次里归一：有多个微批次或多卡时，结果是各微批次词元平均的平均；每个微批次只放一个回答时就退化成 grpo。',
      dr_grpo:
        '分母是常数，与这一组的长度无关：每个词元的权重相同，整段权重与长度成正比，而且不随组里其他回答的长短变化。Dr. GRPO 取 L = 最大生成长度。',
      dapo: '每个词元的权重相同（DAPO 的词元级策略梯度损失）：长的错误回答按长度受罚。TRL 用整个生成批次（所有进程、所有累积步）的词元总数来归一，分母与批次怎么切分无关。',
    } satisfies Record<GrpoLossType, string>,
    sameHere: '这里 bnpo 与 dapo 数值相同：本演示把一组回答当作整个批次。二者只在多卡或梯度累积时不同。',
    aggregationReadout: (name: string, v: string) => `${name}：回答 2 的一个词元的权重 ÷ 回答 1 的 = ${v}`,
    pushExplained:
      '推力：每批样本只更新一次时（TRL 默认 num_iterations = 1），比率 ρ = 1、裁剪不起作用；取 β = 0，负损失的梯度是 Σᵢ Σₜ Âᵢ·wᵢ·∇log π_θ(oᵢ,ₜ)。所以 Âᵢ·wᵢ 就是回答 i 每个词元的对数概率被往上（正）或往下（负）推的系数，Âᵢ·Wᵢ 是整段之和。',
    compareCaption: '四种 loss_type 下回答 1 与回答 2 的对比',
    compareColumns: [
      'loss_type',
      '回答 1 每词元权重',
      '回答 2 每词元权重',
      '2 ÷ 1',
      '回答 1 整段推力',
      '回答 2 整段推力',
    ],
    pushTitle: '回答 1 与回答 2 每个词元的推力',
    pushSummary: (name: string, a: string, b: string) =>
      `柱状图：四种 loss_type 下回答 1（实心）与回答 2（斜线）每个词元的推力 Â·w；当前选中的 ${name} 下分别为 ${a} 与 ${b}。`,
    pushX: 'loss_type',
    pushY: '每词元推力 Â·w',
    legendAnswer: (i: number, right: boolean) => `回答 ${i}（${right ? '答对' : '答错'}）`,
    pushCaption: '四种 loss_type 下回答 1 与回答 2 每个词元的推力',
    groupErrors: (e: GroupSizeError) =>
      e.kind === 'empty'
        ? '“G”是空的。'
        : e.kind === 'notNumber'
          ? `“G”里的“${e.text}”不是数字。`
          : e.kind === 'notWhole'
            ? `G 是回答的个数，必须是非负整数，“${e.text}”不行。`
            : `本演示一组最多放 ${e.max} 个回答。`,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    rules: {
      g: '一组至少要有 2 个回答：只有 1 个时它自己就是基线，r − mean = 0，std 无从谈起（样本标准差要除以 G − 1 = 0）。',
      length: '长度是回答的词元数，必须是不小于 1 的整数。',
      maxLength: 'L 必须是不小于 1 的整数，而且不能小于任何一个回答的长度（生成到 L 就被截断）。',
      other: 'lib 拒绝了这组输入。',
    },
    libError: (rule: string, message: string) => `${rule}（lib：${message}）`,
    kept: '下面仍是上一次有效输入的结果。',
  },
  en: {
    titles: {
      advantages: 'GRPO lab: group-relative advantages',
      aggregation: 'GRPO lab: how the per-token loss is aggregated',
    },
    hints: {
      advantages:
        'Sample G answers to one question and mark each right or wrong. The reward r = an accuracy reward (1 right, 0 wrong) + an optional format reward (0.5); the advantages come from lib’s grpoAdvantages: with the std, (r − mean)/(std + 10⁻⁴) with the sample std (÷ G − 1), as TRL’s GRPOTrainer; without, Dr. GRPO’s r − mean.',
      aggregation:
        'One group of answers: TRL’s four loss_type values differ only in what the sum of per-token losses is divided by. The weights and pushes come from lib’s grpoTokenWeights and grpoGradientPush (semantics of TRL’s GRPOTrainer._compute_loss); the group is the whole batch here (one device, one micro-batch, no gradient accumulation).',
    },
    g: 'G (answers in the group)',
    gHint: 'num_generations',
    presets: 'Presets',
    advantagePresetNames: {
      hard: '1 of 8 right (a hard question)',
      easy: '7 of 8 right (an easy one)',
      allWrong: 'All wrong (no signal)',
      mixedLengths: 'Mixed lengths (half right)',
    } satisfies Record<AdvantagePreset, string>,
    advantagePresetNotes: {
      hard: 'A hard question: one of eight samples is right. The group mean is low, so the right answer’s r − mean is large, and dividing by the small std makes its advantage larger still. Compare it with a right answer’s advantage under “Mixed lengths” (half right).',
      easy: 'An easy question: seven of eight are right. The one wrong answer gets a large negative advantage; each of the seven right ones gets only a small positive one.',
      allWrong: 'All wrong: every reward is equal, so there is nothing to compare.',
      mixedLengths:
        'Half right, with lengths from 150 to 2,400 tokens. The advantage ignores length: right answers get the same Â however long they are; length only matters in how the loss is aggregated (the last column, and the demo in “token-level versus sequence-level averaging” below).',
    } satisfies Record<AdvantagePreset, string>,
    aggregationPresetNames: {
      pair: 'Short right + long wrong (G = 2)',
      eight: 'The same two among 6 more (G = 8)',
    } satisfies Record<AggregationPreset, string>,
    formatOn:
      'Add a format reward: +0.5 when the answer follows the <think>…</think><answer>…</answer> template',
    rewardRule:
      'r = accuracy reward (1 right, 0 wrong) + 0.5 × format reward (when on). DeepSeek-R1 (§2.2.2) trains R1-Zero on exactly these two rule-based rewards, accuracy and format; the weight 0.5 is this demo’s choice (TRL sums several reward functions weighted by reward_weights, 1 each by default).',
    formatCancels:
      'Every answer earns the format reward: all rewards shift by 0.5, r − mean and the std stay the same, and so do the advantages. Untick one answer’s “Format” to see a difference.',
    columns: {
      index: '#',
      correct: 'Right',
      format: 'Format',
      length: 'Length (tokens)',
      reward: 'Reward r',
      scaled: 'Â (÷ std)',
      unscaled: 'Â (no std)',
      grpoPush: 'Per-token push in GRPO’s loss Â/(G·|o|)',
      advantage: 'Â',
      perToken: 'Per-token weight w',
      perSequence: 'Answer weight W = |o|·w',
      pushToken: 'Per-token push Â·w',
      pushSequence: 'Answer push Â·W',
    },
    rowLabel: (i: number) => `Answer ${i} `,
    lengthLabel: (i: number) => `Length of answer ${i} (tokens)`,
    stats: (mean: string, std: string) => `Group mean = ${mean}, sample std = ${std} (÷ G − 1)`,
    advantagesReadout: (v: string) => `Advantage of answer 1, Â₁ (÷ std) = ${v}`,
    unscaledOf1: (v: string) => `Without the std (Dr. GRPO): ${v}`,
    allEqual:
      'Every reward in the group is equal: r − mean is 0 for all, both advantages are 0 (the 10⁻⁴ prevents 0/0), and the question gives no gradient. DAPO’s “dynamic sampling” (Yu et al., 2025) samples more and drops all-right or all-wrong groups until the batch is full; TRL logs the share of such groups as frac_reward_zero_std.',
    pushNote:
      'Â is the same for every token of an answer, whatever its length. But GRPO’s loss multiplies each token by 1/(G·|oᵢ|): the same Â spread over a longer answer pushes each of its tokens less.',
    barsTitle: 'The advantage of each answer in the group',
    barsSummary: (g: number, first: string) =>
      `Bar chart: the advantage of each of the G = ${g} answers, solid bars with the std, hatched bars without; answer 1 with the std: ${first}.`,
    barsX: 'Answer',
    barsY: 'Advantage Â',
    legendScaled: 'divided by the std (GRPO / TRL default)',
    legendUnscaled: 'not divided (Dr. GRPO)',
    barsCaption: (g: number) => `Rewards and both advantages of the G = ${g} answers`,
    barsColumns: ['Answer', 'r', 'Â (÷ std)', 'Â (no std)'],
    sweepTitle: 'A right answer’s advantage against the number of right answers k',
    sweepSummary: (g: number, hard: string, half: string) =>
      `Line chart: with G = ${g} and 0/1 rewards, the advantage of a right answer against the number k of right answers. With the std it is ${hard} at k = 1 and ${half} at about half right; without the std the curve falls from k = 1 much more gently.`,
    sweepX: (g: number) => `k: right answers out of ${g} (0/1 rewards)`,
    sweepY: 'Â of a right answer',
    legendCurrent: 'k of the current group',
    sweepNote:
      'Small k (left) is a hard question, large k (right) an easy one. With the std, the only right answer to a hard question gets a far larger advantage than a right answer when half are right; without the std the gap is much smaller. Dr. GRPO (Liu et al., 2025, §3.1) calls this re-weighting by question difficulty the question-level difficulty bias.',
    sweepCaption: (g: number) =>
      `With G = ${g}: a right answer’s advantage when k answers are right (0/1 rewards)`,
    sweepColumns: ['k', 'Â (÷ std)', 'Â (no std)'],
    maxLength: 'Maximum completion length L',
    maxLengthHint: 'max_completion_length (dr_grpo’s constant)',
    scale: 'Divide the advantages by the group std (TRL’s default scale_rewards="group")',
    lossLegend: 'Aggregation (TRL’s loss_type)',
    lossNames: {
      grpo: 'grpo',
      bnpo: 'bnpo',
      dr_grpo: 'dr_grpo',
      dapo: 'dapo',
    } satisfies Record<GrpoLossType, string>,
    lossDescriptions: {
      grpo: 'mean over each answer’s tokens, then over answers: w = 1/(G·|oᵢ|)',
      bnpo: 'sum over all tokens ÷ tokens in the local micro-batch: w = 1/Σ|oⱼ|',
      dr_grpo: 'sum over all tokens ÷ the constant G·L: w = 1/(G·L)',
      dapo: 'sum over all tokens ÷ tokens in the whole global batch (TRL ≥ 0.22 default): w = 1/Σ|oⱼ|',
    } satisfies Record<GrpoLossType, string>,
    lossNotes: {
      grpo: 'Every answer weighs 1/G in total, so a token’s weight is inversely proportional to its answer’s length: each token of a long wrong answer is penalised less, each token of a short right answer rewarded more. Training drifts towards ever longer wrong answers (Dr. GRPO, §3.1).',
      bnpo: 'Every token weighs the same, so a long answer weighs in proportion to its length. But TRL normalises over the local micro-batch only: with several micro-batches or devices the result is an average of per-micro-batch token means, and with one answer per micro-batch it falls back to grpo.',
      dr_grpo:
        'The denominator is a constant, independent of this group’s lengths: every token weighs the same, an answer weighs in proportion to its length, and that does not change with the other answers’ lengths. Dr. GRPO takes L = the maximum completion length.',
      dapo: 'Every token weighs the same (DAPO’s token-level policy-gradient loss): a long wrong answer is penalised in proportion to its length. TRL normalises by the token count of the whole generation batch (all processes, all accumulation steps), so the denominator does not depend on how the batch is split.',
    } satisfies Record<GrpoLossType, string>,
    sameHere:
      'bnpo and dapo give the same numbers here because the demo’s batch is one group; they differ only with several devices or gradient accumulation.',
    aggregationReadout: (name: string, v: string) =>
      `${name}: weight of a token of answer 2 ÷ of answer 1 = ${v}`,
    pushExplained:
      'Push: with one update per batch of samples (TRL’s default num_iterations = 1) the ratio ρ is 1 and clipping does nothing; with β = 0 the gradient of the negated loss is Σᵢ Σₜ Âᵢ·wᵢ·∇log π_θ(oᵢ,ₜ). So Âᵢ·wᵢ is how hard each token’s log-probability in answer i is pushed up (positive) or down (negative), and Âᵢ·Wᵢ is its sum over the answer.',
    compareCaption: 'Answer 1 against answer 2 under the four loss types',
    compareColumns: [
      'loss_type',
      'Per-token weight, answer 1',
      'Per-token weight, answer 2',
      '2 ÷ 1',
      'Answer push, 1',
      'Answer push, 2',
    ],
    pushTitle: 'Per-token push on answers 1 and 2',
    pushSummary: (name: string, a: string, b: string) =>
      `Bar chart: the per-token push Â·w on answer 1 (solid) and answer 2 (hatched) under the four loss types; under the selected ${name}: ${a} and ${b}.`,
    pushX: 'loss_type',
    pushY: 'Per-token push Â·w',
    legendAnswer: (i: number, right: boolean) => `answer ${i} (${right ? 'right' : 'wrong'})`,
    pushCaption: 'Per-token push on answers 1 and 2 under the four loss types',
    groupErrors: (e: GroupSizeError) =>
      e.kind === 'empty'
        ? '“G” is empty.'
        : e.kind === 'notNumber'
          ? `“${e.text}” in “G” is not a number.`
          : e.kind === 'notWhole'
            ? `G counts answers, so it must be a whole number ≥ 0; “${e.text}” is not.`
            : `This demo holds at most ${e.max} answers in a group.`,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    rules: {
      g: 'A group needs at least 2 answers: a single answer is its own baseline, r − mean = 0, and it has no std (the sample std divides by G − 1 = 0).',
      length: 'A length counts an answer’s tokens: a whole number ≥ 1.',
      maxLength:
        'L must be a whole number ≥ 1 and no smaller than any answer’s length (generation stops at L).',
      other: 'lib rejects these inputs.',
    },
    libError: (rule: string, message: string) => `${rule} (lib: ${message})`,
    kept: 'The results below are from the last valid input.',
  },
};

export type GrpoText = (typeof TEXT)['zh'];
