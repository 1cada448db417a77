import type { FieldError } from '@/components/demos/attention-lab/parse';

/** Why a field could not be used: a parse error, or a value lib or the field's range refuses. */
export type PositionFieldError =
  | FieldError
  | { kind: 'length'; expected: number; got: number }
  | { kind: 'range'; min: number; max: number; value: number }
  | { kind: 'lib'; value: number; detail: string };

/** A Latin name before Chinese text gets a space ("头数 H 是 0"), as Chinese typesetting does. */
const spaced = (name: string) => (/[A-Za-z0-9_]$/.test(name) ? `${name} ` : name);

function fieldZh(label: string, e: PositionFieldError, need: string): string {
  const name = spaced(label);
  const tail = '下面仍显示上一次有效的结果。';
  switch (e.kind) {
    case 'empty':
      return `${name}是空的：${need}。${tail}`;
    case 'notNumber':
      return `${name}里的 “${e.text}” 不是数字：${need}。${tail}`;
    case 'notInteger':
      return `${name}里的 “${e.text}” 不是整数：${need}。${tail}`;
    case 'tooLarge':
      return `${name}的绝对值超过了 ${e.max}：${need}。${tail}`;
    case 'length':
      return `${name}需要 ${e.expected} 个数，现在有 ${e.got} 个。${tail}`;
    case 'range':
      return `${name}是 ${e.value}：${need}。${tail}`;
    case 'lib':
      return `${name}是 ${e.value}：${need}。${tail}`;
  }
}

function fieldEn(name: string, e: PositionFieldError, need: string): string {
  const tail = 'The last valid result stays below.';
  switch (e.kind) {
    case 'empty':
      return `${name} is empty: ${need}. ${tail}`;
    case 'notNumber':
      return `${name}: “${e.text}” is not a number; ${need}. ${tail}`;
    case 'notInteger':
      return `${name}: “${e.text}” is not a whole number; ${need}. ${tail}`;
    case 'tooLarge':
      return `${name} is larger than ${e.max} in absolute value; ${need}. ${tail}`;
    case 'length':
      return `${name} needs ${e.expected} numbers, got ${e.got}. ${tail}`;
    case 'range':
      return `${name} is ${e.value}; ${need}. ${tail}`;
    case 'lib':
      return `${name} is ${e.value}; ${need}. ${tail}`;
  }
}

/** Arguments of the sinusoidal readout, all already formatted. */
export interface SinReadout {
  pos: number;
  dim: number;
  fn: 'sin' | 'cos';
  pair: number;
  d: number;
  value: string;
  omega: string;
  wavelength: string;
}

const zh = {
  title: '位置编码实验室：正弦编码、RoPE 与 ALiBi',
  hint: '三种给注意力加入位置信息的办法。正弦编码把每个位置变成一个向量加到输入上；RoPE 按位置旋转 q 和 k，使点积只取决于相对距离；ALiBi 不改向量，直接给分数加一个随距离线性变大的惩罚。所有数字都由 lib/transformer 计算。',
  tabsLabel: '位置编码方法',
  tabs: { sinusoidal: '正弦编码', rope: 'RoPE', alibi: 'ALiBi' },
  field: (name: string, e: PositionFieldError, need: string) => fieldZh(name, e, need),

  // sinusoidal
  length: '最大长度 L',
  lengthNeed: '需要 1 到 64 之间的整数',
  dModel: 'd_model',
  dModelNeed: '需要 2 到 64 之间的偶数（正弦和余弦成对出现）',
  pos: '位置 pos',
  dim: '维度',
  sinReadout: (r: SinReadout) =>
    `PE(${r.pos}, ${r.dim}) = ${r.fn}(${r.pos} · ω_${r.pair}) = ${r.value}；ω_${r.pair} = 10000^(−${2 * r.pair}/${r.d}) = ${r.omega}，波长 2π/ω_${r.pair} = ${r.wavelength} 个位置`,
  sinNote:
    '偶数维 2i 取 sin(pos·ω_i)，奇数维 2i + 1 取 cos(pos·ω_i)，ω_i = 10000^(−2i/d_model)（Vaswani 等人 2017，§3.5）。左边几列频率高、随位置快速变化，右边几列频率低、几乎不变：波长从 2π 按等比数列增长。',
  heatTitle: '正弦位置编码 PE(pos, 维度)',
  heatSummary: (L: number, d: number, pos: number, dim: number, value: string) =>
    `${L} 个位置 × ${d} 维的正弦位置编码热力图，取值在 −1 到 1 之间；选中的 PE(${pos}, ${dim}) = ${value}。`,
  heatX: '维度',
  heatY: '位置 pos',
  heatTable: '查看全部数值',
  heatCaption: (L: number, d: number) => `PE(pos, 维度)：${L} 行位置 × ${d} 列维度，保留三位小数`,
  posCorner: 'pos \\ 维度',
  waveTitle: '每对维度的波长',
  waveSummary: (pairs: number, first: string, last: string) =>
    `${pairs} 对维度的波长，对数轴：从 ${first} 增长到 ${last} 个位置。`,
  waveX: '维度对 i（第 2i 和 2i + 1 维）',
  waveY: '波长（位置数）',
  waveCaption: '每对维度的角频率与波长',
  waveColumns: ['对 i', '维度', 'ω_i', '波长（位置数）'],

  // rope
  rotationTitle: '二维旋转：q 在位置 m，k 在位置 n',
  qField: 'q（两个数）',
  kField: 'k（两个数）',
  vectorNeed: '需要两个绝对值不超过 10 的数',
  m: '位置 m（q）',
  n: '位置 n（k）',
  shift: '两个位置同时加 s',
  rotationNote:
    '这一对维度的频率 θ₀ = base⁰ = 1：每前进一个位置转 1 弧度。m 和 n 同时加 s 时，两个向量转过同样的角度，夹角不变，点积也不变——点积只取决于 m − n。',
  ropeReadout: (m: number, n: number, a: string, m2: number, n2: number, b: string) =>
    `(m, n) = (${m}, ${n})：q′·k′ = ${a}；(m + s, n + s) = (${m2}, ${n2})：q′·k′ = ${b}；两对的 m − n 都是 ${m - n}`,
  vectorsTitle: '旋转后的向量',
  vectorsSummary: (m: number, n: number, a: string, s: number, b: string) =>
    `q 转到位置 ${m}、k 转到位置 ${n}，点积 ${a}；两者各再转 ${s} 个位置（虚线），点积 ${b}。`,
  legendQ: (m: string) => `q′，位置 ${m}`,
  legendK: (n: string) => `k′，位置 ${n}`,
  vectorsCaption: '旋转后的向量坐标',
  vectorsColumns: ['向量', '位置', 'x', 'y'],
  decayTitle: '远程衰减：RoFormer §3.4.3 的相对上界',
  decayWhat:
    '画的是 B(Δ) = (1/(d/2))·Σ_{j=1}^{d/2} |S_j|，其中 S_j = Σ_{k<j} e^{iΔθ_k}，θ_k = base^(−2k/d)。RoFormer 用 Abel 求和证明 |q′·k′| ≤ (maxᵢ |h_{i+1} − h_i|)·(d/2)·B(Δ)：B 是这个上界里只随距离 Δ = m − n 变化的部分，不是某一对 q、k 的实际点积。它整体下降但有起伏；论文把它当作性质（远处的词元关联更弱），而不是缺陷。',
  headDim: '衰减曲线的 head 维度 d',
  headDimNeed: '需要 2 到 256 之间的偶数（RoPE 把维度两两配对）',
  base: 'base',
  bases: { '10000': '10000（RoFormer、LLaMA 2）', '500000': '500000（Llama 3）' },
  maxDistance: '最远距离',
  decaySummary: (d: number, base: string, top: string, end: string, max: number) =>
    `d = ${d}、base = ${base} 时的相对上界：距离 0 处为 ${top}，距离 ${max} 处为 ${end}。`,
  decayX: '相对距离 Δ = m − n',
  decayY: '相对上界 B(Δ)',
  envelope: (size: number) =>
    `距离太多，画图时每个点取连续 ${size} 个距离中的最大值（上包络），所以曲线仍是上界。`,
  decayCaption: '部分距离上的相对上界 B(Δ)',
  decayColumns: ['距离 Δ', 'B(Δ)'],
  layoutsTitle: '两种配对布局：哪两个维度一起旋转',
  pairDim: '配对表的 head 维度 d',
  pairDimNeed: '需要 2 到 32 之间的偶数',
  layouts: {
    half: 'half：第 t 维与第 t + d/2 维一组（HF rotate_half、GPT-NeoX、HF 版 LLaMA）',
    interleaved: 'interleaved：第 2i 维与第 2i + 1 维一组（RoFormer、GPT-J、Meta 的 LLaMA 参考代码）',
  },
  layoutCaption: (d: number) => `d = ${d}：每个维度属于第几对（第 i 对按 θ_i 旋转）`,
  layoutCorner: '布局 \\ 维度',
  layoutNames: { half: 'half', interleaved: 'interleaved' },
  pairsList: (pairs: string) => `配对：${pairs}`,
  layoutNote:
    '两种布局算出的注意力相同，前提是 q、k 的投影权重按同样的方式重排；HF 转换 Meta 的 LLaMA 权重时就做了这一步重排。布局和权重对不上，注意力分数就会算错。',

  // alibi
  heads: '头数 H',
  headsNeed: '需要 1 到 64 之间的整数',
  head: '头 h',
  seqLen: '序列长度',
  alibiReadout: (H: number, h: number, slope: string, list: string) =>
    `H = ${H}：第 ${h} 个头的斜率 m = ${slope}；全部斜率：${list}`,
  alibiRule:
    'H 是 2 的幂时，斜率是从 2^(−8/H) 开始、公比也是 2^(−8/H) 的等比数列（8 个头：1/2、1/4、…、1/256，Press 等人 2022，§3）。H 不是 2 的幂时，按 ALiBi 仓库的 get_slopes：先取不超过 H 的最大 2 的幂 p 个头的斜率，再从 2p 个头的斜率里隔一个取一个（第 1、3、5…个），补足 H 个。',
  slopesTitle: '每个头的斜率',
  slopesSummary: (H: number, first: string, last: string) =>
    `${H} 个头的 ALiBi 斜率，第 1 个头 ${first}，第 ${H} 个头 ${last}。`,
  slopesX: '头 h',
  slopesY: '斜率 m',
  slopesCaption: (H: number) => `H = ${H} 时每个头的斜率`,
  slopesColumns: ['头 h', '斜率 m', '小数'],
  biasTitle: (h: number, slope: string) => `第 ${h} 个头的偏置 −m·(i − j)，m = ${slope}`,
  biasSummary: (L: number, h: number, slope: string, corner: string) =>
    `第 ${h} 个头（m = ${slope}）在 ${L} 个词元上的 ALiBi 偏置矩阵，左下角最远处为 ${corner}；对角线右上方被因果掩码屏蔽。`,
  biasCaption: '偏置矩阵（行是查询 i，列是键 j；被掩码的格子记为 —）',
  biasCorner: 'i \\ j',
  keyAxis: '键 j',
  queryAxis: '查询 i',
  masked: '—',
  hatchNote: '斜线 = 被因果掩码屏蔽',
  biasNote:
    '论文图 3 写作 −m·(i − j)；ALiBi 仓库和 HF BLOOM 实际加的是 m·j。两者每一行只差常数 m·i，softmax 对每行加常数不敏感，注意力权重完全相同。',
};

export type PositionLabText = typeof zh;

const en: PositionLabText = {
  title: 'Position lab: sinusoidal encoding, RoPE and ALiBi',
  hint: 'Three ways to give attention a sense of order. The sinusoidal encoding turns each position into a vector added to the input; RoPE rotates q and k by position so that their dot product depends only on the offset; ALiBi leaves the vectors alone and adds a penalty that grows linearly with distance to the scores. Every number is computed by lib/transformer.',
  tabsLabel: 'Position encoding method',
  tabs: { sinusoidal: 'Sinusoidal', rope: 'RoPE', alibi: 'ALiBi' },
  field: (name: string, e: PositionFieldError, need: string) => fieldEn(name, e, need),

  length: 'Max length L',
  lengthNeed: 'enter a whole number from 1 to 64',
  dModel: 'd_model',
  dModelNeed: 'enter an even number from 2 to 64 (sines and cosines come in pairs)',
  pos: 'Position pos',
  dim: 'Dimension',
  sinReadout: (r: SinReadout) =>
    `PE(${r.pos}, ${r.dim}) = ${r.fn}(${r.pos} · ω_${r.pair}) = ${r.value}; ω_${r.pair} = 10000^(−${2 * r.pair}/${r.d}) = ${r.omega}, wavelength 2π/ω_${r.pair} = ${r.wavelength} positions`,
  sinNote:
    'Even dimension 2i holds sin(pos·ω_i), odd dimension 2i + 1 holds cos(pos·ω_i), with ω_i = 10000^(−2i/d_model) (Vaswani et al. 2017, §3.5). The left columns have high frequencies and change fast with position; the right ones barely move: the wavelengths grow geometrically from 2π.',
  heatTitle: 'Sinusoidal position encoding PE(pos, dimension)',
  heatSummary: (L: number, d: number, pos: number, dim: number, value: string) =>
    `Heatmap of the sinusoidal encoding of ${L} positions × ${d} dimensions, values between −1 and 1; the selected PE(${pos}, ${dim}) = ${value}.`,
  heatX: 'Dimension',
  heatY: 'Position pos',
  heatTable: 'Show all the numbers',
  heatCaption: (L: number, d: number) =>
    `PE(pos, dimension): ${L} rows of positions × ${d} columns of dimensions, three decimals`,
  posCorner: 'pos \\ dim',
  waveTitle: 'Wavelength of each pair of dimensions',
  waveSummary: (pairs: number, first: string, last: string) =>
    `Wavelengths of ${pairs} pairs of dimensions on a log axis, growing from ${first} to ${last} positions.`,
  waveX: 'Pair i (dimensions 2i and 2i + 1)',
  waveY: 'Wavelength (positions)',
  waveCaption: 'Angular frequency and wavelength of each pair',
  waveColumns: ['Pair i', 'Dimensions', 'ω_i', 'Wavelength (positions)'],

  rotationTitle: 'A 2-D rotation: q at position m, k at position n',
  qField: 'q (two numbers)',
  kField: 'k (two numbers)',
  vectorNeed: 'enter two numbers, each at most 10 in absolute value',
  m: 'Position m (q)',
  n: 'Position n (k)',
  shift: 'Shift both positions by s',
  rotationNote:
    'This pair’s frequency is θ₀ = base⁰ = 1: one radian per position. Adding s to both m and n turns both vectors by the same angle, so the angle between them, and their dot product, stay the same — the dot product depends only on m − n.',
  ropeReadout: (m: number, n: number, a: string, m2: number, n2: number, b: string) =>
    `(m, n) = (${m}, ${n}): q′·k′ = ${a}; (m + s, n + s) = (${m2}, ${n2}): q′·k′ = ${b}; m − n = ${m - n} for both`,
  vectorsTitle: 'The rotated vectors',
  vectorsSummary: (m: number, n: number, a: string, s: number, b: string) =>
    `q rotated to position ${m} and k to position ${n}, dot product ${a}; both turned ${s} positions further (dashed), dot product ${b}.`,
  legendQ: (m: string) => `q′ at position ${m}`,
  legendK: (n: string) => `k′ at position ${n}`,
  vectorsCaption: 'Coordinates of the rotated vectors',
  vectorsColumns: ['Vector', 'Position', 'x', 'y'],
  decayTitle: 'Long-term decay: the relative upper bound of RoFormer §3.4.3',
  decayWhat:
    'Plotted: B(Δ) = (1/(d/2))·Σ_{j=1}^{d/2} |S_j| with S_j = Σ_{k<j} e^{iΔθ_k} and θ_k = base^(−2k/d). RoFormer shows by Abel summation that |q′·k′| ≤ (maxᵢ |h_{i+1} − h_i|)·(d/2)·B(Δ): B is the part of that bound that depends on the distance Δ = m − n, not the dot product of any particular q and k. It falls overall, with ripples; the paper presents it as a property (far-apart tokens are linked more weakly), not a flaw.',
  headDim: 'Head dimension d (decay curve)',
  headDimNeed: 'enter an even number from 2 to 256 (RoPE pairs dimensions up)',
  base: 'Base',
  bases: { '10000': '10000 (RoFormer, LLaMA 2)', '500000': '500000 (Llama 3)' },
  maxDistance: 'Largest distance',
  decaySummary: (d: number, base: string, top: string, end: string, max: number) =>
    `Relative upper bound for d = ${d}, base = ${base}: ${top} at distance 0, ${end} at distance ${max}.`,
  decayX: 'Relative distance Δ = m − n',
  decayY: 'Relative upper bound B(Δ)',
  envelope: (size: number) =>
    `Too many distances to draw one by one: each point is the largest value over ${size} consecutive distances (an upper envelope), so the curve is still a bound.`,
  decayCaption: 'The relative upper bound B(Δ) at some distances',
  decayColumns: ['Distance Δ', 'B(Δ)'],
  layoutsTitle: 'Two pairing layouts: which dimensions rotate together',
  pairDim: 'Head dimension d (pairing table)',
  pairDimNeed: 'enter an even number from 2 to 32',
  layouts: {
    half: 'half: dimension t pairs with t + d/2 (HF rotate_half, GPT-NeoX, HF LLaMA)',
    interleaved: 'interleaved: dimension 2i pairs with 2i + 1 (RoFormer, GPT-J, Meta’s LLaMA reference code)',
  },
  layoutCaption: (d: number) => `d = ${d}: the pair each dimension belongs to (pair i turns by θ_i)`,
  layoutCorner: 'layout \\ dim',
  layoutNames: { half: 'half', interleaved: 'interleaved' },
  pairsList: (pairs: string) => `Pairs: ${pairs}`,
  layoutNote:
    'Both layouts give the same attention provided the q and k projection weights are permuted to match; HF’s conversion of Meta’s LLaMA weights does exactly that permutation. If the layout and the weights do not match, the attention scores come out wrong.',

  heads: 'Heads H',
  headsNeed: 'enter a whole number from 1 to 64',
  head: 'Head h',
  seqLen: 'Sequence length',
  alibiReadout: (H: number, h: number, slope: string, list: string) =>
    `H = ${H}: head ${h} has slope m = ${slope}; all slopes: ${list}`,
  alibiRule:
    'When H is a power of two, the slopes are the geometric sequence that starts at 2^(−8/H) with ratio 2^(−8/H) (8 heads: 1/2, 1/4, …, 1/256; Press et al. 2022, §3). Otherwise, following get_slopes in the ALiBi repository: take the slopes of p heads, p the largest power of two below H, then every other slope of 2p heads (the 1st, 3rd, 5th, …) until there are H.',
  slopesTitle: 'Slope of each head',
  slopesSummary: (H: number, first: string, last: string) =>
    `ALiBi slopes of ${H} heads: head 1 has ${first}, head ${H} has ${last}.`,
  slopesX: 'Head h',
  slopesY: 'Slope m',
  slopesCaption: (H: number) => `Slope of each head for H = ${H}`,
  slopesColumns: ['Head h', 'Slope m', 'Decimal'],
  biasTitle: (h: number, slope: string) => `Bias −m·(i − j) of head ${h}, m = ${slope}`,
  biasSummary: (L: number, h: number, slope: string, corner: string) =>
    `ALiBi bias matrix of head ${h} (m = ${slope}) over ${L} tokens, ${corner} at the farthest (bottom-left) cell; above the diagonal the causal mask removes the keys.`,
  biasCaption: 'Bias matrix (rows are queries i, columns keys j; masked cells shown as —)',
  biasCorner: 'i \\ j',
  keyAxis: 'Key j',
  queryAxis: 'Query i',
  masked: '—',
  hatchNote: 'hatched = removed by the causal mask',
  biasNote:
    'The paper’s figure 3 writes −m·(i − j); the ALiBi repository and HF BLOOM add m·j instead. Each row differs by the constant m·i, which the softmax ignores, so the attention weights are identical.',
};

/** The position lab's words, Chinese first. */
export const TEXT = { zh, en };
