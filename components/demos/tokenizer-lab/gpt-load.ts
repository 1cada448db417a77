/**
 * Loads a real GPT tokenizer on demand. Each encoding of `gpt-tokenizer` (its merge ranks are
 * megabytes of data) is a dynamic `import()`, so the bundler puts it in a chunk of its own that
 * the browser fetches only when the GPT tab asks for it — never with the demo's own code.
 */
import { rankBytes, type RankEntry } from './gpt-stats';

export const ENCODINGS = ['o200k_base', 'cl100k_base'] as const;
export type EncodingName = (typeof ENCODINGS)[number];

/** What the GPT tab needs from an encoding. */
export interface LoadedEncoding {
  name: EncodingName;
  /** token ids of a text, special-token strings read as plain text (tiktoken's `encode_ordinary`) */
  encode: (text: string) => number[];
  /** the bytes a token id stands for */
  bytesOf: (id: number) => number[];
}

interface EncodingModule {
  encode: (text: string, options?: { disallowedSpecial?: Set<string> }) => number[];
}

/** The literal specifiers matter: they tell the bundler which two files form each chunk. */
const loaders: Record<EncodingName, () => Promise<[EncodingModule, { default: readonly RankEntry[] }]>> = {
  o200k_base: () =>
    Promise.all([import('gpt-tokenizer/encoding/o200k_base'), import('gpt-tokenizer/bpeRanks/o200k_base')]),
  cl100k_base: () =>
    Promise.all([import('gpt-tokenizer/encoding/cl100k_base'), import('gpt-tokenizer/bpeRanks/cl100k_base')]),
};

const cache = new Map<EncodingName, Promise<LoadedEncoding>>();

/**
 * The encoding, loaded once per page (every tokenizer lab on the page shares it). A failed load
 * is forgotten so that "retry" fetches again.
 */
export function loadEncoding(name: EncodingName): Promise<LoadedEncoding> {
  const cached = cache.get(name);
  if (cached) return cached;
  const promise = loaders[name]().then(([module, ranks]): LoadedEncoding => {
    const table = ranks.default;
    // An empty disallowed set: "<|endoftext|>" typed by the reader is text, not a control token.
    const ordinary = { disallowedSpecial: new Set<string>() };
    return {
      name,
      encode: (text) => module.encode(text, ordinary),
      bytesOf: (id) => rankBytes(table[id]),
    };
  });
  cache.set(name, promise);
  promise.catch(() => cache.delete(name));
  return promise;
}
