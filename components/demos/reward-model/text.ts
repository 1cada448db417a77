/** The reward-model demo's words, Chinese first: one file per view. */
export { PAIR_TEXT, type PairReadout, type PairText } from './pair-text';
export { FIT_TEXT, type FitReadout, type FitText } from './fit-text';
