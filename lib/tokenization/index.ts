export { bpeTrain, type BpeMerge, type BpeTrainResult } from './bpe-train';
export { bpeTokenize, type BpeMergeRule } from './bpe-tokenize';
export { applyMerge } from './bpe-merge';
export { byteLevelAlphabet, byteLevelEncode, utf8Bytes } from './byte-level';
export { wordPieceTokenize, type WordPieceOptions } from './wordpiece';
export { unigramSegment, type UnigramSegmentation } from './unigram';
export { codePoints } from './validate';
