import { checkChoice, checkNumber, checkNumberArray, checkObject, describeValue } from '@/lib/utils/validate';

/**
 * The Game of 24 and a Tree-of-Thoughts search over it, exact and deterministic.
 *
 * The game (Yao et al. 2023, "Tree of Thoughts: Deliberate Problem Solving with Large Language
 * Models", https://arxiv.org/abs/2305.10601, §4.1): combine four numbers with + − × ÷ and
 * parentheses, each number used once, to make 24. As in the paper a "thought" is one step that
 * replaces two of the remaining numbers by the result of one operation ("13 − 9 = 4 (left: 4 4 10)"),
 * so every puzzle takes three steps. Arithmetic is on exact rationals (integer numerator and
 * denominator reduced by their gcd): 8 ÷ (3 − 8 ÷ 3) is exactly 24, where floating-point division
 * gives 23.99999999999999. Subtraction always takes the smaller number from the larger, so no
 * intermediate result is negative; enumerating every puzzle over 1–13 shows that this makes no
 * puzzle unsolvable (1,362 solvable either way).
 */

/** The goal of the game. */
const TARGET = 24;

/**
 * What the game accepts: four integers from 1 to 13 (the range of the 4nums.com puzzles Yao et
 * al. 2023 §4.1 use: card values), a beam of 1 to 100 states.
 *
 * @throws never (a frozen constant).
 * @example GAME24_LIMITS.max // 13
 */
export const GAME24_LIMITS = Object.freeze({ count: 4, min: 1, max: 13, maxBeam: 100 });

/**
 * The value heuristics {@link treeOfThoughts24} can rank states with: a greedy rollout, a one-step
 * lookahead, and the exact solver as an oracle.
 *
 * @throws never (a constant).
 * @example TOT_VALUE_HEURISTICS[0] // 'rollout'
 */
export const TOT_VALUE_HEURISTICS = ['rollout', 'one-step', 'oracle'] as const;
export type TotValueHeuristic = (typeof TOT_VALUE_HEURISTICS)[number];

/** An operation as displayed (Unicode minus, times and division signs). */
export type Game24Op = '+' | '−' | '×' | '÷';

// ---------------------------------------------------------------- exact rationals

/**
 * [numerator, denominator]: integers, denominator > 0, in lowest terms. Plain numbers are exact
 * here: with inputs up to 13 and three operations every numerator and denominator stays below
 * 2³ · 13⁴ = 228,488 (each operation at most doubles the product of its operands' sizes), so the
 * cross products of a comparison stay below 6 · 10¹⁰, far under 2⁵³.
 */
type Q = readonly [number, number];

function gcd(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
function q(num: number, den: number): Q {
  const sign = den < 0 ? -1 : 1;
  const g = gcd(num, den) || 1;
  // `+ 0` turns −0 into 0
  return [(sign * num) / g + 0, (sign * den) / g];
}
const compare = (a: Q, b: Q) => Math.sign(a[0] * b[1] - b[0] * a[1]);
const isTarget = (a: Q) => a[1] === 1 && a[0] === TARGET;
/** The distance |a − 24| as a rational. */
const distanceTo24 = (a: Q): Q => q(Math.abs(a[0] - TARGET * a[1]), a[1]);

/** A rational as text: `4`, `−3`, `24/5`, `−1/5` (Unicode minus, as the site prints numbers). */
function formatQ([num, den]: Q): string {
  const sign = num < 0 ? '\u2212' : '';
  return den === 1 ? `${sign}${Math.abs(num)}` : `${sign}${Math.abs(num)}/${den}`;
}

// ---------------------------------------------------------------- expressions

/** How a remaining number was made: an input, or an operation on two earlier numbers. */
type Expr =
  | { readonly kind: 'leaf'; readonly value: Q }
  | {
      readonly kind: 'op';
      readonly value: Q;
      readonly op: Game24Op;
      readonly left: Expr;
      readonly right: Expr;
    };

const precedence = (e: Expr) => (e.kind === 'leaf' ? 3 : e.op === '+' || e.op === '−' ? 1 : 2);

/**
 * The expression with the parentheses it needs and no more: a child is wrapped when it binds
 * looser than its parent, and a right child of − or ÷ also when it binds equally (a − (b + c),
 * a ÷ (b × c)); + and × are associative, so (a + b) + c prints as a + b + c.
 */
function formatExpr(e: Expr): string {
  if (e.kind === 'leaf') return formatQ(e.value);
  const p = precedence(e);
  const left = precedence(e.left) < p ? `(${formatExpr(e.left)})` : formatExpr(e.left);
  const wrapRight = precedence(e.right) < p || (precedence(e.right) === p && (e.op === '−' || e.op === '÷'));
  const right = wrapRight ? `(${formatExpr(e.right)})` : formatExpr(e.right);
  return `${left} ${e.op} ${right}`;
}

/**
 * The same expression with the operands of every + and × in a fixed order (larger value first,
 * then by text), so that solutions differing only by commutation or by the order of independent
 * steps print the same: (13 − 9) × (10 − 4) and (10 − 4) × (13 − 9) are one solution.
 */
function canonical(e: Expr): Expr {
  if (e.kind === 'leaf') return e;
  const left = canonical(e.left);
  const right = canonical(e.right);
  if (e.op === '+' || e.op === '×') {
    const c = compare(left.value, right.value);
    const swap = c < 0 || (c === 0 && formatExpr(left) > formatExpr(right));
    if (swap) return { ...e, left: right, right: left };
  }
  return { ...e, left, right };
}

/** The operands of a chain of + and − (or of × and ÷) with their side: 1 added/multiplied, −1 subtracted/divided. */
function chain(e: Expr, ops: readonly [Game24Op, Game24Op], side: 1 | -1, out: { side: 1 | -1; e: Expr }[]) {
  if (e.kind === 'op' && (e.op === ops[0] || e.op === ops[1])) {
    chain(e.left, ops, side, out);
    chain(e.right, ops, e.op === ops[0] ? side : side === 1 ? -1 : 1, out);
  } else out.push({ side, e });
}

/**
 * The solver's normal form: every chain of + and − is flattened into its terms and every chain of
 * × and ÷ into its factors, each side listed larger value first (then by text), and printed left
 * to right: `10 + 9 − 13`, `(10 − 4) × (13 − 9)`, `8 ÷ (3 − 8 ÷ 3)`. Two expressions that differ
 * only by commuting, regrouping or reordering steps get the same text.
 */
function normalForm(e: Expr): string {
  if (e.kind === 'leaf') return formatQ(e.value);
  const additive = e.op === '+' || e.op === '−';
  const parts: { side: 1 | -1; e: Expr }[] = [];
  chain(e, additive ? ['+', '−'] : ['×', '÷'], 1, parts);
  const printed = parts.map((p) => {
    const text = normalForm(p.e);
    // a factor that is a sum needs parentheses; a term never does (× and ÷ bind tighter)
    const sum = p.e.kind === 'op' && (p.e.op === '+' || p.e.op === '−');
    return { side: p.side, value: p.e.value, text: !additive && sum ? `(${text})` : text };
  });
  const order = (a: (typeof printed)[number], b: (typeof printed)[number]) =>
    compare(b.value, a.value) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  const [join, inverse] = additive ? [' + ', ' − '] : [' × ', ' ÷ '];
  const front = printed.filter((p) => p.side === 1).sort(order);
  const back = printed.filter((p) => p.side === -1).sort(order);
  return front.map((p) => p.text).join(join) + back.map((p) => inverse + p.text).join('');
}

/** One remaining number and how it was made. */
interface Item {
  readonly value: Q;
  readonly expr: Expr;
}

/** One way to combine two remaining numbers: the thought's equation and the state it leads to. */
interface Move {
  readonly a: Item;
  readonly op: Game24Op;
  readonly b: Item;
  readonly result: Item;
  /** The numbers left after the move, ascending by value (ties in their earlier order). */
  readonly next: readonly Item[];
}

const sortItems = (items: readonly Item[]) => [...items].sort((x, y) => compare(x.value, y.value));

/** The operations on a pair, in move order: [first operand is the pair's first number?, op, result]. */
function combine(a: Q, b: Q): [boolean, Game24Op, Q][] {
  const [an, ad] = a;
  const [bn, bd] = b;
  const out: [boolean, Game24Op, Q][] = [
    [true, '+', q(an * bd + bn * ad, ad * bd)],
    compare(a, b) >= 0
      ? [true, '−', q(an * bd - bn * ad, ad * bd)]
      : [false, '−', q(bn * ad - an * bd, ad * bd)],
    [true, '×', q(an * bn, ad * bd)],
  ];
  if (bn !== 0) out.push([true, '÷', q(an * bd, ad * bn)]);
  if (an !== 0) out.push([false, '÷', q(bn * ad, bd * an)]);
  return out;
}

/** The move that combines items i and j with one of `combine`'s operations. */
function makeMove(
  items: readonly Item[],
  i: number,
  j: number,
  [aFirst, op, value]: [boolean, Game24Op, Q],
): Move {
  const a = items[i] as Item;
  const b = items[j] as Item;
  const [left, right] = aFirst ? [a, b] : [b, a];
  const result: Item = { value, expr: { kind: 'op', value, op, left: left.expr, right: right.expr } };
  const next = sortItems([...items.filter((_, k) => k !== i && k !== j), result]);
  return { a: left, op, b: right, result, next };
}

/**
 * Every move from a state, in the fixed order of the whole module: pairs (i, j), i < j, in index
 * order of the ascending state; for each pair a + b, then the larger minus the smaller, a × b,
 * a ÷ b, b ÷ a, where a is the number at i; a division by zero is skipped. Up to 5 moves per
 * pair: 30 from four numbers, 15 from three, 5 from two.
 */
function moves(items: readonly Item[]): Move[] {
  const out: Move[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i], items[j]];
      if (a === undefined || b === undefined) continue;
      for (const c of combine(a.value, b.value)) out.push(makeMove(items, i, j, c));
    }
  }
  return out;
}

const stateKey = (items: readonly Item[]) => items.map((it) => formatQ(it.value)).join(' ');

// Solvability depends only on the multiset of values; memoised across calls (pure: the cache
// never changes an answer, it only saves work on the oracle's repeated sub-states).
const reachCache = new Map<string, boolean>();
const REACH_CACHE_LIMIT = 200_000;

/** Whether the remaining numbers can still make exactly 24 (exhaustive, exact). */
function canReach24(items: readonly Item[]): boolean {
  if (items.length === 1) return items[0] !== undefined && isTarget(items[0].value);
  const key = stateKey(items);
  const hit = reachCache.get(key);
  if (hit !== undefined) return hit;
  const answer = moves(items).some((m) => canReach24(m.next));
  if (reachCache.size >= REACH_CACHE_LIMIT) reachCache.clear();
  reachCache.set(key, answer);
  return answer;
}

/** The move whose result is closest to 24, the first in move order on a tie; null for one number. */
function closestMove(items: readonly Item[]): Move | null {
  let best: { i: number; j: number; c: [boolean, Game24Op, Q]; d: Q } | null = null;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i], items[j]];
      if (a === undefined || b === undefined) continue;
      for (const c of combine(a.value, b.value)) {
        const d = distanceTo24(c[2]);
        if (best === null || compare(d, best.d) < 0) best = { i, j, c, d };
      }
    }
  }
  return best === null ? null : makeMove(items, best.i, best.j, best.c);
}

/**
 * One-step lookahead: the number one more move can make that is closest to 24 (the state's own
 * number when one is left). Ignores the numbers the move leaves unused.
 */
function oneStepReach(items: readonly Item[]): Q {
  if (items.length === 1) return items[0]?.value ?? [0, 1];
  return closestMove(items)?.result.value ?? [0, 1];
}

/**
 * Greedy rollout: finish the state by always taking the move whose result is closest to 24;
 * the number it ends on. One trial, not a search.
 */
function rolloutReach(items: readonly Item[]): Q {
  let state = items;
  for (let m = closestMove(state); m !== null; m = closestMove(state)) state = m.next;
  return state[0]?.value ?? [0, 1];
}

// ---------------------------------------------------------------- validation

function checkNumbers(numbers: unknown): Item[] {
  const xs = checkNumberArray('numbers', numbers);
  const { count, min, max } = GAME24_LIMITS;
  if (xs.length !== count) {
    throw new RangeError(`numbers must hold ${count} integers, got ${describeValue(numbers)}`);
  }
  xs.forEach((x, i) =>
    checkNumber(
      `numbers[${i}]`,
      x,
      (v) => Number.isInteger(v) && v >= min && v <= max,
      `an integer in [${min}, ${max}]`,
    ),
  );
  return sortItems(xs.map((x) => ({ value: q(x, 1), expr: { kind: 'leaf', value: q(x, 1) } })));
}

// ---------------------------------------------------------------- the solver

/**
 * Solves the Game of 24 exactly: the expressions over the four numbers (each used once, + − × ÷,
 * any parentheses, fractions allowed, no negative intermediate result) whose value is exactly 24.
 *
 * Exhaustive depth-first search over the three steps in the fixed move order (pairs of the
 * ascending numbers, then a + b, larger − smaller, a × b, a ÷ b, b ÷ a), on exact rationals. Each
 * solution is printed in a normal form: chains of + and − flattened into terms, chains of × and ÷
 * into factors, each side larger value first, read left to right (`10 + 9 − 13` is (10 + 9) − 13).
 * Two solutions count as one when their normal forms are equal, so commuting operands, regrouping
 * a sum or a product, and reordering independent steps never make a new solution: 8 + 8 + 6 + 2
 * is one solution, not one per order of the additions; 4 × 3 × 2 × 1 and 4 × 3 × 2 ÷ 1 are two.
 * With `all: false` (default) the search stops at the first solution.
 *
 * @param numbers four integers in [1, 13], in any order (the order changes nothing).
 * @param options.all return every distinct solution (default false: at most the first one).
 * @returns the solutions in the order the search finds them; [] when 24 cannot be made.
 * @throws {TypeError} when numbers is not an array of numbers, options not an object or all not a boolean.
 * @throws {RangeError} when numbers does not hold 4 integers in [1, 13].
 * @example solve24([4, 9, 10, 13]) // ['(10 − 4) × (13 − 9)']
 * @example solve24([3, 3, 8, 8]) // ['8 ÷ (3 − 8 ÷ 3)']
 * @example solve24([1, 1, 1, 1]) // []
 */
export function solve24(numbers: readonly number[], options: { all?: boolean } = {}): string[] {
  const start = checkNumbers(numbers);
  const opts = checkObject('options', options);
  const all = opts.all ?? false;
  if (typeof all !== 'boolean')
    throw new TypeError(`options.all must be a boolean, got ${describeValue(all)}`);
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (items: readonly Item[]): boolean => {
    if (items.length === 1) {
      const only = items[0];
      if (only === undefined || !isTarget(only.value)) return false;
      const text = normalForm(only.expr);
      if (!seen.has(text)) {
        seen.add(text);
        found.push(text);
      }
      return !all;
    }
    // Prune branches that cannot make 24 (memoised on the multiset of values).
    if (!canReach24(items)) return false;
    for (const m of moves(items)) if (walk(m.next)) return true;
    return false;
  };
  walk(start);
  return found;
}

// ---------------------------------------------------------------- Tree of Thoughts

/** How a state was valued. */
export type TotEvaluation =
  /** The exact solver's verdict on the remaining numbers (an oracle no language model has). */
  | { readonly kind: 'oracle'; readonly sure: boolean }
  /**
   * A lookahead's verdict: the number r it reached and |r − 24|, both exact (`23`, `1`; `24/5`,
   * `96/5`); a distance of 0 means the lookahead found 24.
   */
  | { readonly kind: 'rollout' | 'one-step'; readonly reached: string; readonly distance: string };

/** One state of the search tree. */
export interface TotNode {
  /** Index in `nodes` (root 0; then depth by depth in generation order). */
  readonly id: number;
  readonly parent: number | null;
  /** 0 for the four inputs, then one per step (3 at the leaves). */
  readonly depth: number;
  /** The remaining numbers, ascending: `['4', '4', '10']`, fractions as `24/5`. */
  readonly numbers: readonly string[];
  /** How each remaining number was made, same order: `['4', '13 − 9', '10']`. */
  readonly expressions: readonly string[];
  /** The thought that led here, in the paper's format `13 − 9 = 4 (left: 4 4 10)`; null at the root. */
  readonly thought: string | null;
  /** The value the heuristic gave the state; null at the root (never ranked). */
  readonly evaluation: TotEvaluation | null;
  /** Same numbers as an earlier candidate at this depth: not valued again and never kept. */
  readonly duplicateOf: number | null;
  /** Kept in the beam (the root always is). */
  readonly kept: boolean;
  /** 1-based rank among the states kept at its depth; null when not kept or at the root. */
  readonly rank: number | null;
  /** Ids of the children (generated only for kept states below the last depth). */
  readonly children: readonly number[];
}

/** What happened at one step of the search. */
export interface TotDepth {
  /** 1, 2, 3. */
  readonly depth: number;
  /** States expanded to make this depth's candidates (the beam of the depth before). */
  readonly expanded: number;
  /** Candidates generated (every move of every expanded state). */
  readonly generated: number;
  /** Candidates with distinct remaining numbers: the ones the heuristic values. */
  readonly distinct: number;
  /** Ids of the kept states, best first. */
  readonly kept: readonly number[];
}

/** The search tree and its outcome. */
export interface TotResult {
  readonly beam: number;
  readonly value: TotValueHeuristic;
  readonly nodes: readonly TotNode[];
  readonly depths: readonly TotDepth[];
  /** Σ expanded: 1 + states kept at depths 1 and 2 (leaves are not expanded). */
  readonly nodesExpanded: number;
  /** Σ distinct: how many times the value heuristic ran (each an LLM value prompt in the paper). */
  readonly statesEvaluated: number;
  readonly solved: boolean;
  /**
   * The solved leaf's expression, built along the solution path (the larger operand of + and ×
   * first, fewest parentheses: `(9 − (13 − 10)) × 4`), or null. {@link solve24} prints the same
   * solution in its flattened normal form (`(10 + 9 − 13) × 4`).
   */
  readonly solution: string | null;
  /** Node ids from the root to the solved leaf; [] when not solved. */
  readonly solutionPath: readonly number[];
}

interface Work {
  readonly items: readonly Item[];
  readonly node: {
    id: number;
    parent: number | null;
    depth: number;
    numbers: string[];
    expressions: string[];
    thought: string | null;
    evaluation: TotEvaluation | null;
    duplicateOf: number | null;
    kept: boolean;
    rank: number | null;
    children: number[];
  };
  /** Sort key, higher is better: 1 or 0 for the oracle, −|r − 24| for the lookaheads. */
  readonly score: Q;
}

/**
 * Tree of Thoughts on the Game of 24: breadth-first search that keeps the `beam` best states at
 * each of the three steps (Yao et al. 2023, Algorithm 1 "ToT-BFS" of §3, run on the Game of 24 in
 * §4.1 with b = 5); b = 1 is a single greedy chain, like one chain of thought checked step by step.
 *
 * Step t: every kept state of step t − 1 is expanded into all its moves (the fixed order of
 * {@link solve24}), replacing the paper's LLM "propose" prompt; candidates whose remaining numbers
 * equal an earlier candidate's at the same step are marked duplicates and dropped. The official
 * code (princeton-nlp/tree-of-thought-llm `src/tot/methods/bfs.py`) is narrower: `get_values`
 * values 0 only a candidate whose whole text (all steps so far) repeats an earlier one, and its
 * value cache gives candidates leaving the same numbers the same value, so such duplicates can
 * still fill several of its beam slots. The rest are valued and the `beam` best kept, ties in
 * generation order (as the official code's stable `sorted(…, reverse=True)`). After three steps the
 * puzzle is solved when the best kept leaf is exactly 24 (the heuristics below rank a 24 first,
 * so this is the same as "some generated leaf is 24").
 *
 * The paper's value prompt (the LLM judges the remaining numbers "sure / maybe / impossible" in
 * §4.1's words, "sure / likely / impossible" in the official prompt, three samples per state) is
 * replaced by one of three exact heuristics, each a documented rule:
 * - `'rollout'` (default): finish the state greedily, always taking the move whose result is
 *   closest to 24, and score |end − 24| (smaller is better). One lookahead trial, not a search:
 *   it can miss a solution one different move away.
 * - `'one-step'`: the result closest to 24 that one more move can make, scored |r − 24|. Cheaper
 *   and more myopic: it ignores the numbers that move leaves unused.
 * - `'oracle'`: the exact solver says whether the remaining numbers can still make 24 ("sure" or
 *   "impossible"). It knows the answer, which no language model does: with it b = 1 solves every
 *   solvable puzzle, the upper bound of what a value function can do.
 * With two numbers left both lookaheads are exact (0 if and only if one move makes 24), and a
 * leaf is valued by its own distance to 24.
 *
 * @param numbers four integers in [1, 13] (order changes nothing: states are kept ascending).
 * @param options.beam b, the states kept per step: an integer in [1, 100] (default 5).
 * @param options.value `'rollout'` (default), `'one-step'` or `'oracle'`.
 * @throws {TypeError} for a wrong type (numbers not numbers, options not an object, beam not a
 *   number, value not a string).
 * @throws {RangeError} when numbers does not hold 4 integers in [1, 13], beam is not an integer in
 *   [1, 100], or value is not one of the three heuristics.
 * @example treeOfThoughts24([4, 9, 10, 13], { beam: 1, value: 'oracle' }).solution // '(10 − 4) × (13 − 9)'
 * @example treeOfThoughts24([1, 1, 1, 1], { beam: 5 }).solved // false
 */
export function treeOfThoughts24(
  numbers: readonly number[],
  options: { beam?: number; value?: TotValueHeuristic } = {},
): TotResult {
  const start = checkNumbers(numbers);
  const opts = checkObject('options', options);
  const beam = checkNumber(
    'beam',
    opts.beam ?? 5,
    (x) => Number.isInteger(x) && x >= 1 && x <= GAME24_LIMITS.maxBeam,
    `an integer in [1, ${GAME24_LIMITS.maxBeam}]`,
  );
  const value = checkChoice('value', opts.value ?? 'rollout', TOT_VALUE_HEURISTICS);

  const evaluate = (items: readonly Item[]): { evaluation: TotEvaluation; score: Q } => {
    if (value === 'oracle') {
      const sure = canReach24(items);
      return { evaluation: { kind: 'oracle', sure }, score: [sure ? 1 : 0, 1] };
    }
    const reached = value === 'rollout' ? rolloutReach(items) : oneStepReach(items);
    const d = distanceTo24(reached);
    return {
      evaluation: { kind: value, reached: formatQ(reached), distance: formatQ(d) },
      score: [-d[0], d[1]],
    };
  };

  const all: Work[] = [];
  const make = (
    items: readonly Item[],
    parent: number | null,
    depth: number,
    thought: string | null,
  ): Work['node'] => ({
    id: all.length,
    parent,
    depth,
    numbers: items.map((it) => formatQ(it.value)),
    expressions: items.map((it) => formatExpr(it.expr)),
    thought,
    evaluation: null,
    duplicateOf: null,
    kept: false,
    rank: null,
    children: [],
  });

  const root: Work = { items: start, node: make(start, null, 0, null), score: [0, 1] };
  root.node.kept = true;
  all.push(root);
  let frontier: Work[] = [root];
  const depths: TotDepth[] = [];

  for (let depth = 1; depth <= GAME24_LIMITS.count - 1; depth++) {
    const candidates: Work[] = [];
    const firstWithKey = new Map<string, number>();
    for (const parent of frontier) {
      for (const m of moves(parent.items)) {
        const left = m.next.map((it) => formatQ(it.value)).join(' ');
        const thought = `${formatQ(m.a.value)} ${m.op} ${formatQ(m.b.value)} = ${formatQ(m.result.value)} (left: ${left})`;
        const node = make(m.next, parent.node.id, depth, thought);
        const key = stateKey(m.next);
        const earlier = firstWithKey.get(key);
        let score: Q = [0, 1];
        if (earlier !== undefined) node.duplicateOf = earlier;
        else {
          firstWithKey.set(key, node.id);
          const e = evaluate(m.next);
          node.evaluation = e.evaluation;
          score = e.score;
        }
        const work: Work = { items: m.next, node, score };
        all.push(work);
        parent.node.children.push(node.id);
        candidates.push(work);
      }
    }
    const ranked = candidates
      .filter((w) => w.node.duplicateOf === null)
      // Array.prototype.sort is stable: equal scores keep generation order.
      .sort((x, y) => compare(y.score, x.score))
      .slice(0, beam);
    ranked.forEach((w, i) => {
      w.node.kept = true;
      w.node.rank = i + 1;
    });
    depths.push({
      depth,
      expanded: frontier.length,
      generated: candidates.length,
      distinct: firstWithKey.size,
      kept: ranked.map((w) => w.node.id),
    });
    frontier = ranked;
  }

  const best = frontier[0];
  const winner = best?.items[0];
  const solved = winner !== undefined && best?.items.length === 1 && isTarget(winner.value);
  const solutionPath: number[] = [];
  if (solved && best) {
    for (let id: number | null = best.node.id; id !== null; id = all[id]?.node.parent ?? null)
      solutionPath.unshift(id);
  }
  return {
    beam,
    value,
    nodes: all.map((w) => ({ ...w.node })),
    depths,
    nodesExpanded: depths.reduce((s, d) => s + d.expanded, 0),
    statesEvaluated: depths.reduce((s, d) => s + d.distinct, 0),
    solved,
    solution: solved && winner ? formatExpr(canonical(winner.expr)) : null,
    solutionPath,
  };
}
