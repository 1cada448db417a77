import { describeValue } from '@/lib/utils/validate';
import {
  ARITHMETIC_MAX_LENGTH,
  parseArithmetic,
  type ArithmeticNode,
  type ChainOperator,
} from './arithmetic-parser';

/**
 * Rounds to the nearest integer with halves away from zero (C's `round`, unlike `Math.round`,
 * which sends −2.5 to −2, and Python's `round`, which sends 2.5 to 2).
 *
 * Formula: t = trunc(x); t + sign(x) when |x − t| ≥ ½, else t. `x − trunc(x)` is exact in
 * floating point, so 0.49999999999999994 stays 0 (adding ½ and flooring would give 1).
 *
 * @param x a finite number.
 * @example roundHalfAwayFromZero(-2.5) // -3
 * @example roundHalfAwayFromZero(2.4) // 2
 */
export function roundHalfAwayFromZero(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

const UNARY: ReadonlyMap<string, (x: number) => number> = new Map([
  ['sqrt', Math.sqrt],
  ['ln', Math.log],
  ['log10', Math.log10],
  ['exp', Math.exp],
  ['abs', Math.abs],
  ['round', roundHalfAwayFromZero],
]);

function finite(value: number, what: string, pos: number): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${what} at position ${pos} is not finite: ${value}`);
  }
  return value;
}

function applyChain(left: number, op: ChainOperator, right: number, pos: number): number {
  if ((op === '/' || op === '%') && right === 0) {
    throw new RangeError(`${op === '/' ? 'division' : 'remainder'} by zero at position ${pos}`);
  }
  const value =
    op === '+'
      ? left + right
      : op === '-'
        ? left - right
        : op === '*'
          ? left * right
          : op === '/'
            ? left / right
            : left % right;
  return finite(value, `result of '${op}'`, pos);
}

function evaluateNode(node: ArithmeticNode): number {
  switch (node.kind) {
    case 'number':
      return finite(node.value, `number '${node.text}'`, node.pos);
    case 'negate':
      return -evaluateNode(node.operand);
    case 'chain': {
      let value = evaluateNode(node.first);
      for (const { op, pos, operand } of node.rest) value = applyChain(value, op, evaluateNode(operand), pos);
      return value;
    }
    case 'power': {
      // Operands are evaluated left to right (so the leftmost error is reported), then folded from
      // the right: a ^ -b ^ c = a ^ (-(b ^ c)).
      const values = node.operands.map(evaluateNode);
      let value = values[values.length - 1] as number;
      for (let i = values.length - 1; i >= 1; i--) {
        if (node.negate[i - 1]) value = -value;
        const pos = node.caretPositions[i - 1] as number;
        value = finite((values[i - 1] as number) ** value, "result of '^'", pos);
      }
      return value;
    }
    case 'call': {
      const args = node.args.map(evaluateNode);
      const unary = UNARY.get(node.name);
      const value = unary
        ? unary(args[0] as number)
        : node.name === 'min'
          ? Math.min(...args)
          : Math.max(...args);
      return finite(value, `result of ${node.name}`, node.pos);
    }
  }
}

/**
 * Evaluates an arithmetic expression — the calculator tool of a ReAct agent — with a hand-written
 * recursive-descent parser; it never calls `eval` or `Function`.
 *
 * Grammar: numbers (`3`, `0.5`, `.5`, `3.`, `1e-3`); `+ - * / %` with the usual precedence, left
 * to right; `%` is the remainder with the sign of the dividend (JavaScript's and C's `fmod`, not
 * Python's `%`); `^` is power, right-associative and tighter than a unary minus on its left
 * (`-2^2` = −4, `2^3^2` = 512, `2^-2` = 0.25, as Python's `**`); unary `+`/`-`, repeatable
 * (`--3` = 3); parentheses; the functions `sqrt ln log10 exp abs round` (one argument; `round`
 * halves away from zero) and `min max` (one or more); the constants `pi` and `e`. Names are
 * case-sensitive, whitespace is ignored, and there is no implicit multiplication (`2pi`, `2(3)`
 * are syntax errors). A result of −0 is returned as 0.
 *
 * @param expression at most 1,000 characters, parentheses nested at most 100 deep (a function
 *   call's parentheses count).
 * @throws {TypeError} when `expression` is not a string.
 * @throws {RangeError} for a syntax error (`syntax error at position 1: …`, 0-based), an unknown
 *   name (named in the message), a wrong number of function arguments, division or remainder by
 *   zero, any non-finite intermediate or final value (`sqrt(-1)`, `2^1024`, `1e999`), more than
 *   1,000 characters, or nesting deeper than 100.
 * @example evaluateArithmetic('-2^2') // -4
 * @example evaluateArithmetic('2^3^2') // 512
 * @example evaluateArithmetic('round(-2.5) + max(1, 7 % -4)') // 0 (= -3 + 3)
 */
export function evaluateArithmetic(expression: string): number {
  if (typeof expression !== 'string') {
    throw new TypeError(`expression must be a string, got ${describeValue(expression)}`);
  }
  if (expression.length > ARITHMETIC_MAX_LENGTH) {
    throw new RangeError(
      `expression must be at most ${ARITHMETIC_MAX_LENGTH} characters, got ${expression.length}`,
    );
  }
  const value = evaluateNode(parseArithmetic(expression));
  return value === 0 ? 0 : value;
}
