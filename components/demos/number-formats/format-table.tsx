import {
  floatFormatInfo,
  FLOAT_FORMATS,
  type FloatFormat,
  type FloatFormatInfo,
} from '@/lib/training/float-format';
import type { FloatBits } from './bits';
import { approxText, exactText, limitText } from './display';
import type { Flag, FormatRow } from './rows';
import type { NumberFormatsText } from './text';

const CELL = 'py-1 pr-3 align-top';

/** The limits of the five formats: constants, read from lib once. */
const INFO = Object.fromEntries(FLOAT_FORMATS.map((f) => [f, floatFormatInfo(f)])) as Record<
  FloatFormat,
  FloatFormatInfo
>;
const NUM = `${CELL} font-mono tabular-nums`;

/** Each field is boxed and lettered (S, E, M), so its colour is never the only way to tell them apart. */
const GROUPS = [
  { key: 'sign', letter: 'S', className: 'border-(--underline) border-solid' },
  { key: 'exponent', letter: 'E', className: 'border-pitfall border-dashed' },
  { key: 'mantissa', letter: 'M', className: 'border-accent border-solid' },
] as const;

/** A value's bit pattern as three labelled boxes and its hexadecimal code. */
export function BitFields({ bits, t }: { bits: FloatBits; t: NumberFormatsText }) {
  return (
    <span data-bits={bits.hex} className="inline-flex flex-wrap items-center gap-1 font-mono text-xs">
      <span className="sr-only">{t.bitsLabel(bits.sign, bits.exponent, bits.mantissa, bits.hex)}</span>
      {GROUPS.map(({ key, letter, className }) => (
        <span
          key={key}
          aria-hidden="true"
          data-field={key}
          className={`rounded border-2 px-1 whitespace-nowrap ${className}`}
        >
          <span className="mr-1 text-[0.65rem] text-muted">{letter}</span>
          {bits[key]}
        </span>
      ))}
      <span aria-hidden="true" className="text-muted">
        {bits.hex}
      </span>
    </span>
  );
}

/** The flags of one row as words; "rounded" when nothing special happened. */
export function flagsText(flags: readonly Flag[], format: FloatFormat, t: NumberFormatsText): string {
  if (flags.length === 0) return t.rounded;
  const max = exactText(INFO[format].maxFinite);
  return flags.map((f) => (f === 'saturated' ? t.flags.saturated(max) : t.flags[f])).join(' · ');
}

/** What every format stores for x: the value, its bits, the error and what happened. */
export function FormatTable({
  rows,
  selected,
  t,
}: {
  rows: readonly FormatRow[];
  selected: FloatFormat;
  t: NumberFormatsText;
}) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="mb-1 text-left text-muted">{t.caption}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            {t.columns.map((c) => (
              <th key={c} scope="col" className={`${CELL} font-medium`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const isSelected = r.format === selected;
            return (
              <tr
                key={r.format}
                data-format={r.format}
                aria-current={isSelected ? 'true' : undefined}
                className={`border-b border-line/60 ${isSelected ? 'bg-accent-soft' : ''}`}
              >
                <th
                  scope="row"
                  className={`${CELL} text-left whitespace-nowrap ${isSelected ? 'font-semibold' : 'font-normal'}`}
                >
                  {t.formats[r.format]}
                  {isSelected && <span className="text-xs font-normal text-muted">{t.selected}</span>}
                </th>
                <td data-stored className={`${NUM} break-all`}>
                  {exactText(r.stored)}
                </td>
                <td className={CELL}>
                  <BitFields bits={r.bits} t={t} />
                </td>
                <td className={NUM}>{approxText(r.absError)}</td>
                <td className={NUM}>{approxText(r.relError)}</td>
                <td data-flags className={CELL}>
                  {flagsText(r.flags, r.format, t)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-muted">{t.bitKey}</p>
    </div>
  );
}

/** The limits of every format, from `floatFormatInfo`. */
export function FactsTable({ t }: { t: NumberFormatsText }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table data-facts className="w-full text-sm">
        <caption className="mb-1 text-left text-muted">{t.factsCaption}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            {t.factsColumns.map((c) => (
              <th key={c} scope="col" className={`${CELL} font-medium`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FLOAT_FORMATS.map((format) => {
            const info = INFO[format];
            return (
              <tr key={format} data-format={format} className="border-b border-line/60">
                <th scope="row" className={`${CELL} text-left font-normal whitespace-nowrap`}>
                  {t.formats[format]}
                </th>
                <td className={NUM}>{`1 + ${info.exponentBits} + ${info.mantissaBits}`}</td>
                <td className={NUM}>{info.bias}</td>
                <td data-max className={NUM}>
                  {limitText(info.maxFinite)}
                </td>
                <td className={NUM}>{limitText(info.minNormal)}</td>
                <td className={NUM}>{limitText(info.minSubnormal)}</td>
                <td className={NUM}>{limitText(info.epsilon)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
