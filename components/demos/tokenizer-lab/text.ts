import type { CorpusError, CountReason, WordsError } from './corpus';

/** Encoding labels: the name the code uses, and the models that use it (gpt-tokenizer's model map). */
const ENCODING_NAMES = {
  o200k_base: 'o200k_base (GPT-4o)',
  cl100k_base: 'cl100k_base (GPT-4, GPT-3.5-turbo)',
};

const zhCount: Record<CountReason, string> = {
  notNumber: '不是数字',
  negative: '是负数',
  fraction: '不是整数',
  zero: '是 0（次数至少为 1）',
  tooBig: '太大（最多 1,000,000）',
};
const enCount: Record<CountReason, string> = {
  notNumber: 'is not a number',
  negative: 'is negative',
  fraction: 'is not a whole number',
  zero: 'is 0 (a count is at least 1)',
  tooBig: 'is too large (at most 1,000,000)',
};

/** The tokenizer lab's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '分词实验室：GPT 分词器、BPE 训练与三种子词算法',
    hint: '真实的 GPT 分词器（按需加载）、在你的语料上逐步训练 BPE、同一批词在三种算法下的切分。',
    tablist: '分词实验室的页签',
    tabs: { gpt: 'GPT 分词器', bpe: 'BPE 训练', compare: '三种算法对比' },
    // GPT tab
    gptText: '要切分的文本（中文、英文或混排）',
    encoding: '编码（词表）',
    encodings: ENCODING_NAMES,
    byteView: '字节级视图（GPT-2 的字节→字符映射表）',
    gptIdle: (enc: string) =>
      `${enc}：分词器的词表很大（gzip 后 o200k_base 约 1 MB，cl100k_base 约 0.4 MB），点“加载分词器”、开始输入或切换编码时才下载`,
    gptLoad: '加载分词器',
    gptLoading: (enc: string) => `${enc}：正在加载分词器……`,
    gptFailed: (enc: string) => `${enc}：分词器加载失败（网络问题？）`,
    gptReady: (enc: string) => `${enc}：分词器已就绪，输入文本即可切分`,
    retry: '重试',
    gptReadout: (enc: string, tokens: number, chars: number, bytes: number, ratio: string) =>
      `${enc}：${tokens} 个词元 · ${chars} 个字符 · ${bytes} 个 UTF-8 字节 · 每字符 ${ratio} 个词元`,
    gptEmpty: '文本是空的：输入一些文字再看切分结果（下面保留上一次的结果）。',
    gptTruncated: (max: number) => `文本超过 ${max} 个字符，只切分前 ${max} 个。`,
    gptSurrogates: (count: number, index: number, code: string) =>
      `文本含 ${count} 个孤立代理项（首个在位置 ${index}：${code}），它没有 UTF-8 编码；这里像 tiktoken 一样换成 U+FFFD（�）再切分。`,
    gptMismatch: '词元的字节数与文本的字节数对不上，字节视图可能不准。',
    gptChips: (shown: number, total: number) =>
      shown < total ? `词元（只画出前 ${shown} 个，共 ${total} 个；计数包含全部）` : '词元（下方小字是 id）',
    partial: (hex: string) => `不完整的 UTF-8 字节序列 ${hex}`,
    chipsNote:
      '边框是词元边界，颜色只区分相邻词元；␣ 是空格，↵ 是换行。虚线框里的十六进制是不完整的 UTF-8 字符，单独解码只会得到 �。',
    byteLevelText: '整段文本的字节级写法（byteLevelEncode）：',
    byteLevelNote:
      'GPT-2 把每个字节映射成一个可见字符：可打印字符不变，空格、控制符等 68 个字节移到 U+0100 之后（空格→Ġ，换行→Ċ），所以“中”的字节 E4 B8 AD 写作 ä¸Ń。GPT-2 的 encoder.json 和 HF 的字节级分词器用这种写法，tiktoken 存原始字节。',
    specialNote: '<|endoftext|> 等特殊词元字符串按普通文本切分（tiktoken 的 encode_ordinary）。',
    statsCaption: '中日韩（CJK）字符与其他字符分开统计',
    statsColumns: ['部分', '字符', 'UTF-8 字节', '词元', '每字符词元数'],
    statsRows: { cjk: 'CJK 字符', other: '其他字符', total: '合计' },
    statsBoth: (n: number) => `另有 ${n} 个词元横跨 CJK 与其他字符（如带前导空格的汉字），不计入任一部分。`,
    statsNote: 'CJK 指汉字、假名、谚文、注音和全角标点；空格算“其他”。切换编码，比较同一段中文的词元数。',
    // BPE tab
    corpus: '语料：每行“词 次数”',
    corpusCount: (words: number) => `共 ${words} 个不同的词`,
    corpusError: (e: CorpusError): string => {
      switch (e.kind) {
        case 'empty':
          return '语料是空的：至少写一行“词 次数”。';
        case 'fields':
          return `第 ${e.line} 行有 ${e.fields} 项：每行应是“词 次数”两项，用空格隔开。`;
        case 'count':
          return `第 ${e.line} 行的次数“${e.value}”${zhCount[e.reason]}：次数必须是正整数。`;
        case 'duplicate':
          return `第 ${e.line} 行的词“${e.word}”在第 ${e.first} 行已经出现过：把次数合并到一行。`;
        case 'long':
          return `第 ${e.line} 行的词超过 ${e.max} 个字符。`;
        case 'surrogate':
          return `第 ${e.line} 行含孤立代理项 ${e.code}：它不是合法字符，请删掉。`;
        case 'tooMany':
          return `语料有 ${e.words} 个词，最多 ${e.max} 个。`;
      }
    },
    merges: '合并次数',
    step: '合并一步',
    back: '退一步',
    reset: '重置',
    bpeReadout0: (vocab: number, words: number) =>
      `尚未合并 · 词表 = ${vocab} 个基础字符 · ${words} 个词全部按字符切开`,
    bpeReadout: (k: number, total: number, left: string, right: string, count: number, vocab: number) =>
      `第 ${k}/${total} 次合并：(${left}, ${right}) → ${left}${right}，出现 ${count} 次 · 词表 ${vocab} 个`,
    nextMerge: (left: string, right: string, count: number) =>
      `下一次合并：(${left}, ${right}) → ${left}${right}，出现 ${count} 次。`,
    noMore: '没有可合并的相邻对了：每个词都已是一个词元。',
    tieNote: '并列时取先遇到的那一对（HF 课程的做法；🤗 Tokenizers 按内部 id 取）。',
    mergeTable: '已学到的合并规则',
    mergeColumns: ['次序', '相邻对', '新词元', '出现次数'],
    vocab: (n: number) => `当前词表（${n} 个：基础字符 + 合并出的词元）`,
    segTable: '语料中每个词的当前切分',
    segColumns: ['词', '次数', '词元'],
    testWords: '测试词（空格分隔）',
    testPresets: '示例',
    testError: (e: WordsError): string => {
      switch (e.kind) {
        case 'empty':
          return '输入至少一个测试词。';
        case 'long':
          return `第 ${e.word} 个测试词超过 ${e.max} 个字符。`;
        case 'surrogate':
          return `测试词含孤立代理项 ${e.code}：它不是合法字符，请删掉。`;
        case 'tooMany':
          return `测试词有 ${e.words} 个，最多 ${e.max} 个。`;
      }
    },
    unknownMark: '不在词表',
    unknownNote:
      '红色虚线框的字符不在训练语料里：bpeTokenize 把它原样留作词元，HF 课程的字符级 BPE 会输出 [UNK]；字节级 BPE 的基础词表含全部 256 个字节，不会遇到这种情况。',
    // Compare tab
    compareIntro: (k: number) =>
      `语料里的词和测试词，用三种算法切分；BPE 用“BPE 训练”页签在同一语料上学到的前 ${k} 条合并。`,
    compareColumns: ['词', 'BPE', 'WordPiece（##）', 'Unigram（▁）'],
    compareTable: '三种算法的切分',
    compareReadout: (word: string, bpe: string, wp: string, uni: string) =>
      `${word} → BPE：${bpe} | WordPiece：${wp} | Unigram：${uni}`,
    noSegmentation: (ch: string) => `无法切分：“${ch}”不在任何片段里`,
    wpSource: 'WordPiece 词表',
    wpSources: {
      course: 'HF 课程学到的 10 项（固定）',
      derived: '由 BPE 结果改写',
    },
    wpCourseNote:
      'WordPiece 词表取自 HF 课程：在默认语料上按 freq(ab) / (freq(a)·freq(b)) 打分、合并三次后的 10 项（不含特殊词元），不随你的语料变化。',
    wpVocabNote: (n: number) =>
      `WordPiece 词表（${n} 项）由上面的 BPE 结果改写而来，并非训练所得：每个字符的词首形式和 ## 形式，加上 BPE 切分出的词元（词内的加 ##）。`,
    wpMatchNote: '切分是 BERT 的贪心最长匹配，任一位置匹配不到，整个词就成为 [UNK]。',
    uniVocabNote: (n: number, total: number) =>
      `Unigram 词表（${n} 个片段）是 HF 课程的种子词表：把每个词写成 ▁词，取全部字符和长度 ≥ 2 的真子串，概率 = 加权出现次数 ÷ ${total}；没有做 EM 剪枝。切分取对数概率之和最大的路径（Viterbi）。`,
    conventionNote:
      'WordPiece 用 ## 标“接续前文的片段”；SentencePiece 把空格换成 ▁ 留在片段里，标的是“词的开头”，解码时换回空格即可。',
    vocabList: (n: number) => `查看 WordPiece 词表（${n} 项）`,
    uniList: (n: number) => `查看 Unigram 片段及对数概率（${n} 个）`,
    uniColumns: ['片段', '次数', 'ln p'],
  },
  en: {
    title: 'Tokenizer lab: a GPT tokenizer, BPE training and three subword algorithms',
    hint: 'A real GPT tokenizer (loaded on demand), BPE trained step by step on your corpus, and the same words segmented three ways.',
    tablist: 'Tokenizer lab tabs',
    tabs: { gpt: 'GPT tokenizer', bpe: 'BPE training', compare: 'Side by side' },
    gptText: 'Text to tokenize (Chinese, English or mixed)',
    encoding: 'Encoding (vocabulary)',
    encodings: ENCODING_NAMES,
    byteView: "Byte-level view (GPT-2's byte → character table)",
    gptIdle: (enc: string) =>
      `${enc}: the tokenizer's vocabulary is large (gzipped, about 1 MB for o200k_base and 0.4 MB for cl100k_base); it downloads when you press “Load tokenizer”, start typing or switch encoding`,
    gptLoad: 'Load tokenizer',
    gptLoading: (enc: string) => `${enc}: loading the tokenizer…`,
    gptFailed: (enc: string) => `${enc}: the tokenizer failed to load (network?)`,
    gptReady: (enc: string) => `${enc}: the tokenizer is ready; type some text`,
    retry: 'Retry',
    gptReadout: (enc: string, tokens: number, chars: number, bytes: number, ratio: string) =>
      `${enc}: tokens ${tokens} · characters ${chars} · UTF-8 bytes ${bytes} · tokens per character ${ratio}`,
    gptEmpty: 'The text is empty: type something to see its tokens (the last result stays below).',
    gptTruncated: (max: number) =>
      `The text is longer than ${max} characters; only the first ${max} are tokenized.`,
    gptSurrogates: (count: number, index: number, code: string) =>
      `Lone surrogates: ${count} (first ${code} at index ${index}). They have no UTF-8 encoding; like tiktoken, the demo replaces them with U+FFFD (�).`,
    gptMismatch: "The tokens' bytes do not add up to the text's bytes; the byte view may be off.",
    gptChips: (shown: number, total: number) =>
      shown < total
        ? `Tokens (the first ${shown} of ${total} drawn; the counts include all)`
        : 'Tokens (the small number is the id)',
    partial: (hex: string) => `incomplete UTF-8 sequence ${hex}`,
    chipsNote:
      'Borders mark token boundaries; colours only tell neighbours apart. ␣ is a space, ↵ a newline. Hex in a dashed box is an incomplete UTF-8 character: decoded alone it gives only �.',
    byteLevelText: 'The whole text in byte-level form (byteLevelEncode):',
    byteLevelNote:
      'GPT-2 maps each byte to a visible character: printable ones stay, 68 others (space, controls …) move past U+0100 (space → Ġ, newline → Ċ), so the bytes E4 B8 AD of 中 read ä¸Ń. GPT-2’s encoder.json and HF byte-level tokenizers use this form; tiktoken stores raw bytes.',
    specialNote:
      'Special-token strings such as <|endoftext|> are plain text here (tiktoken’s encode_ordinary).',
    statsCaption: 'CJK characters and the rest, counted apart',
    statsColumns: ['Part', 'Characters', 'UTF-8 bytes', 'Tokens', 'Tokens per character'],
    statsRows: { cjk: 'CJK characters', other: 'Other characters', total: 'Total' },
    statsBoth: (n: number) =>
      `Tokens spanning CJK and other characters (a Han character with a leading space, say): ${n}, counted in neither part.`,
    statsNote:
      'CJK means Han, kana, Hangul, Bopomofo and full-width punctuation; spaces count as “other”. Switch the encoding to compare the same Chinese text.',
    corpus: 'Corpus: one “word count” per line',
    corpusCount: (words: number) => `${words} distinct words`,
    corpusError: (e: CorpusError): string => {
      switch (e.kind) {
        case 'empty':
          return 'The corpus is empty: write at least one “word count” line.';
        case 'fields':
          return `Line ${e.line} has ${e.fields} fields: each line is “word count”, two fields separated by a space.`;
        case 'count':
          return `Line ${e.line}: the count “${e.value}” ${enCount[e.reason]}; a count must be a positive whole number.`;
        case 'duplicate':
          return `Line ${e.line}: the word “${e.word}” already appears on line ${e.first}; add the counts on one line.`;
        case 'long':
          return `Line ${e.line}: the word is longer than ${e.max} characters.`;
        case 'surrogate':
          return `Line ${e.line} holds a lone surrogate ${e.code}, which is not a character; remove it.`;
        case 'tooMany':
          return `The corpus has ${e.words} words; at most ${e.max}.`;
      }
    },
    merges: 'Merges',
    step: 'Step',
    back: 'Back',
    reset: 'Reset',
    bpeReadout0: (vocab: number, words: number) =>
      `No merges yet · vocabulary = ${vocab} base characters · all ${words} words split into characters`,
    bpeReadout: (k: number, total: number, left: string, right: string, count: number, vocab: number) =>
      `Merge ${k} of ${total}: (${left}, ${right}) → ${left}${right}, count ${count} · vocabulary ${vocab}`,
    nextMerge: (left: string, right: string, count: number) =>
      `Next merge: (${left}, ${right}) → ${left}${right}, count ${count}.`,
    noMore: 'No adjacent pair is left: every word is a single token.',
    tieNote: 'A tie goes to the pair met first (the HF course’s rule; 🤗 Tokenizers uses internal ids).',
    mergeTable: 'Merge rules learned so far',
    mergeColumns: ['Rank', 'Pair', 'New token', 'Count'],
    vocab: (n: number) => `Current vocabulary (${n}: base characters + merged tokens)`,
    segTable: 'Each corpus word as it is split now',
    segColumns: ['Word', 'Count', 'Tokens'],
    testWords: 'Test words (separated by spaces)',
    testPresets: 'Examples',
    testError: (e: WordsError): string => {
      switch (e.kind) {
        case 'empty':
          return 'Type at least one test word.';
        case 'long':
          return `Test word ${e.word} is longer than ${e.max} characters.`;
        case 'surrogate':
          return `The test words hold a lone surrogate ${e.code}, which is not a character; remove it.`;
        case 'tooMany':
          return `There are ${e.words} test words; at most ${e.max}.`;
      }
    },
    unknownMark: 'not in vocabulary',
    unknownNote:
      'A character in a red dashed box is not in the training corpus: bpeTokenize keeps it as a token; the HF course’s character-level BPE outputs [UNK]; byte-level BPE, with all 256 bytes in its base vocabulary, never meets this case.',
    compareIntro: (k: number) =>
      `The corpus words and the test words, segmented three ways; BPE uses the first ${k} merges learned on the BPE tab from the same corpus.`,
    compareColumns: ['Word', 'BPE', 'WordPiece (##)', 'Unigram (▁)'],
    compareTable: 'Segmentations by the three algorithms',
    compareReadout: (word: string, bpe: string, wp: string, uni: string) =>
      `${word} → BPE: ${bpe} | WordPiece: ${wp} | Unigram: ${uni}`,
    noSegmentation: (ch: string) => `cannot be segmented: “${ch}” is in no piece`,
    wpSource: 'WordPiece vocabulary',
    wpSources: {
      course: 'HF course’s 10 entries (fixed)',
      derived: 'Rewritten from the BPE run',
    },
    wpCourseNote:
      'The WordPiece vocabulary is the HF course’s: 10 entries after three merges scored by freq(ab) / (freq(a)·freq(b)) on the default corpus (special tokens left out); it does not follow your corpus.',
    wpVocabNote: (n: number) =>
      `The WordPiece vocabulary (${n} entries) is rewritten from the BPE result above, not trained: every character in word-initial and ## form, plus the BPE tokens (## inside a word).`,
    wpMatchNote:
      'Segmentation is BERT’s greedy longest match; if a position matches nothing, the whole word becomes [UNK].',
    uniVocabNote: (n: number, total: number) =>
      `The Unigram vocabulary (${n} pieces) is the HF course’s seed: each word written ▁word, all characters and strict substrings of length ≥ 2, probability = weighted count ÷ ${total}; no EM pruning. A word takes the path with the largest total log-probability (Viterbi).`,
    conventionNote:
      'WordPiece marks a piece that continues a word with ##; SentencePiece turns spaces into ▁ inside the pieces, marking a word start, and decoding turns ▁ back into spaces.',
    vocabList: (n: number) => `Show the WordPiece vocabulary (${n} entries)`,
    uniList: (n: number) => `Show the Unigram pieces and log-probabilities (${n})`,
    uniColumns: ['Piece', 'Count', 'ln p'],
  },
};

export type TokenizerLabText = (typeof TEXT)['zh'];
