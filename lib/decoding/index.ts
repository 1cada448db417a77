export { annealProbs } from './anneal';
export { createRng } from './rng';
export { sampleIndex } from './sample';
export { logSoftmax, softmax } from './softmax';
export { applyTemperature } from './temperature';
