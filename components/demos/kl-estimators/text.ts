import type { FieldError } from '@/components/demos/shared/number-field';
import type { McField } from './compute';
import type { NPreset, PresetKey, Side } from './presets';

type Estimator = 'k1' | 'k2' | 'k3';
type Comparison = 'above' | 'below' | 'equal';

const SUBSCRIPTS = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];

/** The token's name: x₁, x₂, … (index from 0). */
export const tokenName = (index: number) =>
  `x${[...String(index + 1)].map((d) => SUBSCRIPTS[Number(d)] ?? d).join('')}`;

/** The KL-estimator demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: 'KL 估计器：k1、k2、k3 与真实 KL',
    hint: '词元 x 从策略 π 中采样，r = π_ref(x)/π(x)；k1 = −log r，k2 = ½(log r)²，k3 = (r − 1) − log r（Schulman，2020，“Approximating KL Divergence”）。真实的 KL(π‖π_ref) = Σ π(x)·ln(π(x)/π_ref(x))，自然对数，单位 nat。表中每个数都由 lib 的 klDivergence、klEstimatorsByToken、klEstimatorExpectations 与 klEstimatorMonteCarlo 算出。',
    tokens: '词元数',
    sides: { policy: 'π', ref: 'π_ref' } satisfies Record<Side, string>,
    field: (side: string, token: string) => `${side}(${token})`,
    normalise: (side: string) => `归一化 ${side}`,
    presets: '预设',
    custom: '（自定义）',
    presetNames: {
      close: '接近',
      far: '相差很大',
      sharper: '策略更尖锐',
      rare: '策略几乎不再采样某个词元',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      close:
        'π 只比 π_ref 挪动了百分之几：E[k2] 与 KL 几乎相同，k3 的标准差只是 k1 的一小部分。k1 在 π_ref 更大的词元上为负。',
      far: 'π 把 π_ref 的顺序倒了过来：E[k2] 明显偏离 KL（有偏），k1 在正负之间大幅摆动，而 k3 的期望仍然精确等于 KL。',
      sharper:
        'π 保持 π_ref 的排序，但把概率堆到第一个词元上，就像 RL 微调常常让策略的熵下降那样。被 π 压低的词元上 k1 都是负的。',
      rare: 'π 几乎不再采 π_ref 最偏爱的词元（0.02 对 0.3）。一旦抽到它，r 很大，k3 = r − 1 − ln r 也随 r 变大：这里 k3 的标准差反而超过 k1。k3 总是无偏且 ≥ 0，但方差并不总是更小。',
    } satisfies Record<PresetKey, string>,
    columns: {
      token: '词元',
      ratio: 'r = π_ref/π',
      k1: 'k1 = −log r',
      k2: 'k2 = ½(log r)²',
      k3: 'k3 = (r − 1) − log r',
    },
    usedBy: {
      k1: 'PPO-RLHF：逐词元计入奖励的 KL 惩罚（InstructGPT 式 2；TRL 的 compute_rewards）',
      k2: '有偏',
      k3: 'GRPO：损失中的 KL 项（DeepSeekMath 式 4）',
    } satisfies Record<Estimator, string>,
    negative: '▼ 负值',
    neverSampled: 'π(x) = 0：采样永远取不到，不贡献估计',
    expectationRow: '精确期望 E_π[·]',
    klRow: '真实 KL(π‖π_ref)',
    readout: (kl: string, e1: string, e2: string, e3: string) =>
      `KL(π‖π_ref) = ${kl}；E[k1] = ${e1}，E[k2] = ${e2}，E[k3] = ${e3}`,
    bias: {
      above: 'E[k1] 与 E[k3] 精确等于 KL（无偏）；E[k2] 高于 KL：k2 是有偏估计，两个分布越接近偏差越小。',
      below: 'E[k1] 与 E[k3] 精确等于 KL（无偏）；E[k2] 低于 KL：k2 是有偏估计，两个分布越接近偏差越小。',
      equal: 'E[k1]、E[k2]、E[k3] 在四位小数上都等于 KL。',
    } satisfies Record<Comparison, string>,
    refOnly: (tokens: string) =>
      `π_ref 给 ${tokens} 分了概率，而 π 永远采不到它：E_π[r] 只有 π 能采到的那些 π_ref 之和，小于 1，于是 E[k3] 比 KL 少了这部分质量。k3 的无偏性要求 π_ref 只在 π 能采到的词元上有质量；softmax 策略的概率处处为正，自然满足。`,
    mcTitle: '蒙特卡洛：从 π 中抽 N 个词元',
    mcFields: { n: '样本数 N', seed: '随机种子' } satisfies Record<McField, string>,
    mcHints: { n: '2 – 100,000', seed: 'createRng' } satisfies Record<McField, string>,
    newSeed: '换一个种子',
    nPresets: 'N 预设',
    nPresetNames: { '100': 'N = 100', '1000': 'N = 1,000', '10000': 'N = 10,000' } satisfies Record<
      NPreset,
      string
    >,
    mcColumns: ['估计器', '精确期望', '样本均值', '样本标准差', '最小值', '为负的次数'],
    mcCaption: (n: string, seed: string) => `从 π 中抽取 ${n} 个词元（种子 ${seed}）时三个估计器的统计量`,
    negatives: (count: string, n: string) => `${count} / ${n}`,
    spread: (k1: string, k3: string, lower: boolean) =>
      lower
        ? `这次抽样里 k3 的标准差（${k3}）小于 k1 的（${k1}）：加上均值为 0 的 r − 1 后，正负抵消的波动被去掉了。`
        : `这次抽样里 k3 的标准差（${k3}）反而大于 k1 的（${k1}）：π 偶尔抽到一个 π_ref 远比 π 偏爱的词元时 r 很大，k3 也随之很大。Schulman 的两个例子里 k3 都比 k1 稳定，但这不是普遍规律。`,
    signs: (k1: string, k3: string, n: string) =>
      `k1 在 ${n} 次抽样中有 ${k1} 次为负；k3 为负的次数是 ${k3}：因为 log r ≤ r − 1，k3 的每个样本都 ≥ 0。`,
    sampled: 'GRPO 对每个采样词元用的就是 k3 这一列；PPO-RLHF 把 k1 这一列乘以 −β 加进该词元的奖励。',
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    entryError: (field: string, message: string) => `“${field}”：概率必须是有限的非负数。（lib：${message}）`,
    sumError: (side: string, message: string) =>
      `${side} 的概率之和不是 1（lib 只容许 1e-9 的误差）。可以点“归一化 ${side}”按比例缩放。（lib：${message}）`,
    supportError: (tokens: string) =>
      `π_ref 在 ${tokens} 上是 0，而 π 会采到它：KL(π‖π_ref) = +∞，这个词元的 k1 与 k3 也是无穷大（log 0）。给它一个很小的参考概率。`,
    countError: '词元数必须在 2 到 6 之间。',
    kept: '下面仍是上一次有效输入的结果。',
    mcRules: {
      n: 'N 必须是 2 到 100,000 之间的整数（样本标准差至少要 2 个样本）。',
      seed: '种子必须是 0 到 4,294,967,295 之间的整数。',
    } satisfies Record<McField, string>,
    mcLibError: (field: string, rule: string, message: string) => `“${field}”：${rule}（lib：${message}）`,
    mcKept: '表中是上一次有效的 N 与种子在当前分布上的结果。',
  },
  en: {
    title: 'KL estimators: k1, k2, k3 and the true KL',
    hint: 'A token x is sampled from the policy π and r = π_ref(x)/π(x); k1 = −log r, k2 = ½(log r)², k3 = (r − 1) − log r (Schulman, 2020, “Approximating KL Divergence”). The true KL(π‖π_ref) = Σ π(x)·ln(π(x)/π_ref(x)), natural log, in nats. Every number comes from lib’s klDivergence, klEstimatorsByToken, klEstimatorExpectations and klEstimatorMonteCarlo.',
    tokens: 'Tokens',
    sides: { policy: 'π', ref: 'π_ref' } satisfies Record<Side, string>,
    field: (side: string, token: string) => `${side}(${token})`,
    normalise: (side: string) => `Normalise ${side}`,
    presets: 'Preset',
    custom: '(custom)',
    presetNames: {
      close: 'Close',
      far: 'Far',
      sharper: 'Policy sharper',
      rare: 'Policy nearly drops a token',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      close:
        'π has moved a few hundredths away from π_ref: E[k2] is almost the KL, and k3’s standard deviation is a small fraction of k1’s. k1 is negative on the tokens where π_ref is larger.',
      far: 'π reverses π_ref’s order: E[k2] is clearly off the KL (biased), k1 swings between large positive and negative values, and k3’s expectation is still exactly the KL.',
      sharper:
        'π keeps π_ref’s order but piles mass on the first token, the way RL fine-tuning tends to lower a policy’s entropy. k1 is negative on every token π has pushed down.',
      rare: 'π has nearly stopped sampling the token π_ref likes best (0.02 against 0.3). When it is drawn, r is large and k3 = r − 1 − ln r grows with it: here k3’s standard deviation exceeds k1’s. k3 is always unbiased and ≥ 0, but not always lower-variance.',
    } satisfies Record<PresetKey, string>,
    columns: {
      token: 'Token',
      ratio: 'r = π_ref/π',
      k1: 'k1 = −log r',
      k2: 'k2 = ½(log r)²',
      k3: 'k3 = (r − 1) − log r',
    },
    usedBy: {
      k1: 'PPO-RLHF: the per-token KL penalty in the reward (InstructGPT eq. 2; TRL’s compute_rewards)',
      k2: 'biased',
      k3: 'GRPO: the KL term of the loss (DeepSeekMath eq. 4)',
    } satisfies Record<Estimator, string>,
    negative: '▼ negative',
    neverSampled: 'π(x) = 0: never sampled, contributes nothing',
    expectationRow: 'Exact expectation E_π[·]',
    klRow: 'True KL(π‖π_ref)',
    readout: (kl: string, e1: string, e2: string, e3: string) =>
      `KL(π‖π_ref) = ${kl}; E[k1] = ${e1}, E[k2] = ${e2}, E[k3] = ${e3}`,
    bias: {
      above:
        'E[k1] and E[k3] equal the KL exactly (unbiased); E[k2] is above it: k2 is biased, and the bias shrinks as the distributions get closer.',
      below:
        'E[k1] and E[k3] equal the KL exactly (unbiased); E[k2] is below it: k2 is biased, and the bias shrinks as the distributions get closer.',
      equal: 'E[k1], E[k2] and E[k3] all equal the KL to four decimals.',
    } satisfies Record<Comparison, string>,
    refOnly: (tokens: string) =>
      `π_ref gives probability to ${tokens}, which π never samples: E_π[r] is then only the π_ref mass on the tokens π can draw, below 1, and E[k3] falls short of the KL by the missing mass. k3 is unbiased only when π_ref puts no mass where π has none; a softmax policy is positive everywhere, so this holds in training.`,
    mcTitle: 'Monte Carlo: draw N tokens from π',
    mcFields: { n: 'Samples N', seed: 'Seed' } satisfies Record<McField, string>,
    mcHints: { n: '2 – 100,000', seed: 'createRng' } satisfies Record<McField, string>,
    newSeed: 'New seed',
    nPresets: 'N presets',
    nPresetNames: { '100': 'N = 100', '1000': 'N = 1,000', '10000': 'N = 10,000' } satisfies Record<
      NPreset,
      string
    >,
    mcColumns: ['Estimator', 'Exact expectation', 'Sample mean', 'Sample std', 'Min', 'Negative draws'],
    mcCaption: (n: string, seed: string) =>
      `The three estimators over ${n} tokens drawn from π (seed ${seed})`,
    negatives: (count: string, n: string) => `${count} / ${n}`,
    spread: (k1: string, k3: string, lower: boolean) =>
      lower
        ? `In this run k3’s standard deviation (${k3}) is below k1’s (${k1}): adding r − 1, which has mean 0, cancels much of k1’s swing between signs.`
        : `In this run k3’s standard deviation (${k3}) is above k1’s (${k1}): π now and then draws a token that π_ref prefers by far, r is large and so is k3. In Schulman’s two examples k3 is steadier than k1, but that is no general rule.`,
    signs: (k1: string, k3: string, n: string) =>
      `k1 was negative on ${k1} of ${n} draws; k3 on ${k3}: since log r ≤ r − 1, every k3 sample is ≥ 0.`,
    sampled:
      'GRPO uses the k3 column for each sampled token; PPO-RLHF multiplies the k1 column by −β and adds it to that token’s reward.',
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    entryError: (field: string, message: string) =>
      `“${field}”: a probability must be finite and ≥ 0. (lib: ${message})`,
    sumError: (side: string, message: string) =>
      `${side} does not sum to 1 (lib allows an error of 1e-9). “Normalise ${side}” rescales it. (lib: ${message})`,
    supportError: (tokens: string) =>
      `π_ref is 0 on ${tokens}, which π samples: KL(π‖π_ref) = +∞, and k1 and k3 at that token are infinite too (log 0). Give it a small reference probability.`,
    countError: 'The number of tokens must be between 2 and 6.',
    kept: 'The results below are from the last valid input.',
    mcRules: {
      n: 'N must be an integer from 2 to 100,000 (a sample standard deviation needs at least 2 draws).',
      seed: 'The seed must be an integer from 0 to 4,294,967,295.',
    } satisfies Record<McField, string>,
    mcLibError: (field: string, rule: string, message: string) => `“${field}”: ${rule} (lib: ${message})`,
    mcKept: 'The table shows the last valid N and seed, run on the current distributions.',
  },
};

export type KlText = (typeof TEXT)['zh'];
