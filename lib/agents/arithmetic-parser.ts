import { tokenizeArithmetic, type ArithmeticToken } from './arithmetic-lexer';

/**
 * The recursive-descent parser behind {@link evaluateArithmetic}. Grammar (whitespace ignored):
 *
 * ```text
 * expression := term (("+" | "-") term)*
 * term       := unary (("*" | "/" | "%") unary)*
 * unary      := ("+" | "-")* power
 * power      := primary ("^" unary)?            right-associative: 2^3^2 = 2^(3^2)
 * primary    := number | constant | function "(" arguments ")" | "(" expression ")"
 * arguments  := expression ("," expression)*
 * ```
 *
 * As in Python's power operator (https://docs.python.org/3/reference/expressions.html#the-power-operator),
 * `^` binds tighter than a unary minus on its left and looser than one on its right: `-2^2` = −4,
 * `2^-2` = 0.25. Chains of signs, `^` and `+ - * / %` are read with loops and kept flat in the
 * tree, so only parentheses make the parser or the evaluator recurse — and they are limited to
 * {@link ARITHMETIC_MAX_DEPTH} levels.
 */

/** Longest accepted expression, in UTF-16 code units. */
export const ARITHMETIC_MAX_LENGTH = 1000;
/** Deepest accepted nesting of parentheses (grouping and function calls alike). */
export const ARITHMETIC_MAX_DEPTH = 100;

/** The constants the grammar knows, by name. */
export const ARITHMETIC_CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
]);

/** How many arguments each function takes: exactly one, or one or more. */
export const ARITHMETIC_FUNCTIONS: ReadonlyMap<string, 'one' | 'many'> = new Map([
  ['sqrt', 'one'],
  ['ln', 'one'],
  ['log10', 'one'],
  ['exp', 'one'],
  ['abs', 'one'],
  ['round', 'one'],
  ['min', 'many'],
  ['max', 'many'],
] as const);

/** A binary operator of `expression` or `term`. */
export type ChainOperator = '+' | '-' | '*' | '/' | '%';

/** The parsed expression. Positions are 0-based indices into the source text. */
export type ArithmeticNode =
  | { readonly kind: 'number'; readonly text: string; readonly value: number; readonly pos: number }
  | { readonly kind: 'negate'; readonly operand: ArithmeticNode }
  | {
      readonly kind: 'chain';
      readonly first: ArithmeticNode;
      readonly rest: readonly {
        readonly op: ChainOperator;
        readonly pos: number;
        readonly operand: ArithmeticNode;
      }[];
    }
  | {
      /** operands[0] ^ (±operands[1] ^ (±operands[2] ^ …)); the sign before operands[i] is negate[i − 1]. */
      readonly kind: 'power';
      readonly operands: readonly ArithmeticNode[];
      readonly negate: readonly boolean[];
      readonly caretPositions: readonly number[];
    }
  | {
      readonly kind: 'call';
      readonly name: string;
      readonly pos: number;
      readonly args: readonly ArithmeticNode[];
    };

function syntaxError(pos: number, message: string): RangeError {
  return new RangeError(`syntax error at position ${pos}: ${message}`);
}

function describeToken(token: ArithmeticToken): string {
  switch (token.kind) {
    case 'end':
      return 'end of input';
    case 'number':
      return `number '${token.text}'`;
    case 'name':
      return `name '${token.text}'`;
    case 'invalid':
      return `character '${token.text}'`;
    default:
      return `'${token.text}'`;
  }
}

function endsValue(token: ArithmeticToken | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || token.kind === 'name' || token.kind === ')');
}

function startsValue(token: ArithmeticToken): boolean {
  return token.kind === 'number' || token.kind === 'name' || token.kind === '(';
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly ArithmeticToken[]) {}

  private peek(): ArithmeticToken {
    // The token list always ends with an `end` token, and the parser never reads past it.
    return this.tokens[Math.min(this.index, this.tokens.length - 1)] as ArithmeticToken;
  }

  private next(): ArithmeticToken {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private unexpected(token: ArithmeticToken): RangeError {
    const previous = this.tokens[this.index - 1];
    const hint =
      endsValue(previous) && startsValue(token)
        ? ' (no implicit multiplication: write * between values)'
        : '';
    return syntaxError(token.pos, `unexpected ${describeToken(token)}${hint}`);
  }

  private expect(kind: ')', after: string): void {
    const token = this.peek();
    if (token.kind !== kind) {
      throw syntaxError(token.pos, `expected '${kind}' ${after}, found ${describeToken(token)}`);
    }
    this.next();
  }

  parseAll(): ArithmeticNode {
    const node = this.parseExpression(0);
    const token = this.peek();
    if (token.kind !== 'end') throw this.unexpected(token);
    return node;
  }

  private parseChain(
    depth: number,
    operators: readonly ChainOperator[],
    parseOperand: (depth: number) => ArithmeticNode,
  ): ArithmeticNode {
    const first = parseOperand(depth);
    const rest: { op: ChainOperator; pos: number; operand: ArithmeticNode }[] = [];
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'operator' || !(operators as readonly string[]).includes(token.text)) break;
      this.next();
      rest.push({ op: token.text as ChainOperator, pos: token.pos, operand: parseOperand(depth) });
    }
    return rest.length === 0 ? first : { kind: 'chain', first, rest };
  }

  private parseExpression(depth: number): ArithmeticNode {
    return this.parseChain(depth, ['+', '-'], (d) => this.parseTerm(d));
  }

  private parseTerm(depth: number): ArithmeticNode {
    return this.parseChain(depth, ['*', '/', '%'], (d) => this.parseUnary(d));
  }

  /** Reads a run of `+`/`-` signs; true when it negates (an odd number of minus signs). */
  private parseSigns(): boolean {
    let negate = false;
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'operator' || (token.text !== '+' && token.text !== '-')) return negate;
      if (token.text === '-') negate = !negate;
      this.next();
    }
  }

  private parseUnary(depth: number): ArithmeticNode {
    const negate = this.parseSigns();
    const power = this.parsePower(depth);
    return negate ? { kind: 'negate', operand: power } : power;
  }

  private parsePower(depth: number): ArithmeticNode {
    const operands = [this.parsePrimary(depth)];
    const negate: boolean[] = [];
    const caretPositions: number[] = [];
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'operator' || token.text !== '^') break;
      this.next();
      caretPositions.push(token.pos);
      negate.push(this.parseSigns());
      operands.push(this.parsePrimary(depth));
    }
    return operands.length === 1
      ? (operands[0] as ArithmeticNode)
      : { kind: 'power', operands, negate, caretPositions };
  }

  private open(token: ArithmeticToken, depth: number): number {
    if (depth + 1 > ARITHMETIC_MAX_DEPTH) {
      throw new RangeError(
        `nesting deeper than ${ARITHMETIC_MAX_DEPTH} parentheses at position ${token.pos}`,
      );
    }
    return depth + 1;
  }

  private parsePrimary(depth: number): ArithmeticNode {
    const token = this.peek();
    if (token.kind === 'number') {
      this.next();
      return { kind: 'number', text: token.text, value: Number(token.text), pos: token.pos };
    }
    if (token.kind === '(') {
      this.next();
      const inner = this.parseExpression(this.open(token, depth));
      this.expect(')', `to close '(' at position ${token.pos}`);
      return inner;
    }
    if (token.kind !== 'name') throw this.unexpected(token);
    this.next();
    const constant = ARITHMETIC_CONSTANTS.get(token.text);
    if (constant !== undefined) return { kind: 'number', text: token.text, value: constant, pos: token.pos };
    const arity = ARITHMETIC_FUNCTIONS.get(token.text);
    if (arity === undefined) {
      const what = this.peek().kind === '(' ? 'function' : 'name';
      throw new RangeError(`unknown ${what} '${token.text}' at position ${token.pos}`);
    }
    return this.parseCall(token, arity, depth);
  }

  private parseCall(name: ArithmeticToken, arity: 'one' | 'many', depth: number): ArithmeticNode {
    const paren = this.peek();
    if (paren.kind !== '(') {
      throw syntaxError(paren.pos, `expected '(' after function ${name.text}, found ${describeToken(paren)}`);
    }
    this.next();
    const inner = this.open(paren, depth);
    const args: ArithmeticNode[] = [];
    if (this.peek().kind !== ')') {
      args.push(this.parseExpression(inner));
      while (this.peek().kind === ',') {
        this.next();
        args.push(this.parseExpression(inner));
      }
    }
    this.expect(')', `to close ${name.text}( at position ${paren.pos}`);
    if (arity === 'one' && args.length !== 1) {
      throw new RangeError(
        `${name.text} at position ${name.pos} takes exactly 1 argument, got ${args.length}`,
      );
    }
    if (arity === 'many' && args.length === 0) {
      throw new RangeError(`${name.text} at position ${name.pos} takes at least 1 argument, got 0`);
    }
    return { kind: 'call', name: name.text, pos: name.pos, args };
  }
}

/**
 * Parses an arithmetic expression into a tree (see the grammar above).
 *
 * @throws {RangeError} for a syntax error (with its 0-based position), an unknown name, a wrong
 *   number of function arguments, or parentheses nested deeper than {@link ARITHMETIC_MAX_DEPTH}.
 * @example parseArithmetic('-2^2') // { kind: 'negate', operand: { kind: 'power', … } }
 */
export function parseArithmetic(text: string): ArithmeticNode {
  return new Parser(tokenizeArithmetic(text)).parseAll();
}
