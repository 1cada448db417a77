/**
 * Parses a comma- (or whitespace-, or 、/，-) separated list of numbers typed by a learner.
 * Returns either the numbers or the first piece that is not a number, so the caller can say
 * exactly what is wrong. Never returns NaN.
 * @example parseNumberList('0.4, 0.6') // → { ok: true, values: [0.4, 0.6] }
 * @example parseNumberList('0.4, x') // → { ok: false, bad: 'x' }
 */
export function parseNumberList(text: string): { ok: true; values: number[] } | { ok: false; bad: string } {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${typeof text}`);
  const parts = text.split(/[\s,，、;；]+/).filter((p) => p.length > 0);
  const values: number[] = [];
  for (const part of parts) {
    // Number('') and Number(' ') are 0 and Number('0x10') is 16: accept plain decimals only.
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(part)) return { ok: false, bad: part };
    values.push(Number(part));
  }
  return { ok: true, values };
}

/**
 * Splits a list of labels typed by a learner (commas, Chinese commas or whitespace).
 * @example parseLabelList('cheese, mouse') // → ['cheese', 'mouse']
 */
export function parseLabelList(text: string): string[] {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${typeof text}`);
  return text
    .split(/[,，、;；]+|\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
