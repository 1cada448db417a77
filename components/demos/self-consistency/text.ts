import type { FieldError } from '@/components/demos/shared/number-field';
import type { PresetKey } from './model';

/** The self-consistency demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '自洽性：多数投票的准确率随样本数 n 的变化',
    hint: '每条采样出的推理路径最后给出一个答案，A 是正确答案。设定单个样本落在各答案上的概率，图中给出 n 个样本多数投票选中 A 的概率。数值由 lib 的 selfConsistencyAccuracy 精确枚举得到，不是抽样模拟；票数并列第一时随机选一个，所以只有两个答案时，偶数 n 和 n − 1 的准确率相同。',
    answers: '单个样本给出各答案的概率（A 是正确答案）',
    answerLabel: (name: string, correct: boolean) => `p(${name})${correct ? '（正确）' : '（错误）'}`,
    wrongCount: '错误答案个数',
    normalise: '归一化（各项除以总和）',
    presets: '预设',
    presetNames: {
      correctMode: '正确答案是众数',
      wrongMode: '某个错误答案是众数',
      closeCall: '势均力敌',
      scattered: '错误答案很分散',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      correctMode: '示意数字：A 占 0.4，比任何一个错误答案都多，投票越多越接近必然选中 A。',
      wrongMode: '示意数字：错误答案 B 占 0.45，比 A 的 0.3 多，样本越多，多数票越确定地落在 B 上。',
      closeCall: '示意数字：A 只比 B 多 0.02，投票仍会趋向 A，但要很多样本才看得出来。',
      scattered:
        '示意数字：A 只有 0.3，不到一半，但 0.7 的错误分散在五个答案上，每个只有 0.14，A 仍是众数，投票照样趋向 A。',
    } satisfies Record<PresetKey, string>,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    entryError: (field: string, message: string) => `“${field}”必须在 0 到 1 之间（lib：${message}）。`,
    sumError: (message: string) => `各答案的概率之和必须是 1，可以点“归一化”按比例缩放（lib：${message}）。`,
    libError: (message: string) => `lib 拒绝了这组概率：${message}`,
    kept: '图和读数仍是上一次有效输入的结果。',
    nSlider: '样本数 n',
    nField: '或直接输入 n',
    nRule: 'n 必须是 1 到 99 之间的整数',
    nError: (rule: string, message: string) => `${rule}（lib：${message}）。`,
    nFieldError: (e: FieldError) => (e.kind === 'empty' ? '“n”是空的。' : `“n”里的“${e.text}”不是数字。`),
    nKept: '读数仍按上一个有效的 n 计算。',
    tToggle: '投票前先对答案分布施加温度',
    tSlider: '温度 T',
    tNote:
      '玩具模型：直接对最终答案的分布退火，pᵢ^(1/T) 再归一化（lib 的 annealProbs）。T 越低分布越尖，曲线升得越快；T 越高分布越平，T = ∞ 时所有可能的答案一样多，投票等于随机猜。T = 0 时每个样本都是同一个答案（最可能的那个），曲线是平的：n 个样本只顶一个，投票不起作用。在这个玩具模型里，它恰好就是最可能的最终答案；真实模型的温度作用在每个词元上，贪心解码只走一条推理路径，它的最终答案不一定是最可能的那个。Wang 等（2023）用 T > 0 采样多条推理路径再投票，取代思维链里的贪心解码，补的正是这个缺口。',
    readout: (n: number, acc: string, one: string, temperature: string | null) =>
      `n = ${n}${temperature === null ? '' : `，T = ${temperature}`}：多数投票准确率 ${acc}（单个样本 ${one}）`,
    typedAt: (n: number, acc: string) => `不加温度（按输入的分布，T = 1）时 n = ${n} 的准确率：${acc}`,
    mode: {
      correct: (p0: string, rival: string, pr: string) =>
        `正确答案 A（${p0}）比最可能的错误答案 ${rival}（${pr}）更常出现，所以 n 增大时准确率趋向 1。`,
      wrong: (p0: string, rival: string, pr: string) =>
        `错误答案 ${rival}（${pr}）比正确答案 A（${p0}）更常出现，所以 n 增大时准确率趋向 0：样本越多越糟。`,
      tie: (p0: string, rival: string, pr: string) =>
        `正确答案 A（${p0}）和错误答案 ${rival}（${pr}）并列最常出现，投票最终在并列的答案之间平分，既不趋向 1 也不趋向 0。`,
    },
    distCaption: (temperature: string) => `投票所用的分布：输入的分布与 T = ${temperature} 退火之后`,
    distColumns: (temperature: string) => ['答案', '输入（T = 1）', `T = ${temperature}`],
    chartTitle: '多数投票准确率与样本数 n',
    chartSummary: (readout: string, mode: string) =>
      `折线图，横轴 n 从 1 到 99，纵轴是多数投票选中正确答案的概率。${readout}。${mode}`,
    x: '样本数 n',
    y: '多数投票准确率',
    legendTyped: '按输入的分布投票',
    legendTemp: (temperature: string) => `T = ${temperature} 退火后投票`,
    legendOne: '单个样本的准确率',
    legendAt: '当前 n',
    tableSummary: '查看各 n 的数值',
    tableCaption: '各 n 下多数投票选中正确答案的概率（lib 精确计算）',
    columns: (temperature: string | null) =>
      temperature === null ? ['n', '准确率'] : ['n', '准确率（T = 1）', `准确率（T = ${temperature}）`],
  },
  en: {
    title: 'Self-consistency: majority-vote accuracy against the number of samples n',
    hint: 'Every sampled reasoning path ends in one final answer; A is the correct one. Set how often a single sample lands on each answer, and the chart shows the chance that the majority of n samples picks A. The numbers are exact (lib’s selfConsistencyAccuracy enumerates the vote counts), not a simulation. A tie for the most votes is broken at random, so with two answers an even n is no better than n − 1.',
    answers: 'How often one sample gives each answer (A is correct)',
    answerLabel: (name: string, correct: boolean) => `p(${name}) — ${correct ? 'correct' : 'wrong'}`,
    wrongCount: 'Wrong answers',
    normalise: 'Normalise (divide by the sum)',
    presets: 'Presets',
    presetNames: {
      correctMode: 'Correct answer is the mode',
      wrongMode: 'A wrong answer is the mode',
      closeCall: 'Close call',
      scattered: 'Scattered errors',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      correctMode:
        'Illustrative numbers: A gets 0.4, more than any single wrong answer, so the more votes, the surer the vote picks A.',
      wrongMode:
        'Illustrative numbers: the wrong answer B gets 0.45, more than A’s 0.3, so the more samples, the surer the majority lands on B.',
      closeCall:
        'Illustrative numbers: A leads B by only 0.02. The vote still heads for A, but it takes many samples to show.',
      scattered:
        'Illustrative numbers: A gets only 0.3, less than half, but the 0.7 of errors is spread over five answers at 0.14 each. A is still the mode, and the vote still heads for it.',
    } satisfies Record<PresetKey, string>,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    entryError: (field: string, message: string) => `“${field}” must be between 0 and 1 (lib: ${message}).`,
    sumError: (message: string) =>
      `The answer probabilities must sum to 1; “Normalise” rescales them (lib: ${message}).`,
    libError: (message: string) => `lib refuses these probabilities: ${message}`,
    kept: 'The chart and readout still show the last valid input.',
    nSlider: 'Samples n',
    nField: 'Or type n',
    nRule: 'n must be a whole number from 1 to 99',
    nError: (rule: string, message: string) => `${rule} (lib: ${message}).`,
    nFieldError: (e: FieldError) =>
      e.kind === 'empty' ? '“n” is empty.' : `“${e.text}” in “n” is not a number.`,
    nKept: 'The readout still uses the last valid n.',
    tToggle: 'Apply a temperature to the answer distribution before voting',
    tSlider: 'Temperature T',
    tNote:
      'Toy model: the final-answer distribution is annealed directly, pᵢ^(1/T) renormalised (lib’s annealProbs). Lower T sharpens it and the curve climbs faster; higher T flattens it, and at T = ∞ every possible answer is equally likely, so the vote is a guess. At T = 0 every sample is the same answer (the most likely one) and the curve is flat: n samples are worth one, and the vote adds nothing. In this toy that answer is by construction the most likely final answer; in a real model temperature acts on every token, and greedy decoding follows a single reasoning path whose final answer need not be the most likely one. Wang et al. (2023) sample several reasoning paths at T > 0 and vote, in place of chain-of-thought’s greedy decoding, to close exactly that gap.',
    readout: (n: number, acc: string, one: string, temperature: string | null) =>
      `n = ${n}${temperature === null ? '' : `, T = ${temperature}`}: majority-vote accuracy ${acc} (one sample: ${one})`,
    typedAt: (n: number, acc: string) =>
      `Without the temperature (the distribution as typed, T = 1) at n = ${n}: ${acc}`,
    mode: {
      correct: (p0: string, rival: string, pr: string) =>
        `The correct answer A (${p0}) comes up more often than the likeliest wrong answer ${rival} (${pr}), so the accuracy tends to 1 as n grows.`,
      wrong: (p0: string, rival: string, pr: string) =>
        `The wrong answer ${rival} (${pr}) comes up more often than the correct answer A (${p0}), so the accuracy tends to 0 as n grows: more samples make it worse.`,
      tie: (p0: string, rival: string, pr: string) =>
        `The correct answer A (${p0}) ties with the wrong answer ${rival} (${pr}) as the most frequent, so in the end the vote splits evenly between the tied answers: it tends neither to 1 nor to 0.`,
    },
    distCaption: (temperature: string) =>
      `The distribution the vote uses: as typed and annealed at T = ${temperature}`,
    distColumns: (temperature: string) => ['Answer', 'As typed (T = 1)', `T = ${temperature}`],
    chartTitle: 'Majority-vote accuracy against the number of samples n',
    chartSummary: (readout: string, mode: string) =>
      `Line chart, n from 1 to 99 across, the chance that the majority vote picks the correct answer up. ${readout}. ${mode}`,
    x: 'Samples n',
    y: 'Majority-vote accuracy',
    legendTyped: 'vote on the distribution as typed',
    legendTemp: (temperature: string) => `vote after annealing at T = ${temperature}`,
    legendOne: 'accuracy of one sample',
    legendAt: 'current n',
    tableSummary: 'Values at each n',
    tableCaption: 'The chance that the majority vote picks the correct answer at each n (exact, from lib)',
    columns: (temperature: string | null) =>
      temperature === null ? ['n', 'Accuracy'] : ['n', 'Accuracy (T = 1)', `Accuracy (T = ${temperature})`],
  },
};

export type ScText = (typeof TEXT)['zh'];
