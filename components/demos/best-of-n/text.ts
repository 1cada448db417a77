/** The best-of-n demo's words, Chinese first: one file per view. */
export { KL_TEXT, type KlReadout, type KlText } from './kl-text';
export { OVER_TEXT, type OverReadout, type OverText } from './overopt-text';
