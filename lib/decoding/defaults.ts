/**
 * The real default decoding settings of Hugging Face `transformers` and the OpenAI API, named as
 * `decodingPipeline`'s config fields, so a demo can start from either and say which it shows.
 * Both objects can be passed to `decodingPipeline` as they are.
 *
 * - `hf`: `GenerationConfig` (https://huggingface.co/docs/transformers/main_classes/text_generation
 *   and `src/transformers/generation/configuration_utils.py`): temperature 1.0, top_k 50,
 *   top_p 1.0, min_p None, repetition_penalty 1.0, no_repeat_ngram_size 0. These only act when
 *   `do_sample=True`; top_k = 50 is the one default that filters anything.
 * - `openai`: Chat Completions API reference
 *   (https://platform.openai.com/docs/api-reference/chat/create): temperature 1, top_p 1,
 *   presence_penalty 0, frequency_penalty 0 (penalties accepted in [−2, 2]). The API has no top-k,
 *   min-p, repetition penalty or n-gram ban.
 *
 * @example DEFAULTS.hf.topK // 50
 */
export const DEFAULTS = {
  hf: {
    temperature: 1.0,
    topK: 50,
    topP: 1.0,
    minP: null,
    repetitionPenalty: 1.0,
    noRepeatNgramSize: 0,
  },
  openai: {
    temperature: 1,
    topP: 1,
    presencePenalty: 0,
    frequencyPenalty: 0,
  },
} as const;
