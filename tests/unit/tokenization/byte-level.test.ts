import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteLevelAlphabet, byteLevelEncode } from '@/lib/tokenization';

/**
 * ''.join(bytes_to_unicode()[b] for b in range(256)), printed by openai/gpt-2 src/encoder.py
 * `bytes_to_unicode` run as written (index = byte value).
 */
const GPT2_TABLE =
  'ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠ!"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁł¡¢£¤¥¦§¨©ª«¬Ń®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ';

/** Any code point but a surrogate, drawn from the 1-, 2-, 3- and 4-byte UTF-8 ranges alike. */
const scalar = fc
  .oneof(
    fc.integer({ min: 0, max: 0x7f }),
    fc.integer({ min: 0x80, max: 0x7ff }),
    fc.integer({ min: 0x800, max: 0xffff }),
    fc.integer({ min: 0x10000, max: 0x10ffff }),
  )
  .filter((cp) => cp < 0xd800 || cp > 0xdfff)
  .map((cp) => String.fromCodePoint(cp));

/** Inverse of the table, then UTF-8 decoding: GPT-2's `Encoder.decode`. */
function byteLevelDecode(text: string): string {
  const alphabet = byteLevelAlphabet();
  const bytes = Array.from(text, (ch) => alphabet.indexOf(ch));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
}

describe('byteLevelAlphabet', () => {
  it('is GPT-2 bytes_to_unicode, byte by byte', () => {
    expect(byteLevelAlphabet()).toEqual(Array.from(GPT2_TABLE));
  });

  it('maps space, newline and tab to Ġ, Ċ, ĉ and keeps printable bytes', () => {
    // The markers seen throughout GPT-2's vocab.json: "Ġthe", "Ċ", "ĉ"
    const alphabet = byteLevelAlphabet();
    expect(alphabet[0x20]).toBe('Ġ');
    expect(alphabet[0x0a]).toBe('Ċ');
    expect(alphabet[0x09]).toBe('ĉ');
    expect(alphabet[0x00]).toBe('\u0100');
    expect(alphabet[0x7f]).toBe('\u0121');
    expect(alphabet[0xa0]).toBe('\u0142');
    expect(alphabet[0xad]).toBe('\u0143');
    expect(alphabet[0x41]).toBe('A');
    expect(alphabet[0xe9]).toBe('é');
  });

  it('returns a fresh array each call', () => {
    const first = byteLevelAlphabet();
    first[0] = 'x';
    expect(byteLevelAlphabet()[0]).toBe('\u0100');
  });

  it('is 256 distinct, visible, non-whitespace characters (property of the table)', () => {
    const alphabet = byteLevelAlphabet();
    expect(alphabet).toHaveLength(256);
    expect(new Set(alphabet).size).toBe(256);
    for (const ch of alphabet) expect(/^[\s\p{Cc}]$/u.test(ch)).toBe(false);
  });
});

describe('byteLevelEncode', () => {
  it('matches GPT-2 byte encoding of sample strings', () => {
    // ''.join(byte_encoder[b] for b in text.encode('utf-8')), with openai/gpt-2 bytes_to_unicode
    expect(byteLevelEncode(' Hello world\n')).toBe('ĠHelloĠworldĊ');
    expect(byteLevelEncode('中')).toBe('ä¸Ń');
    expect(byteLevelEncode('hello 世界!')).toBe('helloĠä¸ĸçķĮ!');
    expect(byteLevelEncode('é')).toBe('Ã©');
    expect(byteLevelEncode('😀')).toBe('ðŁĺĢ');
    expect(byteLevelEncode('\u0000\u007f\u00a0\u00ad')).toBe('ĀġÂłÂŃ');
    expect(byteLevelEncode('')).toBe('');
  });

  it('rejects non-strings and lone surrogates', () => {
    expect(() => byteLevelEncode(42 as unknown as string)).toThrow(
      new TypeError('text must be a string, got 42'),
    );
    expect(() => byteLevelEncode('a\ud83d')).toThrow(
      new RangeError('text must be well-formed UTF-16, got a lone surrogate U+D83D at index 1'),
    );
    expect(() => byteLevelEncode('\ude00b')).toThrow(RangeError);
  });

  it('writes one character per UTF-8 byte and decodes back (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: scalar, maxLength: 20 }), (text) => {
        const encoded = byteLevelEncode(text);
        expect(Array.from(encoded)).toHaveLength(new TextEncoder().encode(text).length);
        expect(byteLevelDecode(encoded)).toBe(text);
      }),
    );
  });
});
