'use client';

import { groupDigits } from '@/components/demos/shared/number-field';
import { NumberInput } from '@/components/demos/shared/number-input';
import { InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import type { KlMonteCarlo } from '@/lib/alignment/kl-divergence';
import type { KlEstimates } from '@/lib/alignment/kl-estimators';
import { formatValue, type McField } from './compute';
import { N_PRESETS, type NPreset } from './presets';
import type { KlText } from './text';

const ESTIMATORS = ['k1', 'k2', 'k3'] as const;
const CELL = 'px-2 py-1 text-right font-mono tabular-nums';

/**
 * The seeded Monte-Carlo run: N and the seed as typed, presets for N and a button for a new seed,
 * then the exact expectation, sample mean, sample standard deviation, minimum and count of negative
 * draws of each estimator (all from lib's klEstimatorMonteCarlo), and two sentences read off them.
 */
export function MonteCarlo({
  values,
  invalid,
  error,
  errorId,
  result,
  expectations,
  onEdit,
  onNewSeed,
  t,
}: {
  values: Readonly<Record<McField, string>>;
  invalid: readonly McField[];
  error: string | null;
  errorId: string;
  result: KlMonteCarlo;
  expectations: KlEstimates;
  onEdit: (field: McField, text: string) => void;
  onNewSeed: () => void;
  t: KlText;
}) {
  const n = groupDigits(result.n);
  return (
    <section className="mt-5 border-t border-line pt-4" data-monte-carlo>
      <h3 className="text-sm font-semibold">{t.mcTitle}</h3>
      <div className="mt-2 grid grid-cols-1 items-end gap-x-4 gap-y-2 sm:grid-cols-[1fr_1fr_auto]">
        {(['n', 'seed'] as const).map((field) => (
          <NumberInput
            key={field}
            label={t.mcFields[field]}
            hint={t.mcHints[field]}
            value={values[field]}
            invalid={invalid.includes(field)}
            describedBy={errorId}
            onChange={(text) => onEdit(field, text)}
          />
        ))}
        <button
          type="button"
          onClick={onNewSeed}
          className="min-h-8 rounded-md border border-line px-2.5 py-1 text-sm font-medium hover:bg-surface-2"
        >
          {t.newSeed}
        </button>
      </div>
      <PresetButtons
        label={t.nPresets}
        keys={N_PRESETS}
        names={t.nPresetNames}
        onPick={(key: NPreset) => onEdit('n', key)}
        className="mt-2"
      />
      <InputError id={errorId} message={error} />
      <div
        className="overflow-x-auto"
        role="region"
        aria-label={t.mcCaption(n, String(result.seed))}
        tabIndex={0}
      >
        <table className="w-full min-w-[32rem] text-sm" data-mc-table>
          <caption className="mb-1 text-left text-xs text-muted">
            {t.mcCaption(n, String(result.seed))}
          </caption>
          <thead>
            <tr className="border-b border-line">
              {t.mcColumns.map((c, i) => (
                <th
                  key={c}
                  scope="col"
                  className={`px-2 py-1 font-medium ${i === 0 ? 'text-left' : 'text-right'}`}
                >
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ESTIMATORS.map((k) => {
              const stats = result[k];
              return (
                <tr key={k} className="border-b border-line/60" data-estimator={k}>
                  <th scope="row" className="px-2 py-1 text-left font-mono font-normal">
                    {k}
                    {k !== 'k2' && <span className="ml-1 text-xs text-accent-strong">★</span>}
                  </th>
                  <td className={CELL}>{formatValue(expectations[k])}</td>
                  <td className={CELL}>{formatValue(stats.mean)}</td>
                  <td className={CELL}>{formatValue(stats.std)}</td>
                  <td className={CELL}>{formatValue(stats.min)}</td>
                  <td className={CELL} data-negatives>
                    {t.negatives(groupDigits(stats.negativeCount), n)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm" data-spread>
        {t.spread(formatValue(result.k1.std), formatValue(result.k3.std), result.k3.std < result.k1.std)}
      </p>
      <p className="mt-1 text-sm" data-signs>
        {t.signs(groupDigits(result.k1.negativeCount), groupDigits(result.k3.negativeCount), n)}
      </p>
      <p className="mt-1 text-xs text-muted">{t.sampled}</p>
    </section>
  );
}
