import { checkInteger, checkNumber, checkNumberArray } from '@/lib/utils/validate';

const checkProbability = (name: string, value: number) =>
  checkNumber(name, value, (x) => x >= 0 && x <= 1, 'in [0, 1]');

/**
 * Probability that LSH banding makes two documents a candidate pair: a signature of b·r slots is
 * cut into `bands` bands of `rows` rows; the pair is a candidate when some band agrees in every
 * row. With Jaccard similarity s: P = 1 − (1 − s^r)^b, an S-curve in s.
 * Mining of Massive Datasets §3.4.2 (its Figure 3.8 tabulates b = 20, r = 5).
 *
 * @param similarity s in [0, 1].
 * @param bands b, an integer ≥ 1.
 * @param rows r, an integer ≥ 1.
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when an argument is out of range.
 * @example lshCandidateProbability(0.5, 20, 5) // 0.4701...
 */
export function lshCandidateProbability(similarity: number, bands: number, rows: number): number {
  const s = checkProbability('similarity', similarity);
  const b = checkInteger('bands', bands, 1);
  const r = checkInteger('rows', rows, 1);
  // 1 − (1 − x)^b through log1p/expm1: exact for tiny s^r, where 1 − s^r rounds to 1.
  const x = s ** r;
  return x === 1 ? 1 : -Math.expm1(b * Math.log1p(-x));
}

/**
 * Where the LSH S-curve rises most steeply, approximately: t ≈ (1/b)^(1/r)
 * (Mining of Massive Datasets §3.4.2).
 *
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when `bands` or `rows` is not an integer ≥ 1.
 * @example lshThreshold(20, 5) // 0.5492...
 */
export function lshThreshold(bands: number, rows: number): number {
  const b = checkInteger('bands', bands, 1);
  const r = checkInteger('rows', rows, 1);
  return (1 / b) ** (1 / r);
}

/**
 * Whether banding makes two signatures a candidate pair: true when, for some band i < `bands`,
 * slots i·r … i·r + r − 1 agree in both (slots past bands·rows are not used).
 *
 * @throws {TypeError} when a signature is not an array of numbers or a count not a number.
 * @throws {RangeError} when the signatures differ in length or are shorter than bands·rows.
 * @example lshIsCandidate([1, 2, 3, 4], [1, 2, 0, 0], 2, 2) // true
 */
export function lshIsCandidate(
  sigA: readonly number[],
  sigB: readonly number[],
  bands: number,
  rows: number,
): boolean {
  checkNumberArray('sigA', sigA);
  checkNumberArray('sigB', sigB);
  const b = checkInteger('bands', bands, 1);
  const r = checkInteger('rows', rows, 1);
  if (sigA.length !== sigB.length || sigA.length < b * r) {
    throw new RangeError(
      `sigA and sigB must have equal lengths of at least bands·rows = ${b * r}, got ${sigA.length} and ${sigB.length}`,
    );
  }
  for (let band = 0; band < b; band++) {
    let agree = true;
    for (let row = band * r; row < band * r + r && agree; row++) agree = sigA[row] === sigB[row];
    if (agree) return true;
  }
  return false;
}
