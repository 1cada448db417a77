/** The chunking-tradeoff demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '切块的取舍：块大小、重叠与答案是否完整',
    hint: '把下面这篇关于 KV 缓存的短文按固定长度切块（中文按字符计，空格和标点也算一个字符；英文版按空格分隔的词计），相邻块共享“重叠”那么多个字符。检索器只会整块返回，所以答案若被切开，就没有哪一块能单独给出它。从 0 数起，第 i 块从第 i·(块大小 − 重叠) 个字符开始。切块用 lib/retrieval 的 chunkText，答案位置用 locateSpan 判断。',
    size: '块大小（字符）',
    overlap: '重叠（字符）',
    readout: (
      size: string,
      overlap: string,
      chunks: string,
      units: string,
      _chars: string,
      dup: string,
      inside: number,
      total: number,
    ) =>
      `块大小 ${size}、重叠 ${overlap}：${chunks} 块 · 索引共存 ${units} 个字符（${dup} 倍原文）· ${total} 个答案中 ${inside} 个完整落在某一块内`,
    storage: (docUnits: string, docChars: string, chars: string) =>
      `原文 ${docUnits} 个字符；重叠部分每多属于一块就多存一遍，索引里的文本共 ${chars} 个字符（原文 ${docChars} 个）。`,
    overlapError: (overlap: string, size: string) =>
      `重叠（${overlap}）必须小于块大小（${size}）：否则下一块的起点不会前进。下方仍显示上一次有效的切分。`,
    libError: (message: string) => `无法切块：${message}。下方仍显示上一次有效的切分。`,
    questions: '预设问题与答案所在位置',
    inside: (chunk: number, chunkUnits: string, answerUnits: string) =>
      `完整落在第 ${chunk} 块内（该块 ${chunkUnits} 个字符，答案占其中 ${answerUnits} 个）`,
    insideMany: (chunks: string) => `完整落在第 ${chunks} 块内（重叠让它同时出现在多块里）`,
    split: (chunks: string, best: string) => `被切开，分散在第 ${chunks} 块；最完整的一块只含答案的 ${best}`,
    documentLabel: '切块后的文档',
    documentHint:
      '背景深浅交替表示不同的块，[数字] 标出每块的起点；虚线下划线是两块共享的重叠部分；加粗并带下划线的是各问题的答案，“答”后面的数字是问题序号。',
    chunkMark: (n: number) => `[${n}]`,
    answerMark: (n: number) => `答${n}`,
    and: '、',
  },
  en: {
    title: 'The chunking trade-off: chunk size, overlap and whole answers',
    hint: 'The short piece on the KV cache below is cut into fixed-length chunks (English by whitespace-separated words; the Chinese version by characters, spaces and punctuation included), neighbours sharing “overlap” words. A retriever returns whole chunks, so an answer that is cut in two is not in any single chunk. Counting from 0, chunk i starts at word i·(size − overlap). Chunks come from chunkText in lib/retrieval, answer positions from locateSpan.',
    size: 'Chunk size (words)',
    overlap: 'Overlap (words)',
    readout: (
      size: string,
      overlap: string,
      chunks: string,
      units: string,
      chars: string,
      dup: string,
      inside: number,
      total: number,
    ) =>
      `Size ${size}, overlap ${overlap}: ${chunks} chunks · the index stores ${units} words (${chars} characters, ${dup}× the text) · ${inside} of ${total} answers lie inside one chunk`,
    storage: (docUnits: string, docChars: string, chars: string) =>
      `The text has ${docUnits} words and ${docChars} characters; an overlapping word is stored once for every chunk that holds it, so the chunks’ texts add up to ${chars} characters.`,
    overlapError: (overlap: string, size: string) =>
      `Overlap (${overlap}) must be smaller than the chunk size (${size}), or the next chunk would not move forward. The last valid chunking stays below.`,
    libError: (message: string) => `Cannot chunk: ${message}. The last valid chunking stays below.`,
    questions: 'Preset questions and where their answers land',
    inside: (chunk: number, chunkUnits: string, answerUnits: string) =>
      `inside chunk ${chunk} (${chunkUnits} words, ${answerUnits} of them the answer)`,
    insideMany: (chunks: string) => `inside chunks ${chunks} (overlap puts it in more than one)`,
    split: (chunks: string, best: string) =>
      `cut across chunks ${chunks}; the fullest one holds only ${best} of the answer`,
    documentLabel: 'The document, chunked',
    documentHint:
      'Alternating shades are different chunks and [number] marks where each begins; a dashed underline marks overlap held by two chunks; bold underlined text is an answer, with its question number after “A”.',
    chunkMark: (n: number) => `[${n}]`,
    answerMark: (n: number) => `A${n}`,
    and: ', ',
  },
};

export type ChunkingText = (typeof TEXT)['zh'];
