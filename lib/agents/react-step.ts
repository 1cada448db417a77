import { describeValue } from '@/lib/utils/validate';

/** A ReAct step that calls a tool. */
export interface ReActAction {
  readonly thought?: string;
  readonly action: string;
  readonly actionInput: string;
}

/** A ReAct step that ends the episode with an answer. */
export interface ReActFinish {
  readonly thought?: string;
  readonly finalAnswer: string;
}

/** What {@link parseReActStep} returns. */
export type ReActStep = ReActAction | ReActFinish;

type MarkerKind = 'thought' | 'action' | 'actionInput' | 'finalAnswer';

/**
 * Line-start markers, tried in order (`Action Input:` before `Action:`). Leading spaces or tabs are
 * allowed, and so are LangChain's step numbers (`Action 1:`, `Action 1 Input 1:`, as its regex
 * `Action\s*\d*\s*Input\s*\d*\s*:`), but only within one line.
 */
const MARKERS: readonly (readonly [MarkerKind, RegExp])[] = [
  ['finalAnswer', /^[ \t]*Final Answer:/],
  ['actionInput', /^[ \t]*Action[ \t]*\d*[ \t]*Input[ \t]*\d*[ \t]*:/],
  ['action', /^[ \t]*Action[ \t]*\d*[ \t]*:/],
  ['thought', /^[ \t]*Thought[ \t]*\d*[ \t]*:/],
];

interface Segment {
  readonly kind: MarkerKind;
  /** where the marker's line starts */
  readonly lineStart: number;
  /** where the value starts, just after the colon */
  readonly valueStart: number;
}

/** The markers found at line starts, in order. */
function findSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    for (const [kind, pattern] of MARKERS) {
      const found = pattern.exec(line);
      if (found) {
        segments.push({ kind, lineStart, valueStart: lineStart + found[0].length });
        break;
      }
    }
    if (!match) return segments;
    lineStart = lineEnd + match[0].length;
  }
}

/**
 * Parses one step of a ReAct agent's output (Thought / Action / Action Input, or Final Answer)
 * into a tool call or a final answer.
 *
 * Format (Yao et al. 2023, "ReAct: Synergizing Reasoning and Acting in Language Models",
 * https://arxiv.org/abs/2210.03629, in the text form of LangChain's
 * `ReActSingleInputOutputParser`, `langchain/agents/output_parsers/react_single_input.py`): the
 * markers `Thought:`, `Action:`, `Action Input:` and `Final Answer:` count at the start of a line
 * (after optional spaces or tabs; case-sensitive). A marker's value runs to the next line that
 * starts with a marker (or the end) and is trimmed. The thought is the text before the first
 * marker — the prompt usually ends with "Thought:" — together with the values of the `Thought:`
 * markers before the Action or Final Answer, joined by newlines; it is omitted when empty. The
 * first `Action:` is the tool, and the first `Action Input:` after it its input.
 *
 * Differences from LangChain, which reads with regular expressions over the whole text: the value
 * of a field ends at the next marker line (LangChain's action input runs to the end of the text,
 * and its final answer is everything after the last "Final Answer:"), values are trimmed of all
 * whitespace (LangChain strips only spaces from the input, and then double quotes — kept here),
 * and a Final Answer with an Action that lacks its input is an error (LangChain returns the
 * answer). As in LangChain, an action together with "Final Answer:" anywhere in the text — even
 * mid-line — is an error.
 *
 * @param text the model's output for one step.
 * @throws {TypeError} when `text` is not a string.
 * @throws {RangeError} when neither an Action nor a Final Answer is present, when the Action is
 *   empty or has no Action Input after it, or when both an Action and a Final Answer are present.
 * @example parseReActStep('Thought: I need the weather\nAction: search\nAction Input: SF weather')
 * // { thought: 'I need the weather', action: 'search', actionInput: 'SF weather' }
 * @example parseReActStep(' I know it now.\nFinal Answer: 42') // { thought: 'I know it now.', finalAnswer: '42' }
 */
export function parseReActStep(text: string): ReActStep {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${describeValue(text)}`);
  const segments = findSegments(text);
  const valueOf = (i: number): string => {
    const segment = segments[i] as Segment;
    const end = i + 1 < segments.length ? (segments[i + 1] as Segment).lineStart : text.length;
    return text.slice(segment.valueStart, end).trim();
  };
  const actionIndex = segments.findIndex((s) => s.kind === 'action');
  const finalIndex = segments.findIndex((s) => s.kind === 'finalAnswer');
  if (actionIndex >= 0 && (finalIndex >= 0 || text.includes('Final Answer:'))) {
    throw new RangeError('text has both an Action and a Final Answer; expected exactly one of them');
  }
  if (actionIndex < 0 && finalIndex < 0) {
    throw new RangeError("text has neither an 'Action:' nor a 'Final Answer:' at the start of a line");
  }
  const decisive = actionIndex >= 0 ? actionIndex : finalIndex;
  const thoughtParts = [text.slice(0, segments[0]?.lineStart ?? text.length).trim()];
  for (let i = 0; i < decisive; i++)
    if ((segments[i] as Segment).kind === 'thought') thoughtParts.push(valueOf(i));
  const thought = thoughtParts.filter((part) => part !== '').join('\n');
  const withThought = thought === '' ? {} : { thought };
  if (actionIndex < 0) return { ...withThought, finalAnswer: valueOf(finalIndex) };

  const action = valueOf(actionIndex);
  if (action === '') throw new RangeError("the 'Action:' is empty; expected a tool name");
  const inputIndex = segments.findIndex((s, i) => i > actionIndex && s.kind === 'actionInput');
  if (inputIndex < 0) throw new RangeError("the 'Action:' has no 'Action Input:' after it");
  return { ...withThought, action, actionInput: valueOf(inputIndex) };
}
