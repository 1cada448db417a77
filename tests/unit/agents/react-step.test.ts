import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReActStep } from '@/lib/agents';

describe('parseReActStep', () => {
  // Inputs and expected values from LangChain's tests of ReActSingleInputOutputParser
  // (libs/langchain/tests/unit_tests/agents/output_parsers/test_react_single_input.py) and of the
  // MRKL parser that shares its format (tests/unit_tests/agents/test_mrkl.py,
  // test_mrkl_output_parser.py).
  it('parses an action (LangChain test_action)', () => {
    const text = 'Thought: agent thought here\nAction: search\nAction Input: what is the temperature in SF?';
    expect(parseReActStep(text)).toEqual({
      thought: 'agent thought here',
      action: 'search',
      actionInput: 'what is the temperature in SF?',
    });
  });

  it('parses a final answer (LangChain test_finish)', () => {
    const text = 'Thought: agent thought here\nFinal Answer: The temperature is 100';
    expect(parseReActStep(text)).toEqual({
      thought: 'agent thought here',
      finalAnswer: 'The temperature is 100',
    });
  });

  it('rejects an action together with "Final Answer:", even mid-line (LangChain test_action_with_finish)', () => {
    const text =
      'Thought: agent thought here\nAction: search Final Answer:\nAction Input: what is the temperature in SF?';
    expect(() => parseReActStep(text)).toThrow(RangeError);
  });

  it('rejects an action followed by an observation and a final answer (LangChain test_valid_action_and_answer_raises_exception)', () => {
    const text =
      'Thought: I need to search for NBA\nAction: Search\nAction Input: NBA\nObservation: founded in 1994\n' +
      'Thought: I can now answer the question\nFinal Answer: 1994';
    expect(() => parseReActStep(text)).toThrow(
      new RangeError('text has both an Action and a Final Answer; expected exactly one of them'),
    );
  });

  it('rejects a final answer before a parse-able action (ReActSingleInputOutputParser raises; MRKL would finish)', () => {
    const text =
      'Final Answer: The best pizza to eat is margaritta\n\n        Action: foo\n        Action Input: bar\n        ';
    expect(() => parseReActStep(text)).toThrow(RangeError);
  });

  it('trims the tool name (LangChain test_get_action_and_input, _whitespace)', () => {
    expect(parseReActStep('Thought: I need to search for NBA\nAction: Search\nAction Input: NBA')).toEqual({
      thought: 'I need to search for NBA',
      action: 'Search',
      actionInput: 'NBA',
    });
    expect(
      parseReActStep('Thought: I need to search for NBA\nAction: Search \nAction Input: NBA'),
    ).toMatchObject({
      action: 'Search',
      actionInput: 'NBA',
    });
  });

  it('keeps a multi-line action input (LangChain test_get_action_and_input_newline)', () => {
    const text =
      'Now I need to write a unittest for the function.\n\n' +
      'Action: Python\nAction Input:\n```\nimport unittest\n\nunittest.main()\n```';
    expect(parseReActStep(text)).toEqual({
      thought: 'Now I need to write a unittest for the function.',
      action: 'Python',
      actionInput: '```\nimport unittest\n\nunittest.main()\n```',
    });
  });

  it('reads indented markers and values on the next line (LangChain test_get_action_and_input_newline_after_keyword)', () => {
    const text =
      '\n    I can use the `ls` command to list the contents of the directory     and `grep` to search for the specific file.\n\n' +
      '    Action:\n    Terminal\n\n    Action Input:\n    ls -l ~/.bashrc.d/\n    ';
    // LangChain keeps the input's trailing newline ('ls -l ~/.bashrc.d/\n'); the contract trims it
    expect(parseReActStep(text)).toEqual({
      thought:
        'I can use the `ls` command to list the contents of the directory     and `grep` to search for the specific file.',
      action: 'Terminal',
      actionInput: 'ls -l ~/.bashrc.d/',
    });
  });

  it('keeps double quotes inside the input (LangChain test_get_action_and_input_sql_query)', () => {
    const text =
      '\n    I should query for the largest single shift payment for every unique user.\n' +
      '    Action: query_sql_db\n    Action Input:     SELECT "UserName", MAX(totalpayment) FROM user_shifts GROUP BY "UserName" ';
    expect(parseReActStep(text)).toMatchObject({
      action: 'query_sql_db',
      actionInput: 'SELECT "UserName", MAX(totalpayment) FROM user_shifts GROUP BY "UserName"',
    });
  });

  it('parses an indented action after free text (LangChain test_valid_action_and_action_input_parse)', () => {
    const text = 'I can use the `foo` tool to achieve the goal.\n    Action: foo\n    Action Input: bar';
    expect(parseReActStep(text)).toEqual({
      thought: 'I can use the `foo` tool to achieve the goal.',
      action: 'foo',
      actionInput: 'bar',
    });
  });

  it('reads final answers on the next line and over several lines (LangChain test_get_final_answer*)', () => {
    const thought = 'Thought: I can now answer the question\n';
    expect(parseReActStep(`${thought}Final Answer: 1994`)).toEqual({
      thought: 'I can now answer the question',
      finalAnswer: '1994',
    });
    expect(parseReActStep(`${thought}Final Answer:\n1994`)).toMatchObject({ finalAnswer: '1994' });
    expect(parseReActStep(`${thought}Final Answer: 1994\n1993`)).toMatchObject({ finalAnswer: '1994\n1993' });
    // LangChain test_valid_final_answer_parse: trailing space trimmed, no thought
    expect(parseReActStep('Final Answer: The best pizza to eat is margaritta ')).toEqual({
      finalAnswer: 'The best pizza to eat is margaritta',
    });
  });

  it('rejects text with neither an action nor a final answer (LangChain test_missing_action, test_bad_action_line)', () => {
    expect(() => parseReActStep('I can use the `foo` tool to achieve the goal.')).toThrow(RangeError);
    expect(() =>
      parseReActStep('Thought: I need to search for NBA\nThought: Search\nAction Input: NBA'),
    ).toThrow(new RangeError("text has neither an 'Action:' nor a 'Final Answer:' at the start of a line"));
    expect(() => parseReActStep('')).toThrow(RangeError);
  });

  it('rejects an action without its input (LangChain test_missing_action_input, test_bad_action_input_line)', () => {
    expect(() => parseReActStep('I can use the `foo` tool to achieve the goal.\n    Action: foo')).toThrow(
      new RangeError("the 'Action:' has no 'Action Input:' after it"),
    );
    expect(() => parseReActStep('Thought: I need to search for NBA\nAction: Search\nThought: NBA')).toThrow(
      RangeError,
    );
    // an input before the action does not count
    expect(() => parseReActStep('Action Input: NBA\nAction: Search')).toThrow(RangeError);
  });

  it('rejects an empty action', () => {
    expect(() => parseReActStep('Action:\nAction Input: x')).toThrow(
      new RangeError("the 'Action:' is empty; expected a tool name"),
    );
  });

  it('ends a value at the next line that starts with a marker', () => {
    expect(parseReActStep('Final Answer: 42\nThought: that was easy')).toEqual({ finalAnswer: '42' });
    expect(parseReActStep('Action: search\nAction Input: Paris\nThought: wait for it')).toEqual({
      action: 'search',
      actionInput: 'Paris',
    });
  });

  it('ignores markers that are not at the start of a line', () => {
    expect(parseReActStep('Thought: the Action: field comes next\nAction: search\nAction Input: x')).toEqual({
      thought: 'the Action: field comes next',
      action: 'search',
      actionInput: 'x',
    });
  });

  it('takes the text before the first marker as the thought, and omits an empty thought', () => {
    expect(parseReActStep(' I should look it up.\nAction: search\nAction Input: x')).toEqual({
      thought: 'I should look it up.',
      action: 'search',
      actionInput: 'x',
    });
    const result = parseReActStep('Action: search\nAction Input: x');
    expect(result).toEqual({ action: 'search', actionInput: 'x' });
    expect('thought' in result).toBe(false);
    expect(parseReActStep('Thought:\nFinal Answer: 1')).toEqual({ finalAnswer: '1' });
  });

  it('joins the leading text and the Thought values before the decision', () => {
    expect(parseReActStep('Hmm.\nThought: search first\nAction: search\nAction Input: x')).toMatchObject({
      thought: 'Hmm.\nsearch first',
    });
  });

  it("accepts LangChain's numbered markers and Windows line breaks", () => {
    expect(parseReActStep('Thought 2: look again\nAction 2: search\nAction Input 2: Paris')).toEqual({
      thought: 'look again',
      action: 'search',
      actionInput: 'Paris',
    });
    expect(parseReActStep('Thought: a\r\nAction: b\r\nAction Input: c\r\nd\r\n')).toEqual({
      thought: 'a',
      action: 'b',
      actionInput: 'c\r\nd',
    });
  });

  it('takes the first action and the first input after it', () => {
    expect(parseReActStep('Action: a\nAction Input: 1\nAction: b\nAction Input: 2')).toEqual({
      action: 'a',
      actionInput: '1',
    });
  });

  it('rejects a non-string', () => {
    expect(() => parseReActStep(3 as unknown as string)).toThrow(
      new TypeError('text must be a string, got 3'),
    );
  });

  it('returns a step or throws a RangeError, for any string (property)', () => {
    const piece = fc.constantFrom(
      'Thought:',
      'Action:',
      'Action Input:',
      'Final Answer:',
      '\n',
      ' ',
      'x',
      '\r\n',
      'Observation:',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme' }),
          fc.array(piece).map((p) => p.join('')),
        ),
        (text) => {
          try {
            const step = parseReActStep(text);
            expect('action' in step || 'finalAnswer' in step).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(RangeError);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('recovers the fields it was given (property)', () => {
    const value = fc
      .string({ minLength: 1 })
      .map((s) => s.trim())
      .filter(
        (s) =>
          s !== '' && !/[\r\n]/.test(s) && !s.includes('Final Answer:') && !/^(?:Thought|Action)/.test(s),
      );
    fc.assert(
      fc.property(value, value, value, fc.boolean(), (thought, action, input, finish) => {
        if (finish) {
          expect(parseReActStep(`${thought}\nFinal Answer: ${input}`)).toEqual({
            thought,
            finalAnswer: input,
          });
        } else {
          expect(parseReActStep(`Thought: ${thought}\nAction: ${action}\nAction Input: ${input}\n`)).toEqual({
            thought,
            action,
            actionInput: input,
          });
        }
      }),
    );
  });
});
