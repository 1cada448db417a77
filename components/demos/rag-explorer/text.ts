import type { PresetKey } from './presets';

export type Method = 'bm25' | 'tfidf' | 'fused';

/** The retriever demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '在本站文字上检索：BM25、TF-IDF 与 RRF',
    hint: (cap: number) =>
      `语料是本站各章每个小节开头的至多 ${cap} 个字（小结和面试题除外），加上术语表；它在构建网站时生成，演示启动时才下载。每段文字按固定长度切块：中文按字符计，空格和标点也算；英文版按空格分隔的词计。每块连同所在小节的标题建索引：汉字按相邻两字组成二元词（bigram，落单的一个字保留为单字），其他文字按词切开并转成小写，不做词干还原。BM25 和 TF-IDF 余弦各排一次序，再用倒数排名融合（RRF，k = 60）合并。`,
    presets: '预设查询',
    presetNames: {
      hybrid: '混合检索',
      'top-p': 'top-p',
      'kv-cache': 'KV 缓存',
      rope: 'RoPE',
      lora: 'LoRA',
      'pass-at-k': 'pass@k',
      'lost-in-the-middle': '中间迷失',
    } satisfies Record<PresetKey, string>,
    query: '查询',
    queryHint: (max: number) =>
      `至多 ${max} 个字符。预设查询带有人工标注的相关小节；自己输入的查询没有标注，只显示排序，不算指标。`,
    empty: '查询是空的：输入一个问题，或选一个预设查询。',
    noTerms: '查询里没有可检索的词：既没有汉字，也没有字母或数字（只有标点、符号或表情）。',
    capped: (max: number) => `查询超过 ${max} 个字符，只用前 ${max} 个字符检索。`,
    keptQuery: '下面仍是上一个有效查询的结果。',
    size: '块大小（字符）',
    overlap: '重叠（字符）',
    k: '取前 k 块',
    chunkError: (message: string) => `lib 拒绝了这组切块参数：${message}。检索仍用上一组有效的切块。`,
    stats: (sections: number, terms: number, chunks: number, size: number, overlap: number) =>
      `语料：${sections} 个小节和 ${terms} 条术语，按每块 ${size} 个字符、重叠 ${overlap} 个字符切成 ${chunks} 块。`,
    loading: '正在下载本站语料……',
    failed: '语料下载失败。',
    retry: '重试',
    readoutLoading: '正在载入语料……',
    readoutFailed: '语料没有载入，无法检索。',
    readoutPreset: (k: number, recall: string, rr: string, ndcg: string, relevant: number) =>
      `RRF 前 ${k} 块：recall@${k} = ${recall}，RR = ${rr}，nDCG@${k} = ${ndcg}（标注为相关的小节有 ${relevant} 个）`,
    readoutCustom: (where: string) => `RRF 第 1 名：${where}（自己输入的查询没有相关性标注，不算指标）`,
    readoutNone: '没有哪一块含有查询里的词。',
    methods: {
      bm25: 'BM25',
      tfidf: 'TF-IDF 余弦',
      fused: 'RRF 融合',
    } satisfies Record<Method, string>,
    methodNotes: {
      bm25: 'k1 = 1.2，b = 0.75，Lucene 的非负 idf',
      tfidf: '确定的稀疏词频向量，不是神经网络嵌入：只有共同的词才计分',
      fused: 'k = 60，两路排名相加',
    } satisfies Record<Method, string>,
    rankingsCaption: (k: number) => `三种排序的前 ${k} 块`,
    score: '分数',
    part: (part: number, parts: number) => `第 ${part}/${parts} 块`,
    relevant: '相关',
    tfidfZero: '查询里没有一个词出现在语料中：查询的 TF-IDF 向量是零向量，余弦没有定义，这一路不参与排序。',
    noHits: '没有命中。',
    metricsCaption: (k: number) => `与人工标注对照：每块记作它所在的小节，前 ${k} 块`,
    meanCaption: (n: number, k: number) => `全部 ${n} 个预设查询的平均，前 ${k} 块（MRR 即 RR 的平均）`,
    method: '检索方式',
    unranked: '无排序',
    promptTitle: '会发给模型的提示',
    promptNote: '演示到此为止：不调用任何模型，也不生成回答。下面的引用链接到每块所在的小节。',
    citations: '引用',
  },
  en: {
    title: 'Retrieval over this site: BM25, TF-IDF and RRF',
    hint: (cap: number) =>
      `The corpus is the opening ${cap} words of every section of this site’s chapters (recaps and interview questions left out) plus the glossary. It is built with the site and downloaded only when the demo starts. Each text is cut into fixed-length chunks: English by whitespace-separated words; the Chinese version by characters, spaces and punctuation included. Each chunk is indexed with its section heading: Chinese characters as overlapping two-character bigrams (a lone character stays a unigram), everything else as lower-cased words, without stemming. BM25 and TF-IDF cosine each rank the chunks; reciprocal rank fusion (RRF, k = 60) merges the two.`,
    presets: 'Preset queries',
    presetNames: {
      hybrid: 'Hybrid retrieval',
      'top-p': 'Top-p',
      'kv-cache': 'KV cache',
      rope: 'RoPE',
      lora: 'LoRA',
      'pass-at-k': 'pass@k',
      'lost-in-the-middle': 'Lost in the middle',
    } satisfies Record<PresetKey, string>,
    query: 'Query',
    queryHint: (max: number) =>
      `At most ${max} characters. Preset queries come with hand-judged relevant sections; a query of your own has none, so it shows rankings without metrics.`,
    empty: 'The query is empty: type a question or pick a preset query.',
    noTerms:
      'The query has nothing to search for: no letter, digit or Chinese character (only punctuation, symbols or emoji).',
    capped: (max: number) =>
      `The query is longer than ${max} characters; only the first ${max} are searched.`,
    keptQuery: 'The results below are still those of the last valid query.',
    size: 'Chunk size (words)',
    overlap: 'Overlap (words)',
    k: 'Top k chunks',
    chunkError: (message: string) =>
      `lib rejects these chunk settings: ${message}. Retrieval still uses the last valid chunking.`,
    stats: (sections: number, terms: number, chunks: number, size: number, overlap: number) =>
      `Corpus: ${sections} sections and ${terms} glossary terms, cut into ${chunks} chunks of ${size} words with an overlap of ${overlap}.`,
    loading: 'Downloading the site’s corpus…',
    failed: 'The corpus could not be downloaded.',
    retry: 'Retry',
    readoutLoading: 'Loading the corpus…',
    readoutFailed: 'The corpus is not loaded, so nothing can be retrieved.',
    readoutPreset: (k: number, recall: string, rr: string, ndcg: string, relevant: number) =>
      `RRF top ${k}: recall@${k} = ${recall}, RR = ${rr}, nDCG@${k} = ${ndcg} (${relevant} sections judged relevant)`,
    readoutCustom: (where: string) =>
      `RRF rank 1: ${where} (a query of your own has no relevance judgements, so no metrics)`,
    readoutNone: 'No chunk contains a term of the query.',
    methods: {
      bm25: 'BM25',
      tfidf: 'TF-IDF cosine',
      fused: 'RRF fusion',
    } satisfies Record<Method, string>,
    methodNotes: {
      bm25: 'k1 = 1.2, b = 0.75, Lucene’s non-negative idf',
      tfidf: 'sparse, deterministic term vectors, not a neural embedding: only shared terms score',
      fused: 'k = 60, the two rankings summed',
    } satisfies Record<Method, string>,
    rankingsCaption: (k: number) => `The top ${k} chunks of each ranking`,
    score: 'score',
    part: (part: number, parts: number) => `chunk ${part}/${parts}`,
    relevant: 'relevant',
    tfidfZero:
      'No query term occurs in the corpus: the query’s TF-IDF vector is zero, its cosine is undefined, and this ranking sits out.',
    noHits: 'No hits.',
    metricsCaption: (k: number) => `Against the hand judgements: each chunk counts as its section, top ${k}`,
    meanCaption: (n: number, k: number) => `Mean over all ${n} preset queries, top ${k} (MRR is the mean RR)`,
    method: 'Retriever',
    unranked: 'no ranking',
    promptTitle: 'The prompt a model would receive',
    promptNote:
      'The demo stops here: no model is called and no answer is generated. The citations link to each chunk’s section.',
    citations: 'Citations',
  },
};

export type RagText = (typeof TEXT)['zh'];
