/**
 * The DPO calculator's plumbing between the typed form and lib/alignment: parse the fields, call
 * `dpoLoss`, `dpoLogRatioDifference` and `dpoGradientWeight`, and sample the loss curve. Every
 * number comes from lib; nothing here is a loss formula. Pure, tested in
 * tests/unit/demos/dpo-calculator-compute.test.ts.
 */
import { fieldsInMessage, parseField, type FieldError } from '@/components/demos/shared/number-field';
import { dpoGradientWeight, dpoLogRatioDifference } from '@/lib/alignment/dpo-gradient';
import { dpoLoss, type DpoLogps, type DpoLossType } from '@/lib/alignment/dpo-loss';
import { formatFixed, formatScientific } from '@/lib/format';
import { FIELDS, type DpoDraft, type DpoField } from './presets';

/** What lib is called with. */
export interface DpoConfig {
  readonly logps: DpoLogps;
  readonly beta: number;
  readonly labelSmoothing: number;
  readonly lossType: DpoLossType;
}

/** What the demo shows, all from lib. */
export interface DpoView {
  readonly loss: number;
  readonly chosenReward: number;
  readonly rejectedReward: number;
  readonly margin: number;
  /** the log-ratio difference h */
  readonly h: number;
  /** the pair's gradient weight w (∇ loss = −β·w·(∇ log π_c − ∇ log π_r)) */
  readonly weight: number;
}

export type DpoError =
  | { kind: 'field'; field: DpoField; error: FieldError }
  | { kind: 'lib'; message: string; fields: DpoField[] }
  | { kind: 'overflow' };

export type DpoReading = { ok: true; config: DpoConfig; view: DpoView } | { ok: false; error: DpoError };

/** lib's parameter names, as its error messages spell them, for each field. */
const LIB_NAME: Record<DpoField, string> = {
  pc: 'policyChosenLogp',
  pr: 'policyRejectedLogp',
  rc: 'refChosenLogp',
  rr: 'refRejectedLogp',
  beta: 'beta',
  eps: 'labelSmoothing',
};

/** Calls lib with a config; a RangeError or TypeError it throws comes back as a value. */
function callLib(config: DpoConfig): { ok: true; view: DpoView } | { ok: false; message: string } {
  const options = { beta: config.beta, lossType: config.lossType, labelSmoothing: config.labelSmoothing };
  try {
    const result = dpoLoss(config.logps, options);
    return {
      ok: true,
      view: {
        ...result,
        h: dpoLogRatioDifference(config.logps),
        weight: dpoGradientWeight(config.logps, options),
      },
    };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) return { ok: false, message: e.message };
    throw e;
  }
}

/**
 * Reads the form: text that is not a number is refused here; every range (a log-probability above
 * 0, β ≤ 0, ε outside lib's range, a loss type lib does not know) is lib's to refuse, and its
 * message names the fields. A result too large to print (e.g. IPO with huge log-probabilities) is
 * refused too.
 *
 * @example readDraft(DEFAULT_DRAFT) // { ok: true, view: { loss: 0.6931471805599453, h: 0, weight: 0.5, … }, … }
 */
export function readDraft(draft: DpoDraft): DpoReading {
  const values = {} as Record<DpoField, number>;
  for (const field of FIELDS) {
    const parsed = parseField(draft[field]);
    if (!parsed.ok) return { ok: false, error: { kind: 'field', field, error: parsed.error } };
    values[field] = parsed.value;
  }
  const config: DpoConfig = {
    logps: {
      policyChosenLogp: values.pc,
      policyRejectedLogp: values.pr,
      refChosenLogp: values.rc,
      refRejectedLogp: values.rr,
    },
    beta: values.beta,
    labelSmoothing: values.eps,
    lossType: draft.lossType,
  };
  const result = callLib(config);
  if (!result.ok) {
    const names = fieldsInMessage(result.message, Object.values(LIB_NAME));
    const fields = FIELDS.filter((f) => names.includes(LIB_NAME[f]));
    return { ok: false, error: { kind: 'lib', message: result.message, fields } };
  }
  if (!Object.values(result.view).every(Number.isFinite)) return { ok: false, error: { kind: 'overflow' } };
  return { ok: true, config, view: result.view };
}

/**
 * Four log-probabilities with log-ratio difference exactly h, all ≤ 0: the reference at 0 and the
 * policy below it on one side.
 *
 * @example pairWithH(3) // { policyChosenLogp: 0, policyRejectedLogp: -3, refChosenLogp: 0, refRejectedLogp: 0 }
 */
export function pairWithH(h: number): DpoLogps {
  return {
    policyChosenLogp: Math.min(h, 0),
    policyRejectedLogp: -Math.max(h, 0),
    refChosenLogp: 0,
    refRejectedLogp: 0,
  };
}

/** Samples across the chart; an odd count puts one at h = 0. */
export const CURVE_SAMPLES = 161;
/** The chart spans βh ∈ [−SPAN, SPAN], wider when the current h lies outside. */
const SPAN = 4;

/** The loss at h under a config's β, ε and loss type, from `dpoLoss`. */
export function lossAt(config: DpoConfig, h: number): number {
  return dpoLoss(pairWithH(h), {
    beta: config.beta,
    lossType: config.lossType,
    labelSmoothing: config.labelSmoothing,
  }).loss;
}

/**
 * The loss curve against h: `CURVE_SAMPLES` evenly spaced values of h across
 * [−H, H] with H = max(SPAN/β, 1.15·|h|), plus the current h, each with lib's loss; values that
 * overflow are left out. `ticks` are nine evenly spaced h for the data table.
 */
export function lossCurve(config: DpoConfig, current: number) {
  const half = Math.max(SPAN / config.beta, 1.15 * Math.abs(current));
  const at = (i: number, n: number) => -half + (2 * half * i) / (n - 1);
  const hs = Array.from({ length: CURVE_SAMPLES }, (_, i) => at(i, CURVE_SAMPLES));
  hs.push(current);
  hs.sort((a, b) => a - b);
  const points = hs.map((h) => [h, lossAt(config, h)] as const).filter(([, loss]) => Number.isFinite(loss));
  const ticks = Array.from({ length: 9 }, (_, i) => at(i, 9));
  const top = Math.max(...points.map(([, loss]) => loss));
  return { domain: [-half, half] as const, points, ticks, top: top > 0 ? top : 1 };
}

/**
 * A readout number: four decimals (no "−0.0000"), scientific beyond ±100,000.
 *
 * @example formatValue(0.6931471805599453) // '0.6931'
 * @example formatValue(-1e-9) // '0.0000'
 * @example formatValue(2.5e7) // '2.5 × 10⁷'
 */
export function formatValue(v: number): string {
  if (Math.abs(v) >= 1e5) return formatScientific(v, 4);
  const text = formatFixed(v, 4);
  return text === '−0.0000' ? '0.0000' : text;
}

/**
 * A number with an explicit sign (+0.5000, −0.5000, 0.0000), for rewards and log-ratio changes.
 *
 * @example formatSigned(0.5) // '+0.5000'
 */
export function formatSigned(v: number): string {
  const text = formatValue(v);
  return v > 0 && text !== '0.0000' ? `+${text}` : text;
}
