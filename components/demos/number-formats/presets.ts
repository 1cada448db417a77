/**
 * The number-format explorer's starting points: what each `preset` prop opens on, and the example
 * buttons. Values are typed text, read by `parseValue` like anything the learner types.
 */
import type { FloatFormat } from '@/lib/training/float-format';

export const PRESET_KEYS = ['default', 'underflow', 'overflow'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

export interface Start {
  /** the value field's text */
  readonly x: string;
  /** the format the readout reports */
  readonly format: FloatFormat;
}

/**
 * default: 0.1, which no binary format holds exactly. underflow: a gradient of 2 × 10⁻⁸, below
 * half of FP16's smallest subnormal 2⁻²⁴ ≈ 5.96 × 10⁻⁸, so FP16 stores 0 while BF16 keeps it.
 * overflow: 70,000, past FP16's largest finite value 65,504.
 */
export const PRESETS: Readonly<Record<PresetKey, Start>> = {
  default: { x: '0.1', format: 'fp16' },
  underflow: { x: '2e-8', format: 'fp16' },
  overflow: { x: '70000', format: 'fp16' },
};

export const EXAMPLE_KEYS = ['third', 'tenth', 'fp16Max', 'fp16Tie', 'big', 'e4m3', 'gradient'] as const;
export type ExampleKey = (typeof EXAMPLE_KEYS)[number];

/**
 * The example buttons: 1/3 (BF16 0x3EAB), 0.1, FP16's largest value, the midpoint 65,520 that IEEE
 * rounding sends to Infinity, 70,000, 500 in E4M3 (past its 448), and a tiny gradient.
 */
export const EXAMPLES: Readonly<Record<ExampleKey, Start>> = {
  third: { x: '1/3', format: 'bf16' },
  tenth: { x: '0.1', format: 'fp16' },
  fp16Max: { x: '65504', format: 'fp16' },
  fp16Tie: { x: '65520', format: 'fp16' },
  big: { x: '70000', format: 'fp16' },
  e4m3: { x: '500', format: 'fp8-e4m3' },
  gradient: { x: '2e-8', format: 'fp16' },
};

/** The loss-scaling panel's other gradient: the largest one in the same backward pass. */
export const DEFAULT_LARGEST_GRADIENT = '1';
