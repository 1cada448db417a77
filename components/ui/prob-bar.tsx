/**
 * A horizontal probability bar, decorative: the number it draws is always printed next to it.
 * The bar spans `value / max` of the cell (max defaults to 1; pass a column's largest value so its
 * longest bar fills the cell). `cut` draws a vertical line at that value (a threshold); `muted`
 * greys the bar of a token that is ruled out.
 */
export function ProbBar({
  value,
  max = 1,
  cut,
  muted,
}: {
  value: number;
  max?: number;
  cut?: number;
  muted?: boolean;
}) {
  const pct = (x: number) => `${(x / max) * 100}%`;
  return (
    <div aria-hidden="true" className="relative mt-0.5 h-2 w-full rounded-sm bg-surface-2">
      <div
        className={`h-full rounded-sm transition-[width] motion-reduce:transition-none ${muted ? 'bg-muted/60' : 'bg-accent'}`}
        style={{ width: pct(value) }}
      />
      {cut !== undefined && <div className="absolute -inset-y-1 w-0.5 bg-fg" style={{ left: pct(cut) }} />}
    </div>
  );
}
