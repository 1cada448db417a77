import type { FieldError } from '@/components/demos/shared/number-field';
import type { Optimizer, SettingField } from './problem';

/** The rows of the per-step table. */
export type Quantity = 'grad' | 'm' | 'v' | 'update' | 'theta';

/** The Adam stepper's words, Chinese first. */
export const TEXT = {
  zh: {
    title: 'Adam 与 AdamW 逐步对比：L2 正则与解耦权重衰减',
    hint: '目标函数 f(θ) = ½[a(θ₁ − 1)² + b(θ₂ − 1)²]，a = 1，b = 10，最小值 0 在 θ* = (1, 1)。两个优化器从同一点 θ₀ = (−1, −1.5) 出发，超参数相同，ε = 10⁻⁸（torch 默认值）。Adam（torch.optim.Adam 的 weight_decay）把 λθ 加进梯度，再和梯度一起除以 √v̂；AdamW（torch.optim.AdamW）先把 θ 乘以 1 − lr·λ，再走一步不含 λ 的 Adam。λ 故意取得大，好让两条轨迹在 200 步内明显分开。所有数值都由 lib/training 的 adamStep 和 adamwStep 算出。',
    fields: {
      lr: '学习率 lr',
      weightDecay: '权重衰减 λ',
      beta1: 'β₁',
      beta2: 'β₂',
    } satisfies Record<SettingField, string>,
    fieldHints: {
      lr: 'lr',
      weightDecay: 'weight_decay',
      beta1: 'betas[0]',
      beta2: 'betas[1]',
    } satisfies Record<SettingField, string>,
    stepLabel: '步数 t',
    back: '上一步',
    step: '下一步',
    reset: '回到第 0 步',
    readoutStart: (adam: string, adamw: string) => `第 0 步（起点）：Adam θ = ${adam} · AdamW θ = ${adamw}`,
    readout: (t: number, adam: string, adamw: string) =>
      `第 ${t} 步之后：Adam θ = ${adam} · AdamW θ = ${adamw}`,
    bias: (t: number, c1: string, c2: string) => `第 ${t} 步的偏差修正：1 − β₁ᵗ = ${c1}，1 − β₂ᵗ = ${c2}`,
    biasStart: '还没有走第一步：m 和 v 都从 0 开始，偏差修正从第 1 步起才用到。',
    tableCaption: (t: number) => `第 ${t} 步：两个优化器各自的量（两个优化器的 β 相同，偏差修正也相同）`,
    columns: ['量', 'Adam θ₁', 'Adam θ₂', 'AdamW θ₁', 'AdamW θ₂'],
    quantities: {
      grad: '∇f（本步用到的梯度）',
      m: 'm（一阶矩）',
      v: 'v（二阶矩）',
      update: 'Δθ（本步的变化）',
      theta: 'θ（本步之后）',
    } satisfies Record<Quantity, string>,
    momentNote:
      'Adam 的一阶矩平均的是 ∇f + λθ，AdamW 的只有 ∇f：第 1 步时前者 m = (1 − β₁)(∇f + λθ)，后者 m = (1 − β₁)∇f，可以在表里对照。第 1 步两者的 |m̂|/√v̂ 都约等于 1，所以每个坐标都只走约 lr，与梯度大小无关；AdamW 还另外把 θ 乘以 1 − lr·λ。',
    names: { adam: 'Adam', adamw: 'AdamW' } satisfies Record<Optimizer, string>,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    libError: (message: string) => `lib 拒绝了这组参数：${message}`,
    overflow: (optimizer: string, step: number) =>
      `${optimizer} 在第 ${step} 步溢出（数值超出了双精度浮点数的范围），请调小学习率或 λ。`,
    kept: '下面仍显示上一次有效设置的结果。',
    chartTitle: '两条优化轨迹（θ₁, θ₂）',
    chartSummary: (t: number, adam: string, adamw: string) =>
      `轨迹图：从 θ₀ = (−1, −1.5) 出发走了 ${t} 步，Adam 到达 ${adam}，AdamW 到达 ${adamw}；f 的最小值在 (1, 1)。`,
    x: 'θ₁',
    y: 'θ₂',
    legendAdam: 'Adam（L2 加进梯度）',
    legendAdamW: 'AdamW（解耦权重衰减）',
    legendMinimum: 'f 的最小值 θ* = (1, 1)',
    start: 'θ₀',
    minimum: 'θ*',
    pathCaption: '每一步之后的 θ',
    pathColumns: ['t', 'Adam θ₁', 'Adam θ₂', 'AdamW θ₁', 'AdamW θ₂'],
  },
  en: {
    title: 'Adam vs AdamW, step by step: L2 regularisation and decoupled weight decay',
    hint: 'The objective is f(θ) = ½[a(θ₁ − 1)² + b(θ₂ − 1)²] with a = 1 and b = 10; its minimum 0 is at θ* = (1, 1). Both optimizers start from θ₀ = (−1, −1.5) with the same settings and ε = 10⁻⁸ (torch’s default). Adam (torch.optim.Adam with weight_decay) adds λθ to the gradient, so the decay is divided by √v̂ along with it; AdamW (torch.optim.AdamW) first multiplies θ by 1 − lr·λ, then takes an Adam step without λ. λ is large on purpose, so the two paths part within 200 steps. Every number comes from adamStep and adamwStep in lib/training.',
    fields: {
      lr: 'Learning rate lr',
      weightDecay: 'Weight decay λ',
      beta1: 'β₁',
      beta2: 'β₂',
    } satisfies Record<SettingField, string>,
    fieldHints: {
      lr: 'lr',
      weightDecay: 'weight_decay',
      beta1: 'betas[0]',
      beta2: 'betas[1]',
    } satisfies Record<SettingField, string>,
    stepLabel: 'Step t',
    back: 'Back',
    step: 'Step',
    reset: 'Back to step 0',
    readoutStart: (adam: string, adamw: string) => `Step 0 (start): Adam θ = ${adam} · AdamW θ = ${adamw}`,
    readout: (t: number, adam: string, adamw: string) =>
      `After step ${t}: Adam θ = ${adam} · AdamW θ = ${adamw}`,
    bias: (t: number, c1: string, c2: string) =>
      `Bias corrections at step ${t}: 1 − β₁ᵗ = ${c1}, 1 − β₂ᵗ = ${c2}`,
    biasStart: 'No step taken yet: m and v start at 0, and the bias corrections come in from step 1.',
    tableCaption: (t: number) =>
      `Step ${t}: each optimizer’s quantities (both use the same betas, so the same bias corrections)`,
    columns: ['Quantity', 'Adam θ₁', 'Adam θ₂', 'AdamW θ₁', 'AdamW θ₂'],
    quantities: {
      grad: '∇f (the gradient of this step)',
      m: 'm (first moment)',
      v: 'v (second moment)',
      update: 'Δθ (change in this step)',
      theta: 'θ (after this step)',
    } satisfies Record<Quantity, string>,
    momentNote:
      'Adam’s first moment averages ∇f + λθ, AdamW’s ∇f alone: at step 1 the first has m = (1 − β₁)(∇f + λθ) and the second m = (1 − β₁)∇f — compare them in the table. At step 1 both have |m̂|/√v̂ ≈ 1, so every coordinate moves by about lr whatever the gradient’s size; AdamW also multiplies θ by 1 − lr·λ.',
    names: { adam: 'Adam', adamw: 'AdamW' } satisfies Record<Optimizer, string>,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    libError: (message: string) => `lib rejects these settings: ${message}`,
    overflow: (optimizer: string, step: number) =>
      `${optimizer} overflows at step ${step} (the numbers leave the range of doubles); lower the learning rate or λ.`,
    kept: 'The results below are still those of the last valid settings.',
    chartTitle: 'The two optimization paths (θ₁, θ₂)',
    chartSummary: (t: number, adam: string, adamw: string) =>
      `Path chart: ${t} steps from θ₀ = (−1, −1.5); Adam reaches ${adam}, AdamW ${adamw}; the minimum of f is at (1, 1).`,
    x: 'θ₁',
    y: 'θ₂',
    legendAdam: 'Adam (L2 added to the gradient)',
    legendAdamW: 'AdamW (decoupled weight decay)',
    legendMinimum: 'minimum of f, θ* = (1, 1)',
    start: 'θ₀',
    minimum: 'θ*',
    pathCaption: 'θ after each step',
    pathColumns: ['t', 'Adam θ₁', 'Adam θ₂', 'AdamW θ₁', 'AdamW θ₂'],
  },
};

export type AdamText = (typeof TEXT)['zh'];
