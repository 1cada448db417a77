export { trainBigramModel, type BigramModel, type ChainFactor, type SequenceProbability } from './bigram';
export { BOS, EOS } from './corpus';
export { runningProducts } from './running-product';
