import type { FieldError } from '@/components/demos/shared/number-field';
import type { Dtype } from '@/components/demos/shared/kv-models';
import type { StreamingMaskKind } from '@/lib/frontiers/attention-masks';
import type { MemoryField } from './state';

const fieldZh = (e: FieldError) => (e.kind === 'empty' ? '不能为空' : `“${e.text}” 不是数字`);
const fieldEn = (e: FieldError) => (e.kind === 'empty' ? 'is empty' : `“${e.text}” is not a number`);

/** The attention-masks demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '长上下文的三种注意力掩码：滑动窗口、注意力汇聚点、Λ 形',
    hint: '行是查询位置 i，列是键位置 j（从 0 数起）。格子里的数是位置编码看到的相对距离：窗口内就是真实距离 i − j；StreamingLLM 按键在缓存里的位置重新编号，所以远处的汇聚点看起来只隔“缓存长度”那么远；LM-Infinite 把窗口外的全局 token 一律放在距离上限处（上限取窗口大小，与其代码 limit_distance = local_branch 一致）。划斜线的格子被掩掉。所有数字都由 lib/frontiers 算出。',
    gridTitle: '小序列上的掩码',
    seqLen: '序列长度 n',
    window: '窗口 w（含查询自身）',
    starting: '开头保留的 token 数 s',
    kinds: {
      sliding: '滑动窗口',
      sinks: '汇聚点 + 窗口（StreamingLLM）',
      lambda: 'Λ 形（LM-Infinite）',
    } satisfies Record<StreamingMaskKind, string>,
    gridKept: (kept: number, n: number) => `最后一个查询看到 ${kept} / ${n} 个键`,
    gridSummary: (kind: string, n: number, w: number, s: number, kept: number) =>
      `${kind}的因果掩码：${n} 个 token，窗口 ${w}，开头保留 ${s} 个；最后一个查询看到 ${kept} 个键。`,
    gridX: '键位置 j',
    gridY: '查询位置 i',
    gridCaption: (kind: string) => `${kind}：每个查询看到的键，写作“键位置→位置编码看到的距离”`,
    gridColumns: ['查询 i', '看到的键（j→距离）'],
    legendWindow: '窗口内的键',
    legendStarting: '窗口外、因开头保留而可见的键（框出的列）',
    legendMasked: '被掩掉（斜线）',
    memoryTitle: '真实长度下的 KV 缓存',
    fields: {
      length: '已处理长度 L',
      window: '窗口 W',
      sinks: '汇聚点数',
      global: '全局 token 数',
    } satisfies Record<MemoryField, string>,
    fieldHints: {
      length: 'token',
      window: 'token，含当前 token',
      sinks: 'StreamingLLM 默认 4',
      global: 'LM-Infinite 默认 10',
    } satisfies Record<MemoryField, string>,
    model: '模型',
    dtype: '缓存精度',
    dtypes: {
      fp32: 'fp32（4 字节）',
      fp16: 'fp16（2 字节）',
      bf16: 'bf16（2 字节）',
      fp8: 'fp8（1 字节）',
    } satisfies Record<Dtype, string>,
    readout: (L: string, full: string, fullBytes: string, parts: string) =>
      `L = ${L}：完整缓存 ${full} 个 token（${fullBytes}）· ${parts}`,
    readoutPart: (kind: string, tokens: string, bytes: string) => `${kind} ${tokens}（${bytes}）`,
    perToken: (model: string, bytes: string, heads: number) =>
      `${model} 每个 token 缓存 ${bytes}（${heads} 个 KV 头，按 2 × 层数 × KV 头数 × 头维度 × 字节数）。`,
    memoryNote:
      '“保留”指最新查询还能看到的键：丢掉看不到的条目后缓存就是这么大。StreamingLLM 的代码（StartRecentKVCache）确实会丢弃它们；LM-Infinite 的参考实现把所有键都留在缓存里，只读取这些，所以要省下内存还得另外做淘汰。',
    memoryCaption: 'L 个 token 之后各方案保留的键和缓存大小（批大小 1）',
    memoryColumns: ['方案', '保留 token', '缓存大小'],
    full: '完整因果注意力',
    fieldError: (field: string, e: FieldError) => `${field}${fieldZh(e)}。`,
    tooMany: (field: string, max: string) => `${field}不能超过 ${max}。`,
    libError: (message: string) => `无法计算：${message}。`,
    kept: '下方仍显示上一次有效的结果。',
  },
  en: {
    title: 'Three attention masks for long streams: sliding window, attention sinks, Λ-shaped',
    hint: 'Rows are query positions i, columns key positions j (from 0). Each cell shows the relative distance the position encoding sees: inside the window it is the true distance i − j; StreamingLLM renumbers keys by their place in the cache, so a far-away sink looks only a cache length away; LM-Infinite puts every global token outside the window at the distance limit (here the window size, as its code sets limit_distance = local_branch). Hatched cells are masked. Every number comes from lib/frontiers.',
    gridTitle: 'The masks on a short sequence',
    seqLen: 'Sequence length n',
    window: 'Window w (query included)',
    starting: 'Starting tokens kept s',
    kinds: {
      sliding: 'Sliding window',
      sinks: 'Sinks + window (StreamingLLM)',
      lambda: 'Λ-shaped (LM-Infinite)',
    } satisfies Record<StreamingMaskKind, string>,
    gridKept: (kept: number, n: number) => `the last query sees ${kept} of ${n} keys`,
    gridSummary: (kind: string, n: number, w: number, s: number, kept: number) =>
      `Causal mask of ${kind}: ${n} tokens, window ${w}, ${s} starting tokens kept; the last query sees ${kept} keys.`,
    gridX: 'Key position j',
    gridY: 'Query position i',
    gridCaption: (kind: string) =>
      `${kind}: the keys each query sees, as “key position→distance the position encoding sees”`,
    gridColumns: ['Query i', 'Keys seen (j→distance)'],
    legendWindow: 'key inside the window',
    legendStarting: 'key outside the window, kept as a starting token (outlined columns)',
    legendMasked: 'masked (hatched)',
    memoryTitle: 'The KV cache at real lengths',
    fields: {
      length: 'Length so far L',
      window: 'Window W',
      sinks: 'Attention sinks',
      global: 'Global tokens',
    } satisfies Record<MemoryField, string>,
    fieldHints: {
      length: 'tokens',
      window: 'tokens, current one included',
      sinks: 'StreamingLLM default 4',
      global: 'LM-Infinite default 10',
    } satisfies Record<MemoryField, string>,
    model: 'Model',
    dtype: 'Cache precision',
    dtypes: {
      fp32: 'fp32 (4 bytes)',
      fp16: 'fp16 (2 bytes)',
      bf16: 'bf16 (2 bytes)',
      fp8: 'fp8 (1 byte)',
    } satisfies Record<Dtype, string>,
    readout: (L: string, full: string, fullBytes: string, parts: string) =>
      `L = ${L}: full cache ${full} tokens (${fullBytes}) · ${parts}`,
    readoutPart: (kind: string, tokens: string, bytes: string) => `${kind} ${tokens} (${bytes})`,
    perToken: (model: string, bytes: string, heads: number) =>
      `${model} caches ${bytes} per token (${heads} KV heads; 2 × layers × KV heads × head dimension × bytes).`,
    memoryNote:
      '“Kept” means the keys the newest query can still see: a cache that drops the rest holds exactly these. StreamingLLM’s code (StartRecentKVCache) does drop them; LM-Infinite’s reference implementation keeps every key in the cache and only reads these, so saving the memory takes an eviction step of your own.',
    memoryCaption: 'Keys kept and cache size after L tokens (batch 1)',
    memoryColumns: ['Scheme', 'Tokens kept', 'Cache size'],
    full: 'Full causal attention',
    fieldError: (field: string, e: FieldError) => `${field} ${fieldEn(e)}.`,
    tooMany: (field: string, max: string) => `${field} can be at most ${max}.`,
    libError: (message: string) => `Cannot compute: ${message}.`,
    kept: 'The last valid result stays below.',
  },
};

export type AttentionMasksText = (typeof TEXT)['zh'];
