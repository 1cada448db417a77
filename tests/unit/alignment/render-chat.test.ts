import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChatMessage, pythonStrip, renderChat } from '@/lib/alignment';

const TRL_MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'You are helpful' },
  { role: 'user', content: 'Hello' },
  { role: 'assistant', content: 'Hi, how can I help you?' },
];

/** The text of every trainable span, in order. */
function trainableText(messages: readonly ChatMessage[], template: 'chatml' | 'llama3'): string[] {
  const { text, spans } = renderChat(messages, template);
  return spans.filter((s) => s.trainable).map((s) => text.slice(s.start, s.end));
}

describe('renderChat (chatml)', () => {
  it('matches TRL test_example_with_setup_model', () => {
    // trl tests/test_utils.py, TestSetupChatFormat.test_example_with_setup_model
    expect(renderChat(TRL_MESSAGES, 'chatml').text).toBe(
      '<|im_start|>system\nYou are helpful<|im_end|>\n<|im_start|>user\nHello<|im_end|>\n' +
        '<|im_start|>assistant\nHi, how can I help you?<|im_end|>\n',
    );
  });

  it('appends the assistant header as the generation prompt', () => {
    // TRL ChatMlSpecialTokens.chat_template: {% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}
    const { text, spans } = renderChat([{ role: 'user', content: 'Hello' }], 'chatml', {
      addGenerationPrompt: true,
    });
    expect(text).toBe('<|im_start|>user\nHello<|im_end|>\n<|im_start|>assistant\n');
    expect(spans).toEqual([
      { role: 'user', start: 0, end: 33, trainable: false },
      { role: 'assistant', start: 33, end: 55, trainable: false },
    ]);
  });

  it('keeps the content as is (no trim in the ChatML template)', () => {
    expect(renderChat([{ role: 'user', content: '  hi \n' }], 'chatml').text).toBe(
      '<|im_start|>user\n  hi \n<|im_end|>\n',
    );
  });

  it('trains on the assistant content and <|im_end|>, not the header or the newline', () => {
    const { spans } = renderChat(TRL_MESSAGES, 'chatml');
    // '<|im_start|>system\nYou are helpful<|im_end|>\n' is 12 + 7 + 15 + 10 + 1 = 45 characters
    expect(spans).toEqual([
      { role: 'system', start: 0, end: 45, trainable: false },
      { role: 'user', start: 45, end: 78, trainable: false },
      { role: 'assistant', start: 78, end: 100, trainable: false },
      { role: 'assistant', start: 100, end: 133, trainable: true },
      { role: 'assistant', start: 133, end: 134, trainable: false },
    ]);
    expect(trainableText(TRL_MESSAGES, 'chatml')).toEqual(['Hi, how can I help you?<|im_end|>']);
  });
});

describe('renderChat (llama3)', () => {
  it('matches the Meta Llama 3 prompt-format example', () => {
    // llama.com "Model Cards & Prompt formats — Meta Llama 3": system + user, ending with the assistant header
    const messages = [
      { role: 'system', content: 'You are a helpful AI assistant for travel tips and recommendations' },
      { role: 'user', content: 'What can you help me with?' },
    ];
    expect(renderChat(messages, 'llama3', { addGenerationPrompt: true }).text).toBe(
      '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n' +
        'You are a helpful AI assistant for travel tips and recommendations<|eot_id|>' +
        '<|start_header_id|>user<|end_header_id|>\n\nWhat can you help me with?<|eot_id|>' +
        '<|start_header_id|>assistant<|end_header_id|>\n\n',
    );
  });

  it('matches the rlx-cli llama3 chat-template fixture', () => {
    // docs.rs rlx-cli tests/chat_templates/llama3.json "expected"
    const messages = [
      { role: 'system', content: 'be concise' },
      { role: 'user', content: 'hi' },
    ];
    expect(renderChat(messages, 'llama3', { addGenerationPrompt: true }).text).toBe(
      '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nbe concise<|eot_id|>' +
        '<|start_header_id|>user<|end_header_id|>\n\nhi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n',
    );
  });

  it('puts <|begin_of_text|> before the first message only and strips content as Python does', () => {
    // Meta-Llama-3-8B-Instruct chat_template: {% if loop.index0 == 0 %}{% set content = bos_token + content %};
    // message['content'] | trim → Python str.strip (' \u001fHi\u0085 '.strip() == 'Hi'; the BOM stays)
    const { text } = renderChat(
      [
        { role: 'user', content: ' \u001fHi\u0085 ' },
        { role: 'assistant', content: '\ufeffYo\n' },
      ],
      'llama3',
    );
    expect(text).toBe(
      '<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>' +
        '<|start_header_id|>assistant<|end_header_id|>\n\n\ufeffYo<|eot_id|>',
    );
    expect(text.split('<|begin_of_text|>')).toHaveLength(2);
  });

  it('trains on the stripped assistant content and <|eot_id|>', () => {
    const messages = [
      ...TRL_MESSAGES,
      { role: 'user', content: 'Thanks' },
      { role: 'assistant', content: ' Bye ' },
    ];
    expect(trainableText(messages, 'llama3')).toEqual(['Hi, how can I help you?<|eot_id|>', 'Bye<|eot_id|>']);
    const { spans } = renderChat([{ role: 'assistant', content: ' Hi ' }], 'llama3');
    // '<|begin_of_text|><|start_header_id|>assistant<|end_header_id|>\n\n' = 17 + 19 + 9 + 17 + 2 = 64
    expect(spans).toEqual([
      { role: 'assistant', start: 0, end: 64, trainable: false },
      { role: 'assistant', start: 64, end: 76, trainable: true },
    ]);
  });

  it('counts offsets in UTF-16 units', () => {
    const { text, spans } = renderChat(
      [
        { role: 'user', content: '中文 😀' },
        { role: 'assistant', content: '好 😀' },
      ],
      'llama3',
    );
    const trained = spans.find((s) => s.trainable);
    expect(trained && text.slice(trained.start, trained.end)).toBe('好 😀<|eot_id|>');
  });
});

describe('renderChat (both templates)', () => {
  it('renders an empty conversation as the templates do', () => {
    // Jinja: the loop emits nothing, so no BOS either
    expect(renderChat([], 'llama3')).toEqual({ text: '', spans: [] });
    expect(renderChat([], 'chatml', { addGenerationPrompt: true }).text).toBe('<|im_start|>assistant\n');
  });

  it('rejects malformed messages, templates and options', () => {
    expect(() => renderChat('hi' as unknown as ChatMessage[], 'chatml')).toThrow(TypeError);
    expect(() => renderChat([null as unknown as ChatMessage], 'chatml')).toThrow(
      new TypeError('messages[0] must be an object, got null'),
    );
    expect(() => renderChat([{ role: 'user', content: 3 as unknown as string }], 'chatml')).toThrow(
      new TypeError('messages[0].content must be a string, got 3'),
    );
    expect(() => renderChat([{ content: 'x' } as unknown as ChatMessage], 'llama3')).toThrow(
      new TypeError('messages[0].role must be a string, got undefined'),
    );
    expect(() => renderChat([], 'mistral' as 'chatml')).toThrow(
      new RangeError(`template must be 'chatml' or 'llama3', got "mistral"`),
    );
    expect(() => renderChat([], 1 as unknown as 'chatml')).toThrow(TypeError);
    expect(() => renderChat([], 'chatml', { addGenerationPrompt: 1 as unknown as boolean })).toThrow(
      TypeError,
    );
  });

  it('covers the text with consecutive spans, and trainable text is assistant content plus its marker (property)', () => {
    const role = fc.constantFrom('system', 'user', 'assistant', 'tool');
    const content = fc.string({ maxLength: 12, unit: 'grapheme' });
    const messages = fc.array(fc.record({ role, content }), { maxLength: 6 });
    fc.assert(
      fc.property(
        messages,
        fc.constantFrom('chatml' as const, 'llama3' as const),
        fc.boolean(),
        (ms, t, gen) => {
          const input = ms.map((m) => ({ ...m }));
          const { text, spans } = renderChat(ms, t, { addGenerationPrompt: gen });
          expect(ms).toEqual(input);
          let offset = 0;
          for (const span of spans) {
            expect(span.start).toBe(offset);
            expect(span.end).toBeGreaterThan(span.start);
            if (span.trainable) expect(span.role).toBe('assistant');
            offset = span.end;
          }
          expect(offset).toBe(text.length);
          const marker = t === 'chatml' ? '<|im_end|>' : '<|eot_id|>';
          const expected = ms
            .filter((m) => m.role === 'assistant')
            .map((m) => `${t === 'chatml' ? m.content : pythonStrip(m.content)}${marker}`);
          expect(trainableText(ms, t)).toEqual(expected);
        },
      ),
    );
  });
});
