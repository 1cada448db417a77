/**
 * The policy textarea as text: ReAct steps separated by lines holding only `---`. Pure helpers
 * (no formulas), tested in tests/unit/demos/react-stepper-policy.test.ts.
 */

/** The textarea accepts at most this many characters (room for 10,000 nested parentheses). */
export const POLICY_MAX_CHARS = 50_000;

/** A line that separates two steps. */
const SEPARATOR = /^[ \t]*---[ \t]*$/;

/**
 * The steps of a policy text: blocks between separator lines, each trimmed; empty blocks are
 * dropped (a stray separator is not a step).
 *
 * @example splitPolicy('Action: a\nAction Input: 1\n---\nFinal Answer: 2') // ['Action: a\nAction Input: 1', 'Final Answer: 2']
 */
export function splitPolicy(text: string): string[] {
  const steps: string[] = [];
  let block: string[] = [];
  const flush = () => {
    const joined = block.join('\n').trim();
    if (joined !== '') steps.push(joined);
    block = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (SEPARATOR.test(line)) flush();
    else block.push(line);
  }
  flush();
  return steps;
}

/** The policy text of a list of steps (the inverse of {@link splitPolicy} for trimmed, non-empty steps). */
export function joinPolicy(steps: readonly string[]): string {
  return steps.join('\n---\n');
}

/** Why a policy text cannot be run. */
export type PolicyError = { kind: 'empty' } | { kind: 'tooLong'; length: number };

/**
 * The steps of a policy text, or why there are none to run.
 *
 * @example readPolicy('   ') // { ok: false, error: { kind: 'empty' } }
 */
export function readPolicy(text: string): { ok: true; steps: string[] } | { ok: false; error: PolicyError } {
  if (text.length > POLICY_MAX_CHARS) return { ok: false, error: { kind: 'tooLong', length: text.length } };
  const steps = splitPolicy(text);
  return steps.length === 0 ? { ok: false, error: { kind: 'empty' } } : { ok: true, steps };
}

/**
 * At most `max` code points of `text`, and how many were left out (long hostile inputs stay
 * readable in the trace; the context panel shows everything).
 *
 * @example clipText('abcdef', 4) // { text: 'abcd', hidden: 2 }
 */
export function clipText(text: string, max: number): { text: string; hidden: number } {
  if (text.length <= max) return { text, hidden: 0 };
  const points = Array.from(text);
  if (points.length <= max) return { text, hidden: 0 };
  return { text: points.slice(0, max).join(''), hidden: points.length - max };
}
