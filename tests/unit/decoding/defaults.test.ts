import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '@/lib/decoding';

describe('DEFAULTS', () => {
  it('holds the Hugging Face GenerationConfig defaults', () => {
    // transformers GenerationConfig docstring: temperature "defaults to 1.0", top_k "defaults to 50",
    // top_p "defaults to 1.0", min_p optional (None), repetition_penalty "defaults to 1.0",
    // no_repeat_ngram_size "defaults to 0"
    expect(DEFAULTS.hf).toEqual({
      temperature: 1.0,
      topK: 50,
      topP: 1.0,
      minP: null,
      repetitionPenalty: 1.0,
      noRepeatNgramSize: 0,
    });
  });

  it('holds the OpenAI Chat Completions defaults', () => {
    // OpenAI API reference (chat/create): temperature "Defaults to 1", top_p "Defaults to 1",
    // presence_penalty and frequency_penalty "Defaults to 0"
    expect(DEFAULTS.openai).toEqual({ temperature: 1, topP: 1, presencePenalty: 0, frequencyPenalty: 0 });
  });
});
