/**
 * The two demos of the decoding/penalties page, loaded as one chunk. They appear together, and
 * Turbopack copies every module two async chunks share (DemoFrame, RangeField, ProbBar, lib/format,
 * the lib argument checks: ~2.3 KiB gzip) into each of them; one chunk ships those once.
 */
export { ContrastiveDecoding } from './contrastive-decoding';
export { Penalties } from './penalties';
