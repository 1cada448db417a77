import type { FieldError } from '@/components/demos/shared/number-field';
import type { Dtype, ModelKey, Scheme } from '@/components/demos/shared/kv-models';
import type { ShapeField } from './shape';

/** The kv-cache demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: 'KV 缓存：MHA、GQA、MQA 与 MLA 每个 token 占多少字节',
    hint: '解码时每一层都要缓存历史 token 的键和值。同一个模型形状下，四种注意力方案缓存的东西不同，字节数也不同。单位用二进制：1 KiB = 1024 字节，1 MiB = 1024 KiB，1 GiB = 1024 MiB。',
    model: '模型',
    scheme: '注意力方案',
    schemes: {
      mha: 'MHA（每个头一组 K、V）',
      gqa: 'GQA（几个头共享一组 K、V）',
      mqa: 'MQA（所有头共享一组 K、V）',
      mla: 'MLA（缓存压缩的潜向量）',
    } satisfies Record<Scheme, string>,
    short: { mha: 'MHA', gqa: 'GQA', mqa: 'MQA', mla: 'MLA' } satisfies Record<Scheme, string>,
    native: '（该模型实际使用）',
    dtype: '缓存精度',
    dtypes: {
      fp32: 'FP32（4 字节）',
      fp16: 'FP16（2 字节）',
      bf16: 'BF16（2 字节）',
      fp8: 'FP8（1 字节）',
    } satisfies Record<Dtype, string>,
    seqLen: '上下文长度（token）',
    batch: '批大小（序列数）',
    shape: '模型形状（可改）',
    fields: {
      layers: '层数 l',
      heads: '注意力头数 n_h',
      headDim: '每头维度 d_h',
      kvHeads: 'GQA 的 KV 头数',
      latentDim: 'MLA 潜向量维度 d_c',
      ropeDim: 'MLA RoPE 键维度 d_h^R',
    } satisfies Record<ShapeField, string>,
    whatIf: {
      'llama2-7b':
        'Llama 2 7B 实际用 MHA；GQA（8 个 KV 头）和 MLA（d_c = 4d_h，d_h^R = d_h/2，DeepSeek-V2 的比例）是同一形状下的假设。',
      'llama3-8b':
        'Llama 3 8B 实际用 GQA（8 个 KV 头）；MLA 一栏按 DeepSeek-V2 的比例 d_c = 4d_h、d_h^R = d_h/2 假设。',
      'mistral-7b':
        'Mistral 7B 实际用 GQA（8 个 KV 头）；MLA 一栏按 DeepSeek-V2 的比例 d_c = 4d_h、d_h^R = d_h/2 假设。',
      'falcon-7b':
        'Falcon 7B 实际用 MQA（71 个查询头共享一组 K、V）。71 是质数，GQA 只能取 1（即 MQA）或 71（即 MHA）。MLA 一栏是假设。',
      'deepseek-v2':
        'DeepSeek-V2 实际用 MLA（60 层，d_c = 512，d_h^R = 64）；其余三栏按 128 个头、d_h = 128 假设，GQA 取 8 个 KV 头。',
      'deepseek-v3':
        'DeepSeek-V3 实际用 MLA（61 层，d_c = 512，d_h^R = 64）；其余三栏按 128 个头、d_h = 128 假设，GQA 取 8 个 KV 头。',
    } satisfies Record<ModelKey, string>,
    formula:
      'MHA / GQA / MQA：每 token 字节 = 2 · l · n_kv · d_h · 每元素字节（2 是键和值各一份；n_kv 分别是 n_h、GQA 的 KV 头数、1）。MLA：每 token 字节 = l · (d_c + d_h^R) · 每元素字节。总量再乘以上下文长度和批大小。',
    readout: (scheme: string, bytes: string, human: string) =>
      `${scheme}：每个 token ${bytes} 字节（${human}）`,
    total: (human: string, bytes: string, seqLen: string, batch: number) =>
      `总 KV 缓存 ${human}（${bytes} 字节），${seqLen} 个 token × ${batch} 条序列。`,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}”是空的。` : `“${field}”里的“${e.text}”不是数字。`,
    libError: (scheme: string, message: string) => `${scheme} 的参数无效（lib 报错）：${message}`,
    kvHeadsError: (kv: number, heads: number) => `GQA 的 KV 头数 ${kv} 必须整除注意力头数 ${heads}。`,
    tooLarge: '字节数超过 2⁵³，浮点数无法精确表示；请把尺寸调小。',
    kept: '下面仍显示上一次有效输入的结果。',
    chartTitle: '四种方案每个 token 的 KV 缓存',
    chartSummary: (model: string, scheme: string, human: string, mla: string, mha: string) =>
      `条形图：${model} 形状下每个 token 的 KV 缓存。当前选中 ${scheme}，${human}；MHA ${mha}，MLA ${mla}。`,
    axis: (unit: string) => `每个 token 的 ${unit}`,
    tableCaption: '四种方案的缓存量',
    columns: ['方案', '每 token 每层缓存的元素', '每 token 字节', '总量'],
    elements: {
      mha: (n: number, d: number) => `2 × ${n} × ${d}`,
      mla: (c: number, r: number) => `${c} + ${r}`,
    },
    selected: '（选中）',
  },
  en: {
    title: 'KV cache: bytes per token under MHA, GQA, MQA and MLA',
    hint: 'While decoding, every layer keeps the keys and values of past tokens. For the same model shape the four attention schemes cache different things and different amounts. Units are binary: 1 KiB = 1024 bytes, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB.',
    model: 'Model',
    scheme: 'Attention scheme',
    schemes: {
      mha: 'MHA (a K and V per head)',
      gqa: 'GQA (groups of heads share a K and V)',
      mqa: 'MQA (all heads share one K and V)',
      mla: 'MLA (cache a compressed latent)',
    } satisfies Record<Scheme, string>,
    short: { mha: 'MHA', gqa: 'GQA', mqa: 'MQA', mla: 'MLA' } satisfies Record<Scheme, string>,
    native: ' (what the model uses)',
    dtype: 'Cache precision',
    dtypes: {
      fp32: 'FP32 (4 bytes)',
      fp16: 'FP16 (2 bytes)',
      bf16: 'BF16 (2 bytes)',
      fp8: 'FP8 (1 byte)',
    } satisfies Record<Dtype, string>,
    seqLen: 'Context length (tokens)',
    batch: 'Batch size (sequences)',
    shape: 'Model shape (editable)',
    fields: {
      layers: 'Layers l',
      heads: 'Attention heads n_h',
      headDim: 'Head dimension d_h',
      kvHeads: 'KV heads under GQA',
      latentDim: 'MLA latent d_c',
      ropeDim: 'MLA RoPE key d_h^R',
    } satisfies Record<ShapeField, string>,
    whatIf: {
      'llama2-7b':
        'Llama 2 7B uses MHA; GQA (8 KV heads) and MLA (d_c = 4d_h, d_h^R = d_h/2, DeepSeek-V2’s ratios) are what-ifs on the same shape.',
      'llama3-8b':
        'Llama 3 8B uses GQA (8 KV heads); the MLA bar is a what-if with DeepSeek-V2’s ratios d_c = 4d_h, d_h^R = d_h/2.',
      'mistral-7b':
        'Mistral 7B uses GQA (8 KV heads); the MLA bar is a what-if with DeepSeek-V2’s ratios d_c = 4d_h, d_h^R = d_h/2.',
      'falcon-7b':
        'Falcon 7B uses MQA (71 query heads share one K and V). 71 is prime, so GQA can only be 1 (MQA) or 71 (MHA). The MLA bar is a what-if.',
      'deepseek-v2':
        'DeepSeek-V2 uses MLA (60 layers, d_c = 512, d_h^R = 64); the other bars are what-ifs with 128 heads of d_h = 128 and 8 KV heads for GQA.',
      'deepseek-v3':
        'DeepSeek-V3 uses MLA (61 layers, d_c = 512, d_h^R = 64); the other bars are what-ifs with 128 heads of d_h = 128 and 8 KV heads for GQA.',
    } satisfies Record<ModelKey, string>,
    formula:
      'MHA / GQA / MQA: bytes per token = 2 · l · n_kv · d_h · bytes per element (2 for a key and a value; n_kv is n_h, the GQA KV heads, or 1). MLA: bytes per token = l · (d_c + d_h^R) · bytes per element. The total multiplies by context length and batch.',
    readout: (scheme: string, bytes: string, human: string) =>
      `${scheme}: ${bytes} bytes per token (${human})`,
    total: (human: string, bytes: string, seqLen: string, batch: number) =>
      `Whole KV cache ${human} (${bytes} bytes) for ${seqLen} ${seqLen === '1' ? 'token' : 'tokens'} × ${batch} ${batch === 1 ? 'sequence' : 'sequences'}.`,
    fieldError: (field: string, e: FieldError) =>
      e.kind === 'empty' ? `“${field}” is empty.` : `“${e.text}” in “${field}” is not a number.`,
    libError: (scheme: string, message: string) => `Invalid ${scheme} size (lib error): ${message}`,
    kvHeadsError: (kv: number, heads: number) =>
      `GQA’s ${kv} KV heads must divide the ${heads} attention heads.`,
    tooLarge: 'The byte count is above 2⁵³, where floating point stops counting exactly; use smaller sizes.',
    kept: 'The result below is still the last valid input’s.',
    chartTitle: 'KV cache per token under the four schemes',
    chartSummary: (model: string, scheme: string, human: string, mla: string, mha: string) =>
      `Bar chart: KV cache per token for the ${model} shape. Selected ${scheme}: ${human}; MHA ${mha}, MLA ${mla}.`,
    axis: (unit: string) => `${unit} per token`,
    tableCaption: 'The cache under each scheme',
    columns: ['Scheme', 'Elements per token per layer', 'Bytes per token', 'Total'],
    elements: {
      mha: (n: number, d: number) => `2 × ${n} × ${d}`,
      mla: (c: number, r: number) => `${c} + ${r}`,
    },
    selected: ' (selected)',
  },
};

export type KvText = (typeof TEXT)['zh'];
