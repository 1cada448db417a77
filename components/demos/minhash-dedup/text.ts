/** The minhash-dedup demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: 'MinHash + LSH：估计两篇文档有多像',
    hint: '把文档切成长度为 n 的 shingle 集合，精确 Jaccard 相似度与 MinHash 估计并排；签名切成 b 个带、每带 r 行，任一带完全相同就成为候选对。改一改文字、n、b、r，看估计的误差和 S 形曲线怎么变。',
    docA: '文档 A',
    docB: '文档 B',
    unit: 'shingle 单位',
    units: { char: '字符', word: '词（按空白切分）' },
    size: 'shingle 长度 n',
    bands: '带数 b',
    rows: '每带行数 r',
    seed: '哈希种子',
    readout: (j: string, est: string, se: string, k: number) =>
      `精确 Jaccard = ${j} · MinHash 估计 = ${est}（k = ${k} 个哈希，标准误 ≈ ${se}）`,
    counts: (a: number, b: number, shared: number, union: number) =>
      `A 有 ${a} 个 shingle，B 有 ${b} 个；交集 ${shared} 个，并集 ${union} 个。`,
    candidate: (yes: boolean, p: string, t: string) =>
      `${yes ? '这一对成为 LSH 候选对（至少一个带完全相同）' : '这一对没有成为 LSH 候选对（每个带都至少有一行不同）'}。按 Jaccard 相似度，成为候选的概率是 ${p}；曲线最陡处约在 s ≈ ${t}。`,
    sample: '仅在 A 中的 shingle（前 8 个）',
    sampleB: '仅在 B 中的 shingle（前 8 个）',
    none: '（无）',
    cut: (max: number) => `文档超过 ${max} 个字符，只取前 ${max} 个。`,
    empty: (doc: string) => `${doc} 为空（只有空白也算空），请输入文字；下面仍显示上一次的结果。`,
    wordsNote:
      '中文没有空格，按“词”切分会把整段当成一个词；中文文档请用字符 shingle（真实流水线先分词或直接用字符 n-gram）。',
    chartTitle: 'LSH 成为候选对的概率',
    chartLabel: (b: number, r: number, j: string, p: string) =>
      `S 形曲线 P(s) = 1 − (1 − s^${r})^${b}（b = ${b}, r = ${r}）；当前文档对的 Jaccard 相似度 ${j}，对应概率 ${p}。`,
    x: 'Jaccard 相似度 s',
    y: '成为候选对的概率',
    legendCurve: 'P(s) = 1 − (1 − sʳ)ᵇ',
    legendPair: '当前文档对的 Jaccard',
    legendThreshold: '近似阈值 (1/b)^(1/r)',
    table: 'S 形曲线上的点',
    caption: (b: number, r: number) => `b = ${b}, r = ${r} 时各相似度下成为候选对的概率`,
    columns: ['Jaccard 相似度 s', '成为候选的概率'],
  },
  en: {
    title: 'MinHash + LSH: how alike are two documents?',
    hint: 'Each document becomes a set of shingles of length n; the exact Jaccard similarity sits beside the MinHash estimate. The signature is cut into b bands of r rows, and a pair becomes a candidate when any band matches exactly. Edit the texts, n, b and r, and watch the estimate’s error and the S-curve.',
    docA: 'Document A',
    docB: 'Document B',
    unit: 'Shingle unit',
    units: { char: 'characters', word: 'words (split on whitespace)' },
    size: 'Shingle length n',
    bands: 'Bands b',
    rows: 'Rows per band r',
    seed: 'Hash seed',
    readout: (j: string, est: string, se: string, k: number) =>
      `Exact Jaccard = ${j} · MinHash estimate = ${est} (k = ${k} hashes, standard error ≈ ${se})`,
    counts: (a: number, b: number, shared: number, union: number) =>
      `A has ${a} shingles, B has ${b}; ${shared} shared, ${union} in the union.`,
    candidate: (yes: boolean, p: string, t: string) =>
      `${yes ? 'This pair is an LSH candidate (at least one band matches exactly)' : 'This pair is not an LSH candidate (every band differs in at least one row)'}. At this Jaccard similarity the probability of becoming a candidate is ${p}; the curve is steepest near s ≈ ${t}.`,
    sample: 'Shingles only in A (first 8)',
    sampleB: 'Shingles only in B (first 8)',
    none: '(none)',
    cut: (max: number) => `The document is longer than ${max} characters; only the first ${max} are used.`,
    empty: (doc: string) =>
      `${doc} is empty (whitespace only counts as empty): type some text. The last result stays below.`,
    wordsNote:
      'Chinese has no spaces, so word shingles turn a whole passage into one word; use character shingles for Chinese (real pipelines segment words first or use character n-grams).',
    chartTitle: 'Probability of becoming an LSH candidate',
    chartLabel: (b: number, r: number, j: string, p: string) =>
      `S-curve P(s) = 1 − (1 − s^${r})^${b} (b = ${b}, r = ${r}); the current pair has Jaccard similarity ${j}, probability ${p}.`,
    x: 'Jaccard similarity s',
    y: 'Probability of being a candidate',
    legendCurve: 'P(s) = 1 − (1 − sʳ)ᵇ',
    legendPair: 'Jaccard of the current pair',
    legendThreshold: 'Approximate threshold (1/b)^(1/r)',
    table: 'Points on the S-curve',
    caption: (b: number, r: number) =>
      `Probability of becoming a candidate at each similarity, b = ${b}, r = ${r}`,
    columns: ['Jaccard similarity s', 'Probability of a candidate'],
  },
};

export type MinhashText = (typeof TEXT)['zh'];
