/**
 * The chunking-tradeoff demo's sample document in each language — a short piece on the KV cache
 * (the topic of decoding/acceleration on this site) — and preset questions, each with the exact
 * passage of the document that answers it. Chinese is chunked by characters, English by words.
 * Pure data; tests/unit/demos/chunking-tradeoff-sample.test.ts checks that every answer occurs
 * exactly once in its document.
 */
import type { ChunkUnit } from '@/lib/retrieval/chunking';
import type { Locale } from '@/lib/i18n';

export interface SampleQuestion {
  readonly id: string;
  readonly question: string;
  /** a passage quoted exactly from the document */
  readonly answer: string;
}

export interface SampleDocument {
  readonly title: string;
  readonly unit: ChunkUnit;
  readonly text: string;
  readonly questions: readonly SampleQuestion[];
}

const EN_TEXT = [
  'A decoder-only language model writes one token at a time. At every step the new token attends to all the tokens before it, and that needs a key vector and a value vector for each earlier position in every layer. Without a cache the model would recompute all of those vectors at every step, so generating a long answer would repeat the same work over and over.',
  'The KV cache removes the repetition. Attention is causal, so the keys and values of earlier tokens never change once they have been computed. The model stores them and, at each new step, computes the key and value of the newest token only, then multiplies one query against all the stored keys. Prefill runs the whole prompt in parallel and fills the cache; decoding then appends one entry per generated token.',
  'The price is memory. Every layer keeps a key and a value for every KV head and every token, so each token costs 2 × layers × KV heads × head dimension × bytes per element. Llama 2 7B has 32 layers and 32 heads of dimension 128; in 16-bit precision that is 524,288 bytes, or half a mebibyte, per token. A context of 4,096 tokens therefore takes 2 GiB for one sequence, and a batch multiplies it again.',
  'Several designs shrink that bill. Multi-query attention keeps a single key head and a single value head for all query heads. Grouped-query attention sits in between: several query heads share one key head and one value head, so Llama 3 8B caches 8 KV heads instead of 32 and needs a quarter of the memory per token. Multi-head latent attention, used by DeepSeek-V2, caches one compressed latent vector per token, plus a small key that carries the rotary position, and rebuilds keys and values from it.',
  'Memory is also lost to layout. Reserving one contiguous buffer per request, sized for the longest possible output, leaves most of it empty. PagedAttention, the idea behind vLLM, splits the cache into fixed-size blocks, like pages of virtual memory, and keeps a table from each sequence’s logical blocks to physical ones. Memory is then allocated as tokens arrive, and requests with the same prefix can share blocks.',
  'Long inputs raise another question: which entries must be kept at all? A sliding window keeps only the most recent tokens, which bounds memory but forgets the beginning of the text. StreamingLLM observed that many attention heads put large weight on the first few tokens, and that keeping these attention sinks next to the window keeps perplexity stable over very long streams. Eviction methods such as H2O keep the tokens that have drawn the most attention so far. Quantising the cache to 8 or even 2 bits is another lever, paid for in accuracy.',
  'Finally, the cache changes where the time goes. Prefill is bound by compute, because it multiplies large matrices. Each decoding step reads the whole cache and all the weights to produce a single token, so it is bound by memory bandwidth. That is why serving many requests in one batch raises throughput: the weights are read once per step for all of them.',
].join('\n\n');

const ZH_TEXT = [
  '仅解码器的语言模型逐个 token 地生成文本。每一步，新 token 都要对它之前的所有 token 做注意力，这需要每一层里每个先前位置的键向量和值向量。如果不缓存，模型每走一步都要把这些向量重新算一遍，生成一段长回答就会把同样的计算重复许多次。',
  'KV 缓存消除了这种重复。注意力是因果的，先前 token 的键和值一旦算出就不会再变，所以模型把它们存下来，每一步只计算最新 token 的键和值，再用一个查询去乘已存的全部键。预填充阶段并行处理整段提示词并填满缓存，随后的解码阶段每生成一个 token 就追加一条。',
  '代价是显存。每一层都要为每个 KV 头、每个 token 存一个键和一个值，所以每个 token 的开销是 2 × 层数 × KV 头数 × 头维度 × 每个元素的字节数。Llama 2 7B 有 32 层、32 个头，头维度 128；用 16 位精度时，每个 token 占 524,288 字节，也就是半个 MiB。4,096 个 token 的上下文因此要 2 GiB，这还只是一条序列，批量推理时还要再乘以批大小。',
  '有几种设计能压低这笔开销。多查询注意力让所有查询头共用一个键头和一个值头。分组查询注意力介于两者之间：若干个查询头共享一个键头和一个值头，于是 Llama 3 8B 只缓存 8 个 KV 头而不是 32 个，每个 token 的显存降到四分之一。DeepSeek-V2 使用的多头潜在注意力每个 token 只缓存一个压缩后的潜在向量，外加一个携带旋转位置的小键，再由潜在向量重建键和值。',
  '布局也会浪费显存。按最长可能的输出为每个请求预留一整块连续缓冲区，大部分空间都会闲置。vLLM 背后的 PagedAttention 把缓存切成固定大小的块，就像虚拟内存的分页，并用一张表把每条序列的逻辑块映射到物理块。这样显存随 token 到来按需分配，前缀相同的请求还能共享块。',
  '输入很长时，问题变成哪些条目非留不可。滑动窗口只保留最近的 token，显存有了上界，却忘掉了文本的开头。StreamingLLM 发现许多注意力头把大量权重放在最开始的几个 token 上，把这些注意力汇聚点和窗口一起保留，就能在极长的输入流上让困惑度保持稳定。H2O 等淘汰方法保留迄今为止累计注意力最多的 token。把缓存量化到 8 位甚至 2 位是另一条路，代价是精度。',
  '最后，缓存还改变了时间花在哪里。预填充做的是大矩阵乘法，受限于算力；解码的每一步都要把整个缓存和全部权重读一遍才产出一个 token，因此受限于显存带宽。这也是把许多请求合成一批能提高吞吐量的原因：每一步的权重只读一次，却同时服务所有请求。',
].join('\n\n');

export const SAMPLES: Record<Locale, SampleDocument> = {
  zh: {
    title: 'KV 缓存',
    unit: 'character',
    text: ZH_TEXT,
    questions: [
      {
        id: 'reuse',
        question: '为什么先前 token 的键和值可以复用？',
        answer: '先前 token 的键和值一旦算出就不会再变',
      },
      {
        id: 'bytes',
        question: 'Llama 2 7B 在 16 位精度下每个 token 的 KV 缓存有多大？',
        answer: '每个 token 占 524,288 字节，也就是半个 MiB',
      },
      { id: 'gqa', question: '分组查询注意力共享的是什么？', answer: '若干个查询头共享一个键头和一个值头' },
      {
        id: 'paged',
        question: 'PagedAttention 怎样组织缓存？',
        answer: '把缓存切成固定大小的块，就像虚拟内存的分页',
      },
    ],
  },
  en: {
    title: 'The KV cache',
    unit: 'word',
    text: EN_TEXT,
    questions: [
      {
        id: 'reuse',
        question: 'Why can the keys and values of earlier tokens be reused?',
        answer: 'the keys and values of earlier tokens never change once they have been computed',
      },
      {
        id: 'bytes',
        question: 'How much KV cache does Llama 2 7B need per token in 16-bit precision?',
        answer: 'that is 524,288 bytes, or half a mebibyte, per token',
      },
      {
        id: 'gqa',
        question: 'What does grouped-query attention share?',
        answer: 'several query heads share one key head and one value head',
      },
      {
        id: 'paged',
        question: 'How does PagedAttention lay out the cache?',
        answer: 'splits the cache into fixed-size blocks, like pages of virtual memory',
      },
    ],
  },
};

/**
 * Where a question's answer sits in its document ([start, end) UTF-16 indices).
 *
 * @throws {Error} when the answer is not in the document (a bug in this file; the unit test guards it).
 * @example answerSpan(SAMPLES.en, SAMPLES.en.questions[0]!).start // 422
 */
export function answerSpan(doc: SampleDocument, q: SampleQuestion): { start: number; end: number } {
  const start = doc.text.indexOf(q.answer);
  if (start < 0) throw new Error(`answer of ${q.id} is not in the ${doc.title} document`);
  return { start, end: start + q.answer.length };
}
