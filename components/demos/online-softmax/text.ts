import type { ScoresError } from './scores';

/** The online-softmax demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '在线 softmax：分块读分数，一遍算完',
    hint: '把一行注意力分数按块从左往右读，只维护运行最大值 m 和运行和 ℓ；最大值变大时把旧的 ℓ 乘上 exp(m_旧 − m_新) 修正。走完最后一块，结果与普通 softmax 相同。',
    scores: '一行分数（空格或逗号分隔，-inf 表示被掩码）',
    block: '块大小（每块几个分数）',
    step: '已读到第几块',
    prev: '上一块',
    next: '下一块',
    readout: (j: number, total: number, m: string, l: string) =>
      `读完第 ${j}/${total} 块：m = ${m}，ℓ = ${l}`,
    rescaled: (factor: string) => `这一块把最大值抬高了，旧的 ℓ 先乘以 exp(m_旧 − m_新) = ${factor} 再累加。`,
    kept: '这一块没有更大的分数，m 不变，直接把 exp(s − m) 加进 ℓ。',
    first: '第一块：m 取块内最大值，ℓ = Σ exp(s − m)。',
    maskedBlock: '这一块全被掩码（−∞），m 和 ℓ 都不变。',
    done: (diff: string) =>
      `全部读完：pᵢ = exp(sᵢ − m)/ℓ，与一次性计算的 softmax 最大相差 ${diff}（只差浮点舍入）。`,
    cellRead: '已读',
    cellCurrent: '当前块',
    stepsCaption: '每读完一块后的运行状态',
    stepsColumns: ['块', '块内分数', 'm', 'ℓ'],
    probsCaption: '最终概率：在线计算 vs 一次性 softmax',
    probsColumns: ['位置', '分数', '在线 softmax', '普通 softmax'],
    error: (e: ScoresError): string => {
      switch (e.kind) {
        case 'empty':
          return '请至少输入一个分数。';
        case 'notNumber':
          return `“${e.bad}” 不是数字（掩码写作 -inf）。`;
        case 'tooMany':
          return `输入了 ${e.count} 个分数，最多 ${e.max} 个。`;
        case 'notFinite':
          return `“${e.bad}” 超出了浮点数范围；分数要是有限数，或 -inf。`;
        case 'allMasked':
          return '所有分数都被掩码了：softmax 的分母为 0，没有定义。至少留一个有限分数。';
      }
    },
    trafficTitle: '显存（HBM）读写量：标准注意力 vs 分块（FlashAttention 算法 1）',
    seqLen: '序列长度 N',
    headDim: '头维度 d',
    sram: '片上 SRAM',
    sramName: (kib: number) => `${kib} KiB`,
    traffic: (std: string, flash: string, ratio: string) =>
      `一个头的前向：标准注意力读写 ${std}，分块算法 ${flash}，约为前者的 1/${ratio}。`,
    trafficMore: (std: string, flash: string, ratio: string) =>
      `一个头的前向：标准注意力读写 ${std}，分块算法 ${flash}，反而是前者的 ${ratio} 倍：d² 与 SRAM 大小 M 相比不够小时，外层循环次数 T_c 太多，分块就不划算。`,
    blocks: (bc: number, br: number, tc: number) =>
      `SRAM 能放 B_c = ${bc} 个键、B_r = ${br} 个查询一块；外层循环 T_c = ${tc} 次，每次把整列查询块和输出块读写一遍。`,
    flops: '两种算法的 QKᵀ 与 PV 乘加次数相同；省下的是读写 N×N 矩阵 S 和 P 的显存流量。',
    chartTitle: 'HBM 读写量（元素数，fp16 每个 2 字节）',
    chartLabel: (std: string, flash: string) => `条形图：标准注意力 ${std}，分块算法 ${flash}。`,
    bars: ['标准：读', '标准：写', '分块：读', '分块：写'],
    y: '元素数',
    trafficCaption: '一个注意力头前向的 HBM 读写（元素数）',
    trafficColumns: ['算法', '读', '写', '合计（字节）'],
    standard: '标准注意力（算法 0）',
    flash: '分块注意力（算法 1）',
  },
  en: {
    title: 'Online softmax: read the scores block by block, in one pass',
    hint: 'Read one row of attention scores left to right in blocks, keeping only a running max m and a running sum ℓ; when the max grows, rescale the old ℓ by exp(m_old − m_new). After the last block the result equals the plain softmax.',
    scores: 'One row of scores (spaces or commas; -inf for a masked score)',
    block: 'Block size (scores per block)',
    step: 'Blocks read',
    prev: 'Previous block',
    next: 'Next block',
    readout: (j: number, total: number, m: string, l: string) =>
      `After block ${j}/${total}: m = ${m}, ℓ = ${l}`,
    rescaled: (factor: string) =>
      `This block raised the max: the old ℓ is multiplied by exp(m_old − m_new) = ${factor} before adding.`,
    kept: 'No larger score in this block: m stays, and exp(s − m) is added to ℓ.',
    first: 'First block: m is the block’s max and ℓ = Σ exp(s − m).',
    maskedBlock: 'This block is fully masked (−∞): m and ℓ do not change.',
    done: (diff: string) =>
      `All blocks read: pᵢ = exp(sᵢ − m)/ℓ differs from the one-shot softmax by at most ${diff} (floating-point rounding only).`,
    cellRead: 'read',
    cellCurrent: 'current block',
    stepsCaption: 'Running state after each block',
    stepsColumns: ['Block', 'Scores in block', 'm', 'ℓ'],
    probsCaption: 'Final probabilities: online vs one-shot softmax',
    probsColumns: ['Position', 'Score', 'Online softmax', 'Plain softmax'],
    error: (e: ScoresError): string => {
      switch (e.kind) {
        case 'empty':
          return 'Type at least one score.';
        case 'notNumber':
          return `“${e.bad}” is not a number (write a masked score as -inf).`;
        case 'tooMany':
          return `${e.count} scores typed; at most ${e.max}.`;
        case 'notFinite':
          return `“${e.bad}” overflows the floating-point range; scores must be finite, or -inf.`;
        case 'allMasked':
          return 'Every score is masked: the softmax denominator is 0, so it is undefined. Keep at least one finite score.';
      }
    },
    trafficTitle: 'HBM reads and writes: standard attention vs tiled (FlashAttention Algorithm 1)',
    seqLen: 'Sequence length N',
    headDim: 'Head dimension d',
    sram: 'On-chip SRAM',
    sramName: (kib: number) => `${kib} KiB`,
    traffic: (std: string, flash: string, ratio: string) =>
      `One head, forward pass: standard attention moves ${std}, the tiled algorithm ${flash}, about 1/${ratio} of it.`,
    trafficMore: (std: string, flash: string, ratio: string) =>
      `One head, forward pass: standard attention moves ${std}, the tiled algorithm ${flash}, ${ratio}× as much: when d² is not small next to the SRAM size M, the outer loop runs too many times (T_c) for tiling to pay.`,
    blocks: (bc: number, br: number, tc: number) =>
      `SRAM holds blocks of B_c = ${bc} keys and B_r = ${br} queries; the outer loop runs T_c = ${tc} times, each reading and writing every query and output block once.`,
    flops:
      'Both algorithms do the same QKᵀ and PV multiply-adds; what the tiled one saves is the HBM traffic of the N×N matrices S and P.',
    chartTitle: 'HBM traffic (elements; fp16 is 2 bytes each)',
    chartLabel: (std: string, flash: string) => `Bar chart: standard attention ${std}, tiled ${flash}.`,
    bars: ['standard: reads', 'standard: writes', 'tiled: reads', 'tiled: writes'],
    y: 'elements',
    trafficCaption: 'HBM reads and writes of one attention head’s forward pass (elements)',
    trafficColumns: ['Algorithm', 'Reads', 'Writes', 'Total (bytes)'],
    standard: 'Standard attention (Algorithm 0)',
    flash: 'Tiled attention (Algorithm 1)',
  },
};

export type OnlineSoftmaxText = (typeof TEXT)['zh'];
