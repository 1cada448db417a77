'use client';

import { useId } from 'react';
import { NumberInput } from '@/components/demos/shared/number-input';
import { InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { approxText, exactText, limitText } from './display';
import { LOSS_SCALE_EXPONENTS, type FormatRow, type ScaledGradient } from './rows';
import type { NumberFormatsText } from './text';

const CELL = 'py-1 pr-3 align-top';
const NUM = `${CELL} font-mono tabular-nums`;

/**
 * The loss-scaling walk-through: a scale S = 2^k, the largest gradient of the step, and what
 * happens to both gradients in FP16 and back in FP32. Every number arrives computed
 * (`scaleGradient`, `formatRow`); this only lays them out.
 */
export function LossScalePanel({
  t,
  exponent,
  onExponent,
  largestText,
  onLargest,
  largestError,
  gradients,
  small,
  large,
  fp16Row,
  bf16Row,
  minSubnormal,
}: {
  t: NumberFormatsText;
  exponent: number;
  onExponent: (k: number) => void;
  largestText: string;
  onLargest: (text: string) => void;
  largestError: string | null;
  /** the two gradients' values, small then large */
  gradients: readonly [number, number];
  small: ScaledGradient;
  large: ScaledGradient;
  /** the small gradient's FP16 and BF16 rows without scaling */
  fp16Row: FormatRow;
  bf16Row: FormatRow;
  minSubnormal: number;
}) {
  const errorId = useId();
  const rows = [
    { key: 'small', name: t.gradientNames.small, g: gradients[0], r: small },
    { key: 'large', name: t.gradientNames.large, g: gradients[1], r: large },
  ] as const;
  return (
    <section data-loss-scale aria-label={t.lossTitle} className="mt-6 border-t border-line pt-4">
      <h3 className="font-semibold">{t.lossTitle}</h3>
      <p className="mt-1 text-sm text-muted">{t.lossIntro(limitText(minSubnormal))}</p>
      <p data-no-scaling className="mt-2 text-sm">
        {t.noScaling(exactText(fp16Row.stored), exactText(bf16Row.stored), approxText(bf16Row.relError))}
      </p>

      <div className="mt-3 grid gap-3 sm:grid-cols-[2fr_1fr] sm:items-end">
        <RangeField
          label={t.scale}
          steps={LOSS_SCALE_EXPONENTS}
          index={exponent}
          onIndexChange={onExponent}
          format={(k) => t.scaleValue(k, exactText(2 ** k))}
        />
        <NumberInput
          label={t.largest}
          hint={t.largestHint}
          value={largestText}
          onChange={onLargest}
          invalid={largestError !== null}
          describedBy={errorId}
        />
      </div>
      <InputError id={errorId} message={largestError} />

      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="mb-1 text-left text-muted">{t.lossCaption(exactText(small.scale))}</caption>
          <thead>
            <tr className="border-b border-line text-left">
              {t.lossColumns.map((c) => (
                <th key={c} scope="col" className={`${CELL} font-medium`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, name, g, r }) => (
              <tr key={key} data-gradient={key} data-status={r.status} className="border-b border-line/60">
                <th scope="row" className={`${CELL} text-left font-normal`}>
                  {name}
                </th>
                <td className={NUM}>{exactText(g)}</td>
                <td className={`${NUM} break-all`}>{exactText(r.fp16)}</td>
                <td className={`${NUM} break-all`}>{exactText(r.unscaled)}</td>
                <td className={NUM}>{approxText(r.relError)}</td>
                <td data-result className={`${CELL} ${r.status === 'ok' ? '' : 'font-semibold'}`}>
                  {t.status[r.status]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p data-verdict aria-live="polite" className="mt-2 text-sm">
        {t.verdict(small.status, large.status)}
      </p>
    </section>
  );
}
