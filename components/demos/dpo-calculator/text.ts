import type { FieldError } from '@/components/demos/shared/number-field';
import type { DpoLossType } from '@/lib/alignment/dpo-loss';
import type { DpoField, PresetKey } from './presets';

/** The DPO calculator's words, Chinese first. */
export const TEXT = {
  zh: {
    title: 'DPO 损失计算器：隐式奖励、间隔与梯度权重',
    hint: '四个输入都是整段回答里各 token 对数概率（自然对数）之和，所以都 ≤ 0。损失、隐式奖励、间隔和梯度权重都由 lib 的 dpoLoss 一族函数算出：sigmoid 是 DPO 论文（Rafailov 等，2023）式 7，IPO、hinge 和标签平滑与 TRL 0.28 及以前的 dpo_loss 相同。',
    fields: {
      pc: '策略模型 · chosen',
      pr: '策略模型 · rejected',
      rc: '参考模型 · chosen',
      rr: '参考模型 · rejected',
      beta: 'β（直接输入）',
      eps: '标签平滑 ε（cDPO）',
    } satisfies Record<DpoField, string>,
    fieldHints: {
      pc: 'log π_θ(y_c|x)',
      pr: 'log π_θ(y_r|x)',
      rc: 'log π_ref(y_c|x)',
      rr: 'log π_ref(y_r|x)',
      beta: 'beta',
      eps: 'label_smoothing',
    } satisfies Record<DpoField, string>,
    betaSlider: 'β',
    lossLegend: '损失类型（TRL 的 loss_type）',
    lossNames: { sigmoid: 'sigmoid（DPO）', ipo: 'IPO', hinge: 'hinge（SLiC）' } satisfies Record<
      DpoLossType,
      string
    >,
    lossFormulas: {
      sigmoid: '−(1 − ε)·log σ(βh) − ε·log σ(−βh)',
      ipo: '(h − 1/(2β))²',
      hinge: 'max(0, 1 − βh)',
    } satisfies Record<DpoLossType, string>,
    epsNote: 'ε 只作用于 sigmoid；lib 和 TRL 一样，在 IPO 与 hinge 下忽略它。',
    ipoNote:
      'TRL 的 ipo 会先把每个回答的对数概率除以它的 token 数，再代入这个损失（2024–2025 年的 trl/trainer/dpo_trainer.py 在 concatenated_forward 里做；TRL 1.13 改在计算损失时对对数比做同样的平均）；lib 按输入原样计算，要复现 TRL 的 IPO，请在四个框里填每个 token 的平均对数概率。',
    policyAsReference: '令策略 = 参考',
    presets: '预设',
    presetNames: {
      start: '训练开始（策略 = 参考）',
      learning: '正在学习（chosen 升、rejected 降）',
      bothFall: '两者都降（rejected 降得更快）',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      start:
        'DPO 的策略从参考模型（通常就是 SFT 模型）初始化，所以第一步时 h = 0：sigmoid 损失是 −log σ(0) = ln 2 ≈ 0.6931，与 β 和 ε 都无关，梯度权重是 σ(0) = ½。',
      learning:
        '参考模型不变（chosen −40，rejected −50）；策略把 chosen 提高 5 nats、rejected 压低 5 nats，于是 h = 20 − 10 = 10。β = 0.1 时 βh = 1，sigmoid 损失是 −log σ(1)。',
      bothFall:
        '策略对两个回答的对数概率都低于参考（chosen −5，rejected −15），h 仍然是 10，损失与“正在学习”一模一样：DPO 只看差值，chosen 的概率掉到原来的 e⁻⁵ 也不受罚。Pal 等（2024，Smaug/DPOP）证明标准 DPO 损失下降时 chosen 的似然仍可能下降，并在真实数据上观察到；Razin 等（2024，arXiv:2410.08847）把训练中 chosen（偏好回答）的似然下降命名为 likelihood displacement（似然位移），这里 rejected 下降得更多。',
    } satisfies Record<PresetKey, string>,
    readout: (name: string, loss: string) => `${name}损失 = ${loss}`,
    withDirection: (value: string, direction: string) => `${value}（${direction}）`,
    terms: {
      h: '对数比之差 h',
      chosenReward: '隐式奖励 r̂_c',
      rejectedReward: '隐式奖励 r̂_r',
      margin: '间隔 r̂_c − r̂_r',
      weight: '梯度权重 w',
    },
    termHints: {
      h: 'log(π_c/π_r) − log(ref_c/ref_r)',
      chosenReward: 'β(log π_θ(y_c) − log π_ref(y_c))',
      rejectedReward: 'β(log π_θ(y_r) − log π_ref(y_r))',
      margin: '= βh',
    },
    weightFormulas: {
      sigmoid: 'σ(r̂_r − r̂_c)',
      sigmoidSmoothed: 'σ(r̂_r − r̂_c) − ε',
      ipo: '(1 − 2βh)/β²',
      hinge: 'βh < 1 时为 1，否则为 0',
    },
    direction: { above: '策略高于参考', below: '策略低于参考', same: '策略等于参考' },
    weightNote:
      '梯度权重 w 的定义：∇_θ L = −β·w·(∇_θ log π_θ(y_c) − ∇_θ log π_θ(y_r))（DPO 论文 §4）。w 越大，这一对把 chosen 往上推、rejected 往下压的力度越大；隐式奖励排错（r̂_r > r̂_c）时，DPO 的 w 超过 ½。加上标签平滑后 w 会在 σ(βh) = 1 − ε 处归零，IPO 的 w 越过目标 h = 1/(2β) 后变负，hinge 的 w 在 βh ≥ 1 后为 0。',
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    rules: {
      logp: '对数概率是概率的自然对数，必须有限且 ≤ 0：大于 0 就意味着概率大于 1。',
      beta: 'β 必须是有限的正数。',
      eps: 'ε 是偏好标签被翻转的概率，lib 只接受 0 到 0.5（含两端）。',
      other: 'lib 拒绝了这组输入。',
    },
    libError: (fields: string, rule: string, message: string) =>
      `${fields ? `“${fields}”：` : ''}${rule}（lib：${message}）`,
    overflow: '结果超出了能显示的范围（例如对数概率或 h 极大时 IPO 的平方项会溢出），请换小一些的数。',
    kept: '下面仍是上一次有效输入的结果。',
    chartTitle: '损失随对数比之差 h 的变化',
    chartSummary: (name: string, h: string, loss: string) =>
      `折线图：${name}损失随对数比之差 h 的变化，竖点线是 h = 0（策略 = 参考），虚线上的圆点是当前这一对：h = ${h}，损失 = ${loss}。`,
    x: '对数比之差 h',
    y: '损失',
    legendCurve: '损失曲线（lib 的 dpoLoss 逐点计算）',
    legendAt: '当前这一对',
    legendZero: 'h = 0：策略 = 参考',
    tableSummary: '查看若干 h 处的损失',
    tableCaption: (name: string) => `${name}损失在九个等距 h 处的取值，以及当前这一对`,
    columns: ['h', '损失'],
    currentRow: (h: string) => `${h}（当前）`,
  },
  en: {
    title: 'DPO loss calculator: implicit rewards, margin and gradient weight',
    hint: 'Each input is a sum of natural-log token probabilities over a whole response, so each is ≤ 0. The loss, implicit rewards, margin and gradient weight all come from lib’s dpoLoss family: sigmoid is eq. 7 of the DPO paper (Rafailov et al., 2023); IPO, hinge and label smoothing match TRL’s dpo_loss up to version 0.28.',
    fields: {
      pc: 'Policy · chosen',
      pr: 'Policy · rejected',
      rc: 'Reference · chosen',
      rr: 'Reference · rejected',
      beta: 'β (type a value)',
      eps: 'Label smoothing ε (cDPO)',
    } satisfies Record<DpoField, string>,
    fieldHints: {
      pc: 'log π_θ(y_c|x)',
      pr: 'log π_θ(y_r|x)',
      rc: 'log π_ref(y_c|x)',
      rr: 'log π_ref(y_r|x)',
      beta: 'beta',
      eps: 'label_smoothing',
    } satisfies Record<DpoField, string>,
    betaSlider: 'β',
    lossLegend: 'Loss type (TRL’s loss_type)',
    lossNames: { sigmoid: 'sigmoid (DPO)', ipo: 'IPO', hinge: 'hinge (SLiC)' } satisfies Record<
      DpoLossType,
      string
    >,
    lossFormulas: {
      sigmoid: '−(1 − ε)·log σ(βh) − ε·log σ(−βh)',
      ipo: '(h − 1/(2β))²',
      hinge: 'max(0, 1 − βh)',
    } satisfies Record<DpoLossType, string>,
    epsNote: 'ε applies to sigmoid only; like TRL, lib ignores it for IPO and hinge.',
    ipoNote:
      'TRL’s ipo divides each response’s log-probability by its token count before this loss (in 2024–2025 trl/trainer/dpo_trainer.py this happens in concatenated_forward; TRL 1.13 averages the log-ratio when computing the loss, the same maths); lib takes the numbers as typed, so to reproduce TRL’s IPO, type per-token averages in the four fields.',
    policyAsReference: 'Set policy = reference',
    presets: 'Presets',
    presetNames: {
      start: 'Start of training (policy = reference)',
      learning: 'Learning (chosen up, rejected down)',
      bothFall: 'Both fall (rejected faster)',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      start:
        'DPO initialises the policy from the reference model (usually the SFT model), so at the first step h = 0: the sigmoid loss is −log σ(0) = ln 2 ≈ 0.6931 whatever β and ε are, and the gradient weight is σ(0) = ½.',
      learning:
        'The reference stays at chosen −40, rejected −50; the policy raises the chosen answer by 5 nats and lowers the rejected one by 5, so h = 20 − 10 = 10. At β = 0.1, βh = 1 and the sigmoid loss is −log σ(1).',
      bothFall:
        'The policy puts both answers below the reference (chosen −5, rejected −15), yet h is still 10 and the loss is exactly that of “Learning”: DPO sees only the difference, and a chosen answer now e⁻⁵ times as likely costs nothing. Pal et al. (2024, Smaug/DPOP) show that the standard DPO loss can fall while the chosen likelihood falls, and observe it on real data; Razin et al. (2024, arXiv:2410.08847) call the preferred response’s likelihood falling during training likelihood displacement; here the rejected one falls further.',
    } satisfies Record<PresetKey, string>,
    readout: (name: string, loss: string) => `${name} loss = ${loss}`,
    withDirection: (value: string, direction: string) => `${value} (${direction})`,
    terms: {
      h: 'Log-ratio difference h',
      chosenReward: 'Implicit reward r̂_c',
      rejectedReward: 'Implicit reward r̂_r',
      margin: 'Margin r̂_c − r̂_r',
      weight: 'Gradient weight w',
    },
    termHints: {
      h: 'log(π_c/π_r) − log(ref_c/ref_r)',
      chosenReward: 'β(log π_θ(y_c) − log π_ref(y_c))',
      rejectedReward: 'β(log π_θ(y_r) − log π_ref(y_r))',
      margin: '= βh',
    },
    weightFormulas: {
      sigmoid: 'σ(r̂_r − r̂_c)',
      sigmoidSmoothed: 'σ(r̂_r − r̂_c) − ε',
      ipo: '(1 − 2βh)/β²',
      hinge: '1 while βh < 1, else 0',
    },
    direction: {
      above: 'policy above reference',
      below: 'policy below reference',
      same: 'policy = reference',
    },
    weightNote:
      'The gradient weight w is defined by ∇_θ L = −β·w·(∇_θ log π_θ(y_c) − ∇_θ log π_θ(y_r)) (DPO paper §4). The larger w, the harder this pair pushes the chosen answer up and the rejected one down; when the implicit rewards order the pair wrongly (r̂_r > r̂_c), DPO’s w exceeds ½. With label smoothing w reaches 0 where σ(βh) = 1 − ε; IPO’s w turns negative past its target h = 1/(2β); the hinge’s w is 0 once βh ≥ 1.',
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    rules: {
      logp: 'A log-probability is the natural log of a probability: finite and ≤ 0, since above 0 the probability would exceed 1.',
      beta: 'β must be a finite number above 0.',
      eps: 'ε is the probability that a preference label is flipped; lib accepts 0 to 0.5, both included.',
      other: 'lib rejects these inputs.',
    },
    libError: (fields: string, rule: string, message: string) =>
      `${fields ? `“${fields}”: ` : ''}${rule} (lib: ${message})`,
    overflow:
      'The result is too large to show (IPO’s square overflows when the log-probabilities or h are huge); use smaller numbers.',
    kept: 'The results below are from the last valid input.',
    chartTitle: 'Loss against the log-ratio difference h',
    chartSummary: (name: string, h: string, loss: string) =>
      `Line chart: the ${name} loss against the log-ratio difference h; the dotted vertical line is h = 0 (policy = reference), the dot on the dashed line is the current pair: h = ${h}, loss = ${loss}.`,
    x: 'Log-ratio difference h',
    y: 'Loss',
    legendCurve: 'loss curve (lib’s dpoLoss at every point)',
    legendAt: 'current pair',
    legendZero: 'h = 0: policy = reference',
    tableSummary: 'Loss at a few values of h',
    tableCaption: (name: string) => `The ${name} loss at nine evenly spaced h, and at the current pair`,
    columns: ['h', 'Loss'],
    currentRow: (h: string) => `${h} (current)`,
  },
};

export type DpoText = (typeof TEXT)['zh'];
