import fc from 'fast-check';
import type { Battle, BattleWinner } from '@/lib/metrics';

/** One of FastChat's four battle outcomes. */
export const winner = fc.constantFrom<BattleWinner>('model_a', 'model_b', 'tie', 'tie (bothbad)');

/** Up to 40 battles among five models, never a model against itself. */
export const battles: fc.Arbitrary<Battle[]> = fc.array(
  fc
    .tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.constantFrom('a', 'b', 'c', 'd', 'e'), winner)
    .filter(([a, b]) => a !== b),
  { maxLength: 40 },
);
