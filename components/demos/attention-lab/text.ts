import type { AttentionMaskKind } from '@/lib/transformer/attention-mask';
import type { LabError, PositionKind } from './compute';
import type { FieldError } from './parse';
import type { MatrixName } from './presets';

const MATRIX = { q: 'Q', k: 'K', v: 'V' } as const;

function fieldZh(e: FieldError): string {
  switch (e.kind) {
    case 'empty':
      return '是空的';
    case 'notNumber':
      return `里的 “${e.text}” 不是数字`;
    case 'notInteger':
      return `里的 “${e.text}” 不是整数`;
    case 'tooLarge':
      return `的绝对值超过了 ${e.max}`;
  }
}

function fieldEn(e: FieldError): string {
  switch (e.kind) {
    case 'empty':
      return ' is empty';
    case 'notNumber':
      return `: “${e.text}” is not a number`;
    case 'notInteger':
      return `: “${e.text}” is not a whole number`;
    case 'tooLarge':
      return ` is larger than ${e.max} in absolute value`;
  }
}

/** The attention lab's words in Chinese, the site's first language. */
const zh = {
  title: '注意力实验室：掩码、缩放点积与位置信息',
  hint: '选一种掩码，看每个查询（行）能看到哪些键（列）；改动 Q、K、V 的数值，逐步看分数 QKᵀ/√d_k、加偏置并掩码后的分数、逐行 softmax 权重和输出；再打开 ALiBi 或 RoPE，看权重怎样变化。例子里的数字是随手取的，不是真实模型的投影；所有结果都由 lib/transformer 计算。',
  tokens: ['我', '今天', '读', '了', '一本', '书'],
  tokenCount: '词元数 n',
  dk: '每行维度 d_k',
  maskLegend: '注意力掩码',
  masks: { full: '全可见', causal: '因果', prefix: '前缀', sliding: '滑动窗口' } satisfies Record<
    AttentionMaskKind,
    string
  >,
  maskUse: {
    full: '编码器用它：BERT，以及 T5 这类编码器-解码器的编码器。每个查询都能看到全部键。',
    causal:
      '仅解码器语言模型用它：GPT、LLaMA；编码器-解码器的解码器自注意力也是因果的。查询只看自己和之前的键。',
    prefix:
      '前缀语言模型（非因果解码器）用它：GLM、用 UL2R 继续训练的 U-PaLM。前缀内部双向可见，前缀之后逐个因果。',
    sliding: '滑动窗口注意力：Mistral 7B，以及 Gemma 2 / Gemma 3 的局部层。查询只看自己和之前 w − 1 个键。',
  } satisfies Record<AttentionMaskKind, string>,
  prefixLength: '前缀长度',
  window: '窗口 w（含自己）',
  positionLegend: '位置信息',
  positions: { none: '不加', alibi: 'ALiBi 偏置', rope: 'RoPE 旋转' } satisfies Record<PositionKind, string>,
  heads: 'ALiBi 头数',
  head: '使用第几个头的斜率',
  slope: (head: number, heads: number, slope: string) => `第 ${head} / ${heads} 个头的斜率 m = ${slope}`,
  alibiNote:
    '偏置为 −m·(i − j)（Press 等人 2022，图 3）。ALiBi 是为因果模型设计的：这里对角线右上方的偏置为 0，所以在全可见或前缀掩码下，未来的键不受距离惩罚。',
  ropeNote:
    'RoPE：每个词元的 q 和 k 都按它的位置旋转（位置从 0 数起；base 10000，half 配对：第 t 维与第 t + d_k/2 维一组）；d_k = 2 时每前进一个位置转 1 弧度。RoPE 只能旋转成对的维度，d_k 必须是偶数。',
  editor: '输入 Q、K、V（每格一个数，绝对值不超过 100）',
  matrixName: { q: 'Q（查询）', k: 'K（键）', v: 'V（值）' } satisfies Record<MatrixName, string>,
  cell: (m: MatrixName, row: number, token: string, col: number) =>
    `${MATRIX[m]} 第 ${row} 行（${token}）第 ${col} 维`,
  dim: (j: number) => `第 ${j} 维`,
  query: '查看哪个查询的权重',
  queryValue: (i: number, token: string) => `${i}（${token}）`,
  readout: (i: number, token: string, weights: string, sum: string) =>
    `查询 ${i}（${token}）的注意力权重：${weights}（和 = ${sum}）`,
  error: (e: LabError): string => {
    switch (e.kind) {
      case 'cell':
        return `${MATRIX[e.cell.matrix]} 第 ${e.cell.row + 1} 行第 ${e.cell.col + 1} 维${fieldZh(e.error)}。下面仍显示上一次有效的结果。`;
      case 'heads':
        return `头数${fieldZh(e.error)}：请输入 1 到 64 之间的整数。下面仍显示上一次有效的结果。`;
      case 'headsRange':
        return `头数必须是至少为 1 的整数，现在是 ${e.value}。下面仍显示上一次有效的结果。`;
      case 'ropeOdd':
        return `RoPE 把维度两两配对旋转，d_k 必须是偶数，现在是 ${e.dk}。下面仍显示上一次有效的结果。`;
      case 'lib':
        return `无法计算：${e.detail}。下面仍显示上一次有效的结果。`;
    }
  },
  gridTitle: '掩码：每个查询能看到哪些键',
  gridSummary: (kind: string, allowed: number, total: number) =>
    `${kind}掩码：${total} 个（查询，键）组合中有 ${allowed} 个可见（✓），其余被屏蔽（斜线）。`,
  gridCaption: '每行是一个查询，每列是一个键；✓ 表示可以看到',
  keysAxis: '键（被看的词元）',
  queriesAxis: '查询',
  seen: '✓',
  hidden: '·',
  hatchNote: '斜线 = 被掩码',
  rotated: '旋转后的 Q′ 和 K′（位置从 0 数起：第 1 个词元不转，第 k 个词元按位置 k − 1 旋转）',
  biasTitle: (slope: string) => `ALiBi 偏置 −m·(i − j)，m = ${slope}`,
  scoresTitle: '① 分数 QKᵀ/√d_k',
  maskedTitle: (bias: boolean): string =>
    bias ? '② 加 ALiBi 偏置，再掩码（−∞ 表示被屏蔽）' : '② 掩码后的分数（−∞ 表示被屏蔽）',
  weightsTitle: '③ softmax 权重：每行和为 1',
  weightsSummary: (n: number, row: number, weights: string) =>
    `${n} × ${n} 的注意力权重热力图；查询 ${row} 的一行是 ${weights}。`,
  weightsCaption: '注意力权重（每行是一个查询的 softmax，最后一列是该行之和）',
  sumColumn: 'Σ',
  rowSums: (sums: string) => `每行之和：${sums}`,
  outputTitle: '④ 输出 = 权重 · V（每行是一个查询的输出）',
  corner: '查询 \\ 键',
  outCorner: '查询 \\ 维',
};

export type AttentionLabText = typeof zh;

const en: AttentionLabText = {
  title: 'Attention lab: masks, scaled dot products and position',
  hint: 'Pick a mask to see which keys (columns) each query (row) may see; change the numbers in Q, K and V and follow them step by step: scores QKᵀ/√d_k, the scores with bias and mask, the row-wise softmax weights and the output. Then switch on ALiBi or RoPE and watch the weights move. The example numbers are made up, not a real model’s projections; every result is computed by lib/transformer.',
  tokens: ['I', 'read', 'a', 'good', 'book', 'today'],
  tokenCount: 'Tokens n',
  dk: 'Row width d_k',
  maskLegend: 'Attention mask',
  masks: { full: 'Full', causal: 'Causal', prefix: 'Prefix', sliding: 'Sliding window' } satisfies Record<
    AttentionMaskKind,
    string
  >,
  maskUse: {
    full: 'Used by encoders: BERT, and the encoder of encoder-decoders such as T5. Every query sees every key.',
    causal:
      'Used by decoder-only LMs: GPT, LLaMA; the decoder self-attention of an encoder-decoder is causal too. A query sees itself and earlier keys.',
    prefix:
      'Used by prefix LMs (non-causal decoders): GLM, and U-PaLM (PaLM trained further with UL2R). The prefix sees itself in both directions; after it, causal.',
    sliding:
      'Sliding-window attention: Mistral 7B, and the local layers of Gemma 2 and Gemma 3. A query sees itself and the w − 1 keys before it.',
  } satisfies Record<AttentionMaskKind, string>,
  prefixLength: 'Prefix length',
  window: 'Window w (including itself)',
  positionLegend: 'Position information',
  positions: { none: 'None', alibi: 'ALiBi bias', rope: 'RoPE rotation' } satisfies Record<
    PositionKind,
    string
  >,
  heads: 'ALiBi heads',
  head: 'Use the slope of head',
  slope: (head: number, heads: number, slope: string) => `Head ${head} of ${heads}: slope m = ${slope}`,
  alibiNote:
    'The bias is −m·(i − j) (Press et al. 2022, fig. 3). ALiBi was designed for causal models: the bias above the diagonal is 0 here, so under a full or prefix mask, future keys get no distance penalty.',
  ropeNote:
    'RoPE: each token’s q and k are both rotated by its position (counted from 0; base 10000, half pairing: dimension t goes with t + d_k/2); with d_k = 2 each position turns them by 1 radian. RoPE rotates dimensions in pairs, so d_k must be even.',
  editor: 'Enter Q, K and V (one number per cell, at most 100 in absolute value)',
  matrixName: { q: 'Q (queries)', k: 'K (keys)', v: 'V (values)' } satisfies Record<MatrixName, string>,
  cell: (m: MatrixName, row: number, token: string, col: number) =>
    `${MATRIX[m]} row ${row} (${token}) dimension ${col}`,
  dim: (j: number) => `dim ${j}`,
  query: 'Show the weights of query',
  queryValue: (i: number, token: string) => `${i} (${token})`,
  readout: (i: number, token: string, weights: string, sum: string) =>
    `Query ${i} (${token}) attention weights: ${weights} (sum = ${sum})`,
  error: (e: LabError): string => {
    switch (e.kind) {
      case 'cell':
        return `${MATRIX[e.cell.matrix]} row ${e.cell.row + 1}, dimension ${e.cell.col + 1}${fieldEn(e.error)}. The last valid result stays below.`;
      case 'heads':
        return `The head count${fieldEn(e.error)}; enter a whole number from 1 to 64. The last valid result stays below.`;
      case 'headsRange':
        return `The head count must be a whole number of at least 1, got ${e.value}. The last valid result stays below.`;
      case 'ropeOdd':
        return `RoPE rotates dimensions in pairs, so d_k must be even; it is ${e.dk}. The last valid result stays below.`;
      case 'lib':
        return `Cannot compute: ${e.detail}. The last valid result stays below.`;
    }
  },
  gridTitle: 'Mask: which keys each query may see',
  gridSummary: (kind: string, allowed: number, total: number) =>
    `${kind} mask: ${allowed} of ${total} (query, key) pairs are visible (✓), the rest masked (hatched).`,
  gridCaption: 'One row per query, one column per key; ✓ means visible',
  keysAxis: 'Keys (tokens looked at)',
  queriesAxis: 'Queries',
  seen: '✓',
  hidden: '·',
  hatchNote: 'hatched = masked',
  rotated:
    'Q′ and K′ after rotation (positions count from 0: the first token is not turned, token k is turned by position k − 1)',
  biasTitle: (slope: string) => `ALiBi bias −m·(i − j), m = ${slope}`,
  scoresTitle: '① Scores QKᵀ/√d_k',
  maskedTitle: (bias: boolean): string =>
    bias ? '② Add the ALiBi bias, then mask (−∞ = masked)' : '② Masked scores (−∞ = masked)',
  weightsTitle: '③ Softmax weights: each row sums to 1',
  weightsSummary: (n: number, row: number, weights: string) =>
    `Heatmap of the ${n} × ${n} attention weights; query ${row}’s row is ${weights}.`,
  weightsCaption: 'Attention weights (each row is one query’s softmax; the last column is the row sum)',
  sumColumn: 'Σ',
  rowSums: (sums: string) => `Row sums: ${sums}`,
  outputTitle: '④ Output = weights · V (one row per query)',
  corner: 'query \\ key',
  outCorner: 'query \\ dim',
};

/** The attention lab's words, Chinese first. */
export const TEXT = { zh, en };
