'use client';

import { useMemo, useState } from 'react';
import { formatScientific, formatFixed } from '@/lib/format';
import { thresholdGrid } from '@/lib/metrics';
import { SCORED_EXAMPLES, type ScoredExamplesKey } from './scored-examples';

/** Where a dataset's slider starts: its preset threshold in its grid. */
const startIndex = (key: ScoredExamplesKey) =>
  Math.max(0, thresholdGrid(SCORED_EXAMPLES[key].scores).indexOf(SCORED_EXAMPLES[key].threshold));

/**
 * The state both threshold demos share: which dataset, and where the threshold slider stands on
 * that dataset's grid (every distinct score, the midpoints between them, then ∞).
 */
export function useScoredExamples() {
  const [key, setKey] = useState<ScoredExamplesKey>('balanced');
  const [index, setIndex] = useState(() => startIndex('balanced'));
  const data = SCORED_EXAMPLES[key];
  const grid = useMemo(() => thresholdGrid(data.scores), [data]);
  const threshold = grid[index] ?? Infinity;
  const choose = (next: ScoredExamplesKey) => {
    setKey(next);
    setIndex(startIndex(next));
  };
  return { key, choose, data, grid, index, setIndex, threshold };
}

/** A threshold or score as the demos print it: 0.55, 0.575, ∞. */
export const formatThreshold = (t: number) => formatScientific(t, 3);

/** A metric value with two decimals. */
export const fmt2 = (x: number) => formatFixed(x, 2);
