import type { FloatFormat } from '@/lib/training/float-format';
import type { ExampleKey } from './presets';
import type { Flag, ScaledStatus } from './rows';
import type { ValueError } from './parse';

const FORMAT_NAMES: Record<FloatFormat, string> = {
  fp32: 'FP32',
  fp16: 'FP16',
  bf16: 'BF16',
  'fp8-e4m3': 'FP8 E4M3',
  'fp8-e5m2': 'FP8 E5M2',
};

const EXAMPLE_NAMES: Record<ExampleKey, string> = {
  third: '1/3',
  tenth: '0.1',
  fp16Max: '65504',
  fp16Tie: '65520',
  big: '70000',
  e4m3: '500',
  gradient: '2e-8',
};

/** The number-format explorer's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '数值格式：同一个数存进 FP32、FP16、BF16 和 FP8',
    hint: '输入任意数：每种格式按“就近舍入、平局取偶”存成离它最近的可表示值（包括次正规数），下表给出存下的值、位模式和误差。',
    value: '数值 x',
    valueHint: '小数、科学计数法或分数，如 1/3',
    format: '读数所用格式',
    formats: FORMAT_NAMES,
    examples: '示例',
    exampleNames: EXAMPLE_NAMES,
    readout: (format: string, x: string, stored: string, detail: string) =>
      `${format}(${x}) = ${stored} · ${detail}`,
    relDetail: (rel: string) => `相对误差 ${rel}`,
    flagDetail: {
      exact: '精确表示',
      overflow: '上溢为 ∞',
      saturated: (max: string) => `超出范围，饱和为 ±${max}`,
      subnormal: '次正规数，有效位变少',
      underflow: '下溢为 0：这个数丢了',
    },
    error: (e: ValueError): string => {
      switch (e.kind) {
        case 'empty':
          return '请输入一个数。';
        case 'notNumber':
          return `“${e.text}” 不是数：可以写 0.1、-3e-5、65504 或 1/3。`;
        case 'notFinite':
          return '这个数超出了双精度浮点数的范围（约 ±1.8 × 10³⁰⁸），无法输入；想看上溢，试试 70000。';
        case 'divideByZero':
          return '分母不能为 0。';
      }
    },
    caption: '每种格式存下的值',
    columns: ['格式', '存储值', '位模式', '绝对误差', '相对误差', '发生了什么'],
    bitKey: 'S = 符号位，E = 指数位（带偏置），M = 尾数位（隐含的首位 1 不存）',
    flags: {
      exact: '精确',
      overflow: '上溢 → ∞',
      saturated: (max: string) => `饱和 → ±${max}`,
      subnormal: '次正规数',
      underflow: '下溢 → 0',
    } satisfies Record<Flag, string | ((max: string) => string)>,
    rounded: '舍入',
    selected: '（读数）',
    bitsLabel: (sign: string, exponent: string, mantissa: string, hex: string) =>
      `符号 ${sign}，指数 ${exponent}，尾数 ${mantissa}，十六进制 ${hex}`,
    e4m3Note:
      'E4M3 的约定：这里按 FP8 训练配方常用的饱和转换处理（OCP OFP8 规范 1.0 的 saturating 模式），超过 ±448 的数存为 ±448。E4M3FN 没有无穷大；PyTorch 2.12 之前，直接 x.to(torch.float8_e4m3fn) 不饱和：|x| > 464 的数舍入到 480 所在的编码 S.1111.111，那正是非数（新版本对有限溢出改为饱和）。E5M2 和 IEEE 格式一样上溢为 ∞。',
    factsCaption: '格式参数（lib/training 的 floatFormatInfo）',
    factsColumns: ['格式', '位数 S + E + M', '偏置', '最大有限值', '最小正规数', '最小次正规数', 'ε = 2⁻ᴹ'],
    lossTitle: '损失缩放：让 FP16 接住小梯度',
    lossIntro: (minSub: string) =>
      `FP16 最小的次正规数是 ${minSub}，不到它一半的梯度存成 FP16 就变成 0。把损失乘以 S（2 的幂），反向传播里每个梯度也都乘了 S；更新参数前，在 FP32 里除以 S 还原。`,
    scale: '损失缩放系数 S',
    scaleValue: (k: number, s: string) => `2^${k} = ${s}`,
    largest: '同一步里最大的梯度',
    largestHint: '决定 S 多大会上溢',
    gradientNames: { small: '小梯度 g（上面的 x）', large: '最大的梯度' },
    lossCaption: (s: string) => `S = ${s} 时两个梯度的去向`,
    lossColumns: ['梯度', 'g', 'S·g 存成 FP16', '再除以 S（FP32）', '相对误差', '结果'],
    status: {
      lost: '丢失（变成 0）',
      subnormal: '次正规数，精度下降',
      ok: '完好',
      overflow: '上溢为 ∞',
    } satisfies Record<ScaledStatus, string>,
    noScaling: (fp16: string, bf16: string, rel: string) =>
      `不缩放时：FP16 存成 ${fp16}，BF16 存成 ${bf16}（相对误差 ${rel}）——BF16 的指数和 FP32 一样宽，通常不需要损失缩放。`,
    verdict: (small: ScaledStatus, large: ScaledStatus): string => {
      if (large === 'overflow' || small === 'overflow')
        return 'S 太大：有梯度上溢成 ∞。动态损失缩放（如 torch.amp.GradScaler，默认从 2¹⁶ 开始）一旦发现无穷大或非数的梯度，就跳过这一步的参数更新，并把 S 乘以 0.5；连续 2000 步没有溢出再乘以 2。';
      if (small === 'lost') return 'S 太小：小梯度在 FP16 里变成 0，增大 S。';
      if (small === 'subnormal')
        return '小梯度落在 FP16 的次正规区间：存下了，但有效位变少；再增大 S 可以恢复精度。';
      return 'S 合适：两个梯度都以正规数存进 FP16，除以 S 后误差只来自 FP16 的舍入。';
    },
    invalidGradient: '最大的梯度',
  },
  en: {
    title: 'Number formats: one value in FP32, FP16, BF16 and FP8',
    hint: 'Type any number: each format stores the nearest value it can hold (round to nearest, ties to even, subnormals included). The table shows the stored value, its bits and the error.',
    value: 'Value x',
    valueHint: 'a decimal, 1e-5 style, or a fraction such as 1/3',
    format: 'Format for the readout',
    formats: FORMAT_NAMES,
    examples: 'Examples',
    exampleNames: EXAMPLE_NAMES,
    readout: (format: string, x: string, stored: string, detail: string) =>
      `${format}(${x}) = ${stored} · ${detail}`,
    relDetail: (rel: string) => `relative error ${rel}`,
    flagDetail: {
      exact: 'exact',
      overflow: 'overflow to ∞',
      saturated: (max: string) => `out of range, saturated to ±${max}`,
      subnormal: 'subnormal, fewer significant bits',
      underflow: 'underflow to 0: the value is lost',
    },
    error: (e: ValueError): string => {
      switch (e.kind) {
        case 'empty':
          return 'Type a number.';
        case 'notNumber':
          return `“${e.text}” is not a number: try 0.1, -3e-5, 65504 or 1/3.`;
        case 'notFinite':
          return 'That is beyond the range of a double (about ±1.8 × 10³⁰⁸) and cannot be typed; for an overflow, try 70000.';
        case 'divideByZero':
          return 'The denominator must not be 0.';
      }
    },
    caption: 'What each format stores',
    columns: ['Format', 'Stored value', 'Bits', 'Absolute error', 'Relative error', 'What happened'],
    bitKey: 'S = sign bit, E = exponent bits (biased), M = mantissa bits (the leading 1 is implicit)',
    flags: {
      exact: 'exact',
      overflow: 'overflow → ∞',
      saturated: (max: string) => `saturated → ±${max}`,
      subnormal: 'subnormal',
      underflow: 'underflow → 0',
    } satisfies Record<Flag, string | ((max: string) => string)>,
    rounded: 'rounded',
    selected: ' (readout)',
    bitsLabel: (sign: string, exponent: string, mantissa: string, hex: string) =>
      `sign ${sign}, exponent ${exponent}, mantissa ${mantissa}, hex ${hex}`,
    e4m3Note:
      'E4M3 convention: values beyond ±448 are stored as ±448, the saturating conversion of FP8 training recipes (OCP OFP8 spec 1.0, saturating mode). E4M3FN has no infinity; before PyTorch 2.12 a plain cast x.to(torch.float8_e4m3fn) did not saturate: any |x| > 464 rounds to the code S.1111.111 where 480 would be, which is not-a-number (newer versions saturate finite overflow). E5M2 overflows to ∞ like the IEEE formats.',
    factsCaption: 'Format parameters (floatFormatInfo in lib/training)',
    factsColumns: [
      'Format',
      'Bits S + E + M',
      'Bias',
      'Max finite',
      'Min normal',
      'Min subnormal',
      'ε = 2⁻ᴹ',
    ],
    lossTitle: 'Loss scaling: catching small gradients in FP16',
    lossIntro: (minSub: string) =>
      `FP16's smallest subnormal is ${minSub}; a gradient below half of it is stored as 0. Multiply the loss by S (a power of two) and every gradient of the backward pass is multiplied by S too; before the update, divide by S in FP32.`,
    scale: 'Loss scale S',
    scaleValue: (k: number, s: string) => `2^${k} = ${s}`,
    largest: 'Largest gradient in the same step',
    largestHint: 'decides when S overflows',
    gradientNames: { small: 'small gradient g (x above)', large: 'largest gradient' },
    lossCaption: (s: string) => `Where the two gradients end up with S = ${s}`,
    lossColumns: ['Gradient', 'g', 'S·g stored in FP16', 'divided by S (FP32)', 'Relative error', 'Result'],
    status: {
      lost: 'lost (became 0)',
      subnormal: 'subnormal, less precise',
      ok: 'intact',
      overflow: 'overflow to ∞',
    } satisfies Record<ScaledStatus, string>,
    noScaling: (fp16: string, bf16: string, rel: string) =>
      `Without scaling: FP16 stores ${fp16}, BF16 stores ${bf16} (relative error ${rel}). BF16 has FP32's exponent range and usually needs no loss scaling.`,
    verdict: (small: ScaledStatus, large: ScaledStatus): string => {
      if (large === 'overflow' || small === 'overflow')
        return 'S is too large: a gradient overflowed to ∞. Dynamic loss scaling (e.g. torch.amp.GradScaler, which starts at 2¹⁶) skips the optimizer step when it finds an infinite or not-a-number gradient and multiplies S by 0.5; after 2000 steps without overflow it multiplies S by 2.';
      if (small === 'lost') return 'S is too small: the small gradient is 0 in FP16. Increase S.';
      if (small === 'subnormal')
        return 'The small gradient is an FP16 subnormal: kept, but with fewer significant bits; a larger S restores its precision.';
      return 'S is in the safe range: both gradients are normal FP16 numbers, and after dividing by S the only error is FP16 rounding.';
    },
    invalidGradient: 'Largest gradient',
  },
};

export type NumberFormatsText = (typeof TEXT)['zh'];
