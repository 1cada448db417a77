import type { CurveKey } from './curves';
import type { NormPresetKey } from './vectors';

/** Words of the block-anatomy demo's norms and activations views, Chinese first. */
export const VIEW_TEXT = {
  zh: {
    vector: '向量 x（逗号或空格分隔）',
    vectorCount: (n: number, max: number) => `${n} 个数（最多 ${max} 个）`,
    eps: 'ε',
    epsNote:
      'ε 加在根号里防止除以 0：常数向量在 ε = 0 时 LayerNorm 没有定义，lib 会报错。默认值因实现而异：torch nn.LayerNorm 为 1e-5，HF 的 LlamaRMSNorm 类为 1e-6（模型实际用 config.json 里的 rms_norm_eps）。',
    presets: '示例',
    normPresets: {
      sample: '一般向量',
      shifted: '整体 +100',
      scaled: '整体 ×10',
      constant: '常数向量',
    } satisfies Record<NormPresetKey, string>,
    notNumber: (text: string) => `“${text}”不是数字。`,
    tooMany: (n: number, max: number) => `最多 ${max} 个数，现在有 ${n} 个。`,
    invalid: (message: string) => `lib 报错：${message}`,
    kept: '下面仍显示上一次有效输入的结果。',
    normReadout: (ln: string, rms: string) => `LayerNorm(x) = [${ln}] · RMSNorm(x) = [${rms}]`,
    normColumns: ['i', 'xᵢ', 'LayerNorm', 'RMSNorm'],
    normCaption: '逐元素结果（增益为 1，偏置为 0）',
    stats: {
      mean: '均值 μ',
      variance: '方差 σ²（有偏，除以 n）',
      layerNormScale: 'LayerNorm 的分母 √(σ² + ε)',
      meanSquare: '均方 mean(x²)',
      rmsScale: 'RMSNorm 的分母 √(mean(x²) + ε)',
    },
    normNote:
      'LayerNorm 先减去均值再除以标准差（之后乘增益、加偏置）；RMSNorm 不减均值，只除以均方根，也没有偏置。点“整体 +100”：LayerNorm 的输出不变，RMSNorm 的输出几乎全变成 1 附近；点“整体 ×10”：两者都基本不变。',
    x: 'x',
    actReadout: (x: string, values: string) => `x = ${x}：${values}`,
    curves: {
      relu: 'ReLU',
      gelu: 'GELU（精确）',
      geluTanh: 'GELU（tanh 近似）',
      silu: 'SiLU / Swish',
    } satisfies Record<CurveKey, string>,
    actTitle: '激活函数曲线',
    actSummary: (x: string) =>
      `ReLU、GELU（精确与 tanh 近似）和 SiLU 在 x 从 −4 到 4 上的曲线，竖线标出 x = ${x}。负半轴上 GELU 和 SiLU 有一小段负值，ReLU 恒为 0。`,
    y: '输出',
    actCaption: 'x 取整数时各函数的值',
    actNote:
      'GELU 的精确形式是 x·Φ(x)；GPT-2 的原始代码（openai/gpt-2 的 src/model.py）用的是 tanh 近似，两条曲线几乎重合；SiLU 是 x·σ(x)。三者在负半轴都有一段小于 0 的“凹陷”，而 ReLU 在 0 处直接截断。',
    gatedTitle: '门控 FFN：激活后的 gate 逐元素乘以 up',
    gatedNote:
      'SwiGLU 层计算 down(SiLU(gate) ⊙ up)：一个投影过激活函数，去“门控”另一个投影，再经 down 投影回 d 维。GeGLU 把 SiLU 换成 GELU。下面的 gate 和 up 是两个投影对同一个 token 的输出（此处直接输入）。',
    gate: 'gate 投影（逗号分隔）',
    up: 'up 投影（逗号分隔，长度与 gate 相同）',
    gatedColumns: ['i', 'gateᵢ', 'upᵢ', 'SiLU(gateᵢ)', 'SwiGLUᵢ', 'GELU(gateᵢ)', 'GeGLUᵢ'],
    gatedCaption: 'SwiGLU 与 GeGLU 的逐元素计算',
  },
  en: {
    vector: 'Vector x (comma- or space-separated)',
    vectorCount: (n: number, max: number) => `${n} numbers (at most ${max})`,
    eps: 'ε',
    epsNote:
      'ε sits under the square root so nothing divides by 0: a constant vector with ε = 0 has no LayerNorm, and lib/ says so. Defaults differ between implementations: 1e-5 for torch nn.LayerNorm, 1e-6 for HF’s LlamaRMSNorm class (a model uses the rms_norm_eps of its config.json).',
    presets: 'Examples',
    normPresets: {
      sample: 'A plain vector',
      shifted: 'All +100',
      scaled: 'All ×10',
      constant: 'Constant vector',
    } satisfies Record<NormPresetKey, string>,
    notNumber: (text: string) => `“${text}” is not a number.`,
    tooMany: (n: number, max: number) => `At most ${max} numbers; there are ${n}.`,
    invalid: (message: string) => `lib error: ${message}`,
    kept: 'The result below is still the last valid input’s.',
    normReadout: (ln: string, rms: string) => `LayerNorm(x) = [${ln}] · RMSNorm(x) = [${rms}]`,
    normColumns: ['i', 'xᵢ', 'LayerNorm', 'RMSNorm'],
    normCaption: 'Element by element (gain 1, bias 0)',
    stats: {
      mean: 'Mean μ',
      variance: 'Variance σ² (biased, divided by n)',
      layerNormScale: 'LayerNorm divides by √(σ² + ε)',
      meanSquare: 'Mean square mean(x²)',
      rmsScale: 'RMSNorm divides by √(mean(x²) + ε)',
    },
    normNote:
      'LayerNorm subtracts the mean, then divides by the standard deviation (then a gain and a bias); RMSNorm does not centre: it divides by the root mean square and has no bias. Try “All +100”: LayerNorm’s output does not move, RMSNorm’s collapses towards 1. Try “All ×10”: neither changes much.',
    x: 'x',
    actReadout: (x: string, values: string) => `x = ${x}: ${values}`,
    curves: {
      relu: 'ReLU',
      gelu: 'GELU (exact)',
      geluTanh: 'GELU (tanh approximation)',
      silu: 'SiLU / Swish',
    } satisfies Record<CurveKey, string>,
    actTitle: 'Activation functions',
    actSummary: (x: string) =>
      `ReLU, GELU (exact and tanh) and SiLU for x from −4 to 4, with a vertical line at x = ${x}. On the negative side GELU and SiLU dip slightly below 0; ReLU is 0 there.`,
    y: 'Output',
    actCaption: 'Each function at whole-number x',
    actNote:
      'GELU is exactly x·Φ(x); GPT-2’s original code (src/model.py in openai/gpt-2) uses the tanh approximation, and the two curves almost coincide. SiLU is x·σ(x). All three dip below 0 for negative x, where ReLU cuts off at 0.',
    gatedTitle: 'Gated FFN: the activated gate times up, element by element',
    gatedNote:
      'A SwiGLU layer computes down(SiLU(gate) ⊙ up): one projection, through the activation, gates another, and the down projection maps the result back to d. GeGLU uses GELU instead of SiLU. Below, gate and up stand for the two projections of one token (typed directly).',
    gate: 'gate projection (comma-separated)',
    up: 'up projection (comma-separated, as long as gate)',
    gatedColumns: ['i', 'gateᵢ', 'upᵢ', 'SiLU(gateᵢ)', 'SwiGLUᵢ', 'GELU(gateᵢ)', 'GeGLUᵢ'],
    gatedCaption: 'SwiGLU and GeGLU element by element',
  },
};

export type ViewText = (typeof VIEW_TEXT)['zh'];
