import type { Band, HeadDimError, Method, Series } from './compute';

interface ReadoutArgs {
  method: string;
  factor: number;
  changed: number;
  half: number;
  longest: string;
}

/** The RoPE-scaling explorer's words, Chinese first. */
export const TEXT = {
  zh: {
    title: 'RoPE 缩放：哪些维度被插值，哪些保持不变',
    hint: 'RoPE 让第 i 对维度以频率 θᵢ = base^(−2i/d) 旋转；波长 2π/θᵢ 是转一整圈需要的位置数。波长超过训练长度 L 的维度在训练中从没转满一圈，扩展上下文的方法主要拉长的就是它们。频率来自 lib 的 ropeInverseFrequencies（与 HF modeling_rope_utils 的算法一致）。',
    method: '高亮的方法',
    series: {
      original: '原始（不缩放）',
      linear: '线性插值（PI）',
      dynamic: '动态 NTK',
      llama3: 'Llama 3（llama3）',
    } satisfies Record<Series, string>,
    methodNotes: {
      linear: '位置插值：每个频率都除以 s，所有波长都拉长 s 倍。',
      dynamic:
        '动态 NTK（HF 的 dynamic）：当前长度 n 超过 L 后，base 变为 base·(s·n/L − (s − 1))^(d/(d−2))；θ₀ 不变，频率越低拉得越长。n ≤ L 时什么都不变。',
      llama3:
        'Llama 3.1 的做法（low_freq_factor 1，high_freq_factor 4）：波长短于 L/4 的保持不变；长于 L 的频率除以 s，波长拉长 s 倍；两者之间，频率在 θ/s 与 θ 之间按 L/λ 线性过渡。',
    } satisfies Record<Method, string>,
    factor: '缩放系数 s',
    original: '训练长度 L',
    base: 'RoPE base θ',
    headDim: '头维度 d',
    headDimHint: '偶数，≥ 4',
    current: '当前序列长度 n（动态 NTK）',
    currentValue: (n: string, multiple: number) => `${n}（${multiple} × L）`,
    readout: (r: ReadoutArgs) =>
      `${r.method}，s = ${r.factor}：${r.half} 个频率（维度对）中有 ${r.changed} 个的波长变化超过 1%；最长波长 ${r.longest} 个位置`,
    lengths: (l: string, target: string) => `训练长度 L = ${l}，目标长度 s·L = ${target}`,
    counts: (c: Record<Band, number>) =>
      `保持不变 ${c.kept} 个 · 部分拉长 ${c.between} 个 · 拉长到 s 倍或更多 ${c.scaled} 个`,
    bands: {
      kept: '保持',
      between: '过渡',
      scaled: '插值',
    } satisfies Record<Band, string>,
    bandLegend: {
      kept: '保持（变化 ≤ 1%）',
      between: '过渡（部分拉长）',
      scaled: '插值（拉长到 ≥ s 倍）',
    } satisfies Record<Band, string>,
    headDimError: (e: HeadDimError): string => {
      switch (e.kind) {
        case 'empty':
          return '请输入头维度。';
        case 'notNumber':
          return `“${e.text}” 不是数。`;
        case 'notInteger':
          return `头维度必须是整数，“${e.text}” 不是。`;
        case 'tooLarge':
        case 'range':
          return `头维度最大 ${e.max}。`;
        case 'lib':
          return `头维度必须是 ≥ 4 的偶数（RoPE 把维度两两配对旋转），现在是 ${e.value}。`;
      }
    },
    chartTitle: 'RoPE 各频率的波长',
    chartLabel: (method: string, half: number, changed: number, longest: string) =>
      `对数坐标下 ${half} 个频率的波长，四条线分别是原始、线性插值、动态 NTK 和 Llama 3；高亮 ${method}：${changed} 个变化超过 1%，最长波长 ${longest}。两条水平线是训练长度和目标长度。`,
    x: '频率序号 i',
    y: '波长 2π/θᵢ（位置，对数坐标）',
    ruleTrain: (l: string) => `L = ${l}`,
    ruleTarget: (t: string) => `s·L = ${t}`,
    legendRules: '训练长度 L 与目标长度 s·L',
    table: '每个频率的数值',
    caption: (method: string) => `各频率的 θᵢ 与波长（位置）；最后两列是 ${method} 的拉长倍数和分类`,
    columns: ['i', 'θᵢ（原始）', '原始', '线性插值', '动态 NTK', 'Llama 3', '倍数', '分类'],
  },
  en: {
    title: 'RoPE scaling: which dimensions are interpolated, which are kept',
    hint: 'RoPE turns dimension pair i at frequency θᵢ = base^(−2i/d); its wavelength 2π/θᵢ is the number of positions one full turn takes. Pairs whose wavelength exceeds the training length L never made a full turn in training, and those are what context-extension methods stretch. Frequencies come from ropeInverseFrequencies in lib (the algorithms of HF modeling_rope_utils).',
    method: 'Highlighted method',
    series: {
      original: 'Original (no scaling)',
      linear: 'Linear (position interpolation)',
      dynamic: 'Dynamic NTK',
      llama3: 'Llama 3 (llama3)',
    } satisfies Record<Series, string>,
    methodNotes: {
      linear: 'Position interpolation: every frequency is divided by s, so every wavelength grows s times.',
      dynamic:
        "Dynamic NTK (HF's dynamic): once the current length n exceeds L, the base becomes base·(s·n/L − (s − 1))^(d/(d−2)); θ₀ stays, and the lower the frequency the more it stretches. For n ≤ L nothing changes.",
      llama3:
        "Llama 3.1's rule (low_freq_factor 1, high_freq_factor 4): wavelengths below L/4 are kept; above L the frequency is divided by s, stretching the wavelength s times; in between, the frequency moves from θ/s to θ linearly in L/λ.",
    } satisfies Record<Method, string>,
    factor: 'Scale factor s',
    original: 'Training length L',
    base: 'RoPE base θ',
    headDim: 'Head dimension d',
    headDimHint: 'even, ≥ 4',
    current: 'Current sequence length n (dynamic NTK)',
    currentValue: (n: string, multiple: number) => `${n} (${multiple} × L)`,
    readout: (r: ReadoutArgs) =>
      `${r.method}, s = ${r.factor}: ${r.changed} of ${r.half} frequencies (dimension pairs) changed wavelength by > 1%; longest wavelength ${r.longest} positions`,
    lengths: (l: string, target: string) => `Training length L = ${l}, target length s·L = ${target}`,
    counts: (c: Record<Band, number>) =>
      `${c.kept} kept · ${c.between} partly stretched · ${c.scaled} stretched s times or more`,
    bands: {
      kept: 'kept',
      between: 'in between',
      scaled: 'interpolated',
    } satisfies Record<Band, string>,
    bandLegend: {
      kept: 'kept (changed ≤ 1%)',
      between: 'in between (partly stretched)',
      scaled: 'interpolated (stretched ≥ s times)',
    } satisfies Record<Band, string>,
    headDimError: (e: HeadDimError): string => {
      switch (e.kind) {
        case 'empty':
          return 'Type a head dimension.';
        case 'notNumber':
          return `“${e.text}” is not a number.`;
        case 'notInteger':
          return `The head dimension must be a whole number; “${e.text}” is not.`;
        case 'tooLarge':
        case 'range':
          return `The head dimension can be at most ${e.max}.`;
        case 'lib':
          return `The head dimension must be an even number ≥ 4 (RoPE rotates dimensions in pairs); got ${e.value}.`;
      }
    },
    chartTitle: 'Wavelength of each RoPE frequency',
    chartLabel: (method: string, half: number, changed: number, longest: string) =>
      `Wavelengths of ${half} frequencies on a log scale, one line each for the original, linear interpolation, dynamic NTK and Llama 3; highlighted ${method}: ${changed} changed by more than 1%, longest wavelength ${longest}. Two horizontal lines mark the training and target lengths.`,
    x: 'Frequency index i',
    y: 'Wavelength 2π/θᵢ (positions, log scale)',
    ruleTrain: (l: string) => `L = ${l}`,
    ruleTarget: (t: string) => `s·L = ${t}`,
    legendRules: 'training length L and target s·L',
    table: 'The numbers for each frequency',
    caption: (method: string) =>
      `θᵢ and wavelengths (positions) per frequency; the last two columns are ${method}'s stretch and class`,
    columns: ['i', 'θᵢ (original)', 'Original', 'Linear', 'Dynamic NTK', 'Llama 3', 'Stretch', 'Class'],
  },
};

export type RopeScalingText = (typeof TEXT)['zh'];
