/** Every string of the quantization demo, Chinese first. */
export const TEXT = {
  zh: {
    title: '均匀量化：缩放因子、零点与离群值',
    hint: '选比特数、对称或非对称、按张量或按组，看反量化后的权重离原值多远。打开“加入离群值”，看一个大数怎样撑大按张量的缩放因子，把小权重挤到同几个网格点上。',
    bits: '比特数',
    scheme: '方案',
    symmetric: '对称',
    asymmetric: '非对称',
    granularity: '粒度',
    perTensor: '按张量',
    perGroup: (g: number) => `按组（每组 ${g} 个）`,
    outlier: '加入离群值（平均幅值的 12 倍）',
    readout: (label: string, mse: string, max: string, sqnr: string) =>
      `${label}：MSE ${mse} · 最大误差 ${max} · SQNR ${sqnr} dB`,
    label: (bits: number, sym: boolean, group: number | null) =>
      `INT${bits} ${sym ? '对称' : '非对称'} ${group ? `按组（${group}）` : '按张量'}`,
    distinct: (d: number, n: number, levels: number) =>
      `反量化后的 ${n} 个权重只用到 ${d} 个不同的值（每组的网格有 ${levels} 个点）。`,
    outlierAt: (i: number, v: string) => `离群值：w${i} = ${v}。`,
    chartLabel: (n: number, label: string, max: string, d: number) =>
      `${n} 个权重的原始值与反量化值（${label}）：最大误差 ${max}，反量化值只有 ${d} 个不同取值`,
    chartTitle: '原始权重与反量化后的权重',
    original: '原始 x',
    dequantized: '反量化 x̂',
    gridLines: '第 1 组的网格',
    weights: '权重（逗号分隔，2 到 32 个）',
    seed: '种子',
    generate: '按种子生成 24 个权重',
    gridTitle: (s: string, z: number) => `第 1 组的量化网格（S = ${s}，Z = ${z}）：`,
    gridCount: (n: number) => `（共 ${n} 个点）`,
    caption: '每组的缩放因子 S、零点 Z 与量化后的整数 q',
    group: '组',
    range: '下标',
    notNumber: (bad: string) => `“${bad}” 不是数字。`,
    count: (n: number) => `需要 2 到 32 个权重，现在是 ${n} 个。`,
    badSeed: '种子须是一个数字。',
    invalid: '输入无效：',
  },
  en: {
    title: 'Uniform quantization: scale, zero point and outliers',
    hint: 'Pick the bit width, symmetric or asymmetric, per-tensor or per-group, and see how far the dequantized weights land from the originals. Turn on “add an outlier” to see one large value stretch the per-tensor scale and squeeze the small weights onto a few grid points.',
    bits: 'Bits',
    scheme: 'Scheme',
    symmetric: 'symmetric',
    asymmetric: 'asymmetric',
    granularity: 'Granularity',
    perTensor: 'per-tensor',
    perGroup: (g: number) => `per-group (${g} per group)`,
    outlier: 'Add an outlier (12× the mean magnitude)',
    readout: (label: string, mse: string, max: string, sqnr: string) =>
      `${label}: MSE ${mse} · max error ${max} · SQNR ${sqnr} dB`,
    label: (bits: number, sym: boolean, group: number | null) =>
      `INT${bits} ${sym ? 'symmetric' : 'asymmetric'} ${group ? `per-group (${group})` : 'per-tensor'}`,
    distinct: (d: number, n: number, levels: number) =>
      `After dequantization the ${n} weights take only ${d} distinct values (each group's grid has ${levels} points).`,
    outlierAt: (i: number, v: string) => `Outlier: w${i} = ${v}.`,
    chartLabel: (n: number, label: string, max: string, d: number) =>
      `Original and dequantized values of ${n} weights (${label}): max error ${max}, ${d} distinct dequantized values`,
    chartTitle: 'Original and dequantized weights',
    original: 'original x',
    dequantized: 'dequantized x̂',
    gridLines: 'grid of group 1',
    weights: 'Weights (comma-separated, 2 to 32)',
    seed: 'Seed',
    generate: 'Generate 24 weights from the seed',
    gridTitle: (s: string, z: number) => `Quantization grid of group 1 (S = ${s}, Z = ${z}):`,
    gridCount: (n: number) => `(${n} points)`,
    caption: 'Scale S, zero point Z and quantized integers q of each group',
    group: 'Group',
    range: 'Indices',
    notNumber: (bad: string) => `“${bad}” is not a number.`,
    count: (n: number) => `Give between 2 and 32 weights; there are ${n}.`,
    badSeed: 'The seed must be one number.',
    invalid: 'Invalid input: ',
  },
};

export type DemoText = (typeof TEXT)['zh'];
