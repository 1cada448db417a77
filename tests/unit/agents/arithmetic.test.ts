import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARITHMETIC_MAX_DEPTH,
  ARITHMETIC_MAX_LENGTH,
  evaluateArithmetic,
  parseArithmetic,
  roundHalfAwayFromZero,
  tokenizeArithmetic,
} from '@/lib/agents';

/** The message of the RangeError that `f` throws; fails when it throws nothing or another error. */
function rangeMessage(f: () => unknown): string {
  let caught: unknown;
  try {
    f();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(RangeError);
  return (caught as RangeError).message;
}

const ev = evaluateArithmetic;

describe('evaluateArithmetic', () => {
  it("gives the contract's examples", () => {
    // CONTRACT.md, `@/lib/agents`
    expect(ev('-2^2')).toBe(-4);
    expect(ev('2^3^2')).toBe(512);
    expect(ev('2^-2')).toBe(0.25);
    expect(ev('--3')).toBe(3);
    expect(ev('3')).toBe(3);
    expect(ev('0.5')).toBe(0.5);
    expect(ev('.5')).toBe(0.5);
    expect(ev('1e-3')).toBe(0.001);
  });

  it("binds ^ as Python's ** does: tighter than a unary minus on its left, looser on its right", () => {
    // Python reference, "6.5 The power operator": "-1**2 results in -1"; "10**-2 returns 0.01"
    expect(ev('-1^2')).toBe(-1);
    expect(ev('10^-2')).toBe(0.01);
    expect(ev('(-1)^2')).toBe(1);
    // CPython 3.12: 2**-3**2 == 0.001953125, -2**-2 == -0.25, 2**0.5**2 == 1.189207115002721
    expect(ev('2^-3^2')).toBe(0.001953125);
    expect(ev('-2^-2')).toBe(-0.25);
    expect(ev('2^0.5^2')).toBe(1.189207115002721);
    expect(ev('2^2^2^2')).toBe(65536);
  });

  it('repeats unary signs', () => {
    expect(ev('+-+3')).toBe(-3);
    expect(ev('---3')).toBe(-3);
    expect(ev('2*-3')).toBe(-6);
    expect(ev('2--3')).toBe(5);
  });

  it('gives * / % the same precedence, above + -, all left to right', () => {
    // Python and C agree on these: 7, 9, 3, 1, 2, 2
    expect(ev('1 + 2 * 3')).toBe(7);
    expect(ev('(1 + 2) * 3')).toBe(9);
    expect(ev('10 - 4 - 3')).toBe(3);
    expect(ev('8 / 4 / 2')).toBe(1);
    expect(ev('2 * 3 % 4')).toBe(2);
    expect(ev('7 % 3 * 2')).toBe(2);
  });

  it('reads every number form', () => {
    expect(ev('2.5E+2')).toBe(250);
    expect(ev('3.')).toBe(3);
    expect(ev('007')).toBe(7);
    expect(ev('1e308')).toBe(1e308);
  });

  it('takes % with the sign of the dividend', () => {
    // MDN "Remainder (%)" examples (the same as C's fmod); Python's % would give -13 % 5 == 2
    expect(ev('13 % 5')).toBe(3);
    expect(ev('-13 % 5')).toBe(-3);
    expect(ev('4 % 2')).toBe(0);
    expect(ev('13 % -5')).toBe(3);
    expect(ev('-13 % -5')).toBe(-3);
    expect(ev('5.5 % 2')).toBe(1.5);
  });

  it('returns 0, not -0', () => {
    // MDN gives -4 % 2 === -0; the evaluator reports it as 0
    expect(Object.is(ev('-4 % 2'), 0)).toBe(true);
    expect(Object.is(ev('-0'), 0)).toBe(true);
    expect(Object.is(ev('round(-0.4)'), 0)).toBe(true);
  });

  it('rounds halves away from zero', () => {
    // cppreference std::round: round(+2.3) = 2, round(+2.5) = 3, round(+2.7) = 3, and the mirror
    expect(ev('round(2.3)')).toBe(2);
    expect(ev('round(2.5)')).toBe(3);
    expect(ev('round(2.7)')).toBe(3);
    expect(ev('round(-2.3)')).toBe(-2);
    expect(ev('round(-2.5)')).toBe(-3);
    expect(ev('round(-2.7)')).toBe(-3);
    // glibc round(0.49999999999999994) == 0 (adding 0.5 and flooring would give 1, JDK bug 6430675)
    expect(ev('round(0.49999999999999994)')).toBe(0);
    expect(ev('round(-0.5)')).toBe(-1);
  });

  it('knows its functions and constants', () => {
    // CPython 3.12 math module: sqrt(2), log10(1000), exp(1), log(e), pi, e
    expect(ev('sqrt(2)')).toBe(1.4142135623730951);
    expect(ev('log10(1000)')).toBe(3);
    expect(ev('exp(1)')).toBe(2.718281828459045);
    expect(ev('ln(e)')).toBe(1);
    expect(ev('pi')).toBe(3.141592653589793);
    expect(ev('e')).toBe(2.718281828459045);
    expect(ev('abs(-3)')).toBe(3);
    expect(ev('min(3, 1, 2)')).toBe(1);
    expect(ev('max(4)')).toBe(4);
    expect(ev('max(-1, -5)')).toBe(-1);
    expect(ev('max(1, min(7, 3), 2)')).toBe(3);
    expect(ev('2 * pi')).toBe(6.283185307179586);
  });

  it('ignores whitespace', () => {
    expect(ev(' \t1 +\n2\r\n* 3 ')).toBe(7);
    expect(ev('max ( 1 , 2 )')).toBe(2);
  });

  it('has no implicit multiplication', () => {
    expect(rangeMessage(() => ev('2pi'))).toMatch(/^syntax error at position 1: unexpected name 'pi'/);
    expect(rangeMessage(() => ev('2(3)'))).toMatch(/^syntax error at position 1: unexpected '\('/);
    expect(rangeMessage(() => ev('(1)(2)'))).toMatch(/^syntax error at position 3:/);
    expect(rangeMessage(() => ev('pi e'))).toMatch(/^syntax error at position 3:/);
    expect(rangeMessage(() => ev('2 3'))).toMatch(/^syntax error at position 2:/);
    expect(rangeMessage(() => ev('pi(2)'))).toMatch(/^syntax error at position 2:/);
    // "2e" is the number 2 and the constant e, not an exponent
    expect(rangeMessage(() => ev('2e'))).toMatch(/^syntax error at position 1: unexpected name 'e'/);
  });

  it('reports syntax errors with their 0-based position', () => {
    expect(rangeMessage(() => ev('1 + * 2'))).toMatch(/^syntax error at position 4: unexpected '\*'/);
    expect(rangeMessage(() => ev('(1 + 2'))).toMatch(/^syntax error at position 6: expected '\)'/);
    expect(rangeMessage(() => ev('1 + 2)'))).toMatch(/^syntax error at position 5: unexpected '\)'/);
    expect(rangeMessage(() => ev(''))).toMatch(/^syntax error at position 0: unexpected end of input/);
    expect(rangeMessage(() => ev('   '))).toMatch(/^syntax error at position 3:/);
    expect(rangeMessage(() => ev('2 & 3'))).toMatch(/^syntax error at position 2: unexpected character '&'/);
    expect(rangeMessage(() => ev('1 + 2 =='))).toMatch(/^syntax error at position 6:/);
    expect(rangeMessage(() => ev('sqrt 4'))).toMatch(/^syntax error at position 5: expected '\('/);
    expect(rangeMessage(() => ev('sqrt'))).toMatch(/^syntax error at position 4:/);
    expect(rangeMessage(() => ev('max(1,)'))).toMatch(/^syntax error at position 6:/);
    expect(rangeMessage(() => ev('1..2'))).toMatch(/^syntax error at position 2:/);
    expect(rangeMessage(() => ev('2^'))).toMatch(/^syntax error at position 2: unexpected end of input/);
    expect(rangeMessage(() => ev('2×3'))).toMatch(/^syntax error at position 1: unexpected character '×'/);
  });

  it('names an unknown name, and finds nothing on the object prototype', () => {
    expect(rangeMessage(() => ev('foo + 1'))).toBe("unknown name 'foo' at position 0");
    expect(rangeMessage(() => ev('1 + sin(2)'))).toBe("unknown function 'sin' at position 4");
    expect(rangeMessage(() => ev('PI'))).toMatch(/'PI'/);
    expect(rangeMessage(() => ev('constructor'))).toMatch(/'constructor'/);
    expect(rangeMessage(() => ev('__proto__'))).toMatch(/'__proto__'/);
    expect(rangeMessage(() => ev('toString(1)'))).toMatch(/'toString'/);
  });

  it('checks the number of function arguments', () => {
    expect(rangeMessage(() => ev('sqrt()'))).toBe('sqrt at position 0 takes exactly 1 argument, got 0');
    expect(rangeMessage(() => ev('1 + round(1, 2)'))).toBe(
      'round at position 4 takes exactly 1 argument, got 2',
    );
    expect(rangeMessage(() => ev('max()'))).toBe('max at position 0 takes at least 1 argument, got 0');
  });

  it('rejects division and remainder by zero', () => {
    expect(rangeMessage(() => ev('1/0'))).toBe('division by zero at position 1');
    expect(rangeMessage(() => ev('0 / 0'))).toBe('division by zero at position 2');
    expect(rangeMessage(() => ev('1/(2-2)'))).toBe('division by zero at position 1');
    expect(rangeMessage(() => ev('5 % 0'))).toBe('remainder by zero at position 2');
    expect(rangeMessage(() => ev('5 % -0'))).toBe('remainder by zero at position 2');
  });

  it('rejects every non-finite value, intermediate or final', () => {
    expect(rangeMessage(() => ev('1e999'))).toMatch(/not finite/);
    expect(rangeMessage(() => ev('2^1024'))).toBe("result of '^' at position 1 is not finite: Infinity");
    expect(rangeMessage(() => ev('exp(710)'))).toMatch(/exp at position 0 is not finite/);
    expect(rangeMessage(() => ev('sqrt(-1)'))).toMatch(/NaN/);
    expect(rangeMessage(() => ev('ln(0)'))).toMatch(/-Infinity/);
    expect(rangeMessage(() => ev('(-8)^(1/3)'))).toMatch(/NaN/);
    expect(rangeMessage(() => ev('0^-1'))).toMatch(/Infinity/);
    expect(rangeMessage(() => ev('1e308 * 10 / 10'))).toMatch(/'\*' at position 6/);
    expect(rangeMessage(() => ev('-1e308 - 1e308'))).toMatch(/-Infinity/);
  });

  it('reports the leftmost error first, and syntax errors before evaluation errors', () => {
    expect(rangeMessage(() => ev('1/0 + 2pi'))).toMatch(/^syntax error at position 7/);
    expect(rangeMessage(() => ev('(1/0) ^ sqrt(-1)'))).toMatch(/^division by zero at position 2/);
  });

  it('accepts 1,000 characters and rejects 1,001', () => {
    expect(ARITHMETIC_MAX_LENGTH).toBe(1000);
    const sum = '1' + '+1'.repeat(499); // 999 characters, 500 ones
    expect(ev(`${sum} `)).toBe(500);
    expect(rangeMessage(() => ev(`${sum}  `))).toBe('expression must be at most 1000 characters, got 1001');
  });

  it('accepts 100 nested parentheses and rejects 101, function calls included', () => {
    expect(ARITHMETIC_MAX_DEPTH).toBe(100);
    expect(ev(`${'('.repeat(100)}7${')'.repeat(100)}`)).toBe(7);
    expect(rangeMessage(() => ev(`${'('.repeat(101)}7${')'.repeat(101)}`))).toBe(
      'nesting deeper than 100 parentheses at position 100',
    );
    expect(ev(`${'sqrt('.repeat(100)}1${')'.repeat(100)}`)).toBe(1);
    expect(() => ev(`${'abs('.repeat(50)}${'('.repeat(51)}1${')'.repeat(101)}`)).toThrow(RangeError);
    expect(ev(`${'abs('.repeat(50)}${'('.repeat(50)}1${')'.repeat(100)}`)).toBe(1);
  });

  it('reads long runs of signs, powers and sums without recursing', () => {
    expect(ev(`${'-'.repeat(999)}3`)).toBe(-3);
    expect(ev(`2${'^1'.repeat(499)}`)).toBe(2);
    expect(ev(`1${'*1'.repeat(499)}`)).toBe(1);
  });

  it('rejects a non-string', () => {
    expect(() => ev(42 as unknown as string)).toThrow(new TypeError('expression must be a string, got 42'));
    expect(() => ev(null as unknown as string)).toThrow(TypeError);
    expect(() => ev(undefined as unknown as string)).toThrow(TypeError);
  });

  it('never calls eval or Function', () => {
    for (const file of ['arithmetic.ts', 'arithmetic-parser.ts', 'arithmetic-lexer.ts']) {
      const source = readFileSync(new URL(`../../../lib/agents/${file}`, import.meta.url), 'utf8');
      expect(source).not.toMatch(/\beval\s*\(|\bFunction\s*\(/);
    }
  });

  it('returns a finite number or throws a RangeError, for any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        try {
          expect(Number.isFinite(ev(s))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
        }
      }),
    );
  });

  it('returns a finite number or throws a RangeError, for strings of grammar symbols (property)', () => {
    const symbol = fc.constantFrom(
      ...'0123456789.eE+-*/%^(),  '.split(''),
      'pi',
      'e',
      'sqrt',
      'ln',
      'log10',
      'exp',
      'abs',
      'round',
      'min',
      'max',
      'x',
    );
    fc.assert(
      fc.property(fc.array(symbol, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        try {
          const value = ev(s);
          expect(Number.isFinite(value) && !Object.is(value, -0)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('throws only a TypeError for a non-string (property)', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((x) => typeof x !== 'string'),
        (x) => {
          expect(() => ev(x as string)).toThrow(TypeError);
        },
      ),
    );
  });

  it('agrees with JavaScript arithmetic on small integers (property)', () => {
    const int = fc.integer({ min: -1000, max: 1000 });
    fc.assert(
      fc.property(int, int, int, (a, b, c) => {
        expect(ev(`${a} + ${b} * ${c}`)).toBe(a + b * c || 0);
        expect(ev(`${a} - ${b} - ${c}`)).toBe(a - b - c || 0);
        expect(ev(`(${a}) * (${b})`)).toBe(a * b || 0);
        if (b !== 0) {
          const r = ev(`${a} % ${b}`);
          expect(r).toBe(a % b || 0);
          // the remainder takes the sign of the dividend
          expect(r === 0 || Math.sign(r) === Math.sign(a)).toBe(true);
        }
      }),
    );
  });

  it('is unchanged by parentheses and by double negation (property)', () => {
    const atom = fc.oneof(
      fc.integer({ min: 0, max: 50 }).map(String),
      fc.constantFrom('pi', 'e', '0.5', '.25', '1e-2'),
    );
    const op = fc.constantFrom('+', '-', '*', '/', '^');
    const expr = fc
      .tuple(atom, fc.array(fc.tuple(op, atom), { maxLength: 5 }))
      .map(([first, rest]) => first + rest.map(([o, a]) => ` ${o} ${a}`).join(''));
    fc.assert(
      fc.property(expr, (s) => {
        let value: number;
        try {
          value = ev(s);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          return;
        }
        expect(ev(`(${s})`)).toBe(value);
        expect(ev(`--(${s})`)).toBe(value);
        expect(ev(`-(${s})`)).toBe(-value || 0);
        expect(ev(`abs(${s})`)).toBe(Math.abs(value));
      }),
    );
  });

  it('rounds n + 0.5 away from zero (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (n) => {
        expect(ev(`round(${n}.5)`)).toBe(n + 1);
        expect(ev(`round(-${n}.5)`)).toBe(-(n + 1));
      }),
    );
  });
});

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero and leaves integers alone', () => {
    // cppreference std::round examples
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(-2.3)).toBe(-2);
    expect(roundHalfAwayFromZero(2 ** 53)).toBe(2 ** 53);
  });
});

describe('tokenizeArithmetic', () => {
  it('splits numbers, names and symbols with their positions, never throwing', () => {
    expect(tokenizeArithmetic('2*pi').map((t) => [t.kind, t.text, t.pos])).toEqual([
      ['number', '2', 0],
      ['operator', '*', 1],
      ['name', 'pi', 2],
      ['end', '', 4],
    ]);
    expect(tokenizeArithmetic(' 1e-3 $').map((t) => [t.kind, t.text, t.pos])).toEqual([
      ['number', '1e-3', 1],
      ['invalid', '$', 6],
      ['end', '', 7],
    ]);
  });
});

describe('parseArithmetic', () => {
  it('keeps -2^2 as the negation of a power', () => {
    const tree = parseArithmetic('-2^2');
    expect(tree.kind).toBe('negate');
  });

  it('rejects what evaluateArithmetic rejects at parse time', () => {
    expect(() => parseArithmetic('2pi')).toThrow(RangeError);
  });
});
