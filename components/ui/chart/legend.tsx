import { classes } from './classes';

/** One legend entry: how its mark looks (colour AND shape or dash, never colour alone) and its name. */
export interface LegendItem {
  label: string;
  kind: 'line' | 'rect' | 'dot' | 'square' | 'diamond';
  color: string;
  /** strokeDasharray of a line swatch. */
  dash?: string;
  /** Outline of a rect swatch. */
  stroke?: string;
  /** Fill opacity of a rect swatch, matching a translucent mark. */
  opacity?: number;
}

/** A small drawing of a legend entry's mark; decorative, the label names it. */
export function Swatch({ item }: { item: LegendItem }) {
  return (
    <svg width="24" height="12" viewBox="0 0 24 12" aria-hidden="true" className="shrink-0">
      {item.kind === 'line' && (
        <line
          x1="0"
          y1="6"
          x2="24"
          y2="6"
          stroke={item.color}
          strokeWidth="2.5"
          strokeDasharray={item.dash}
        />
      )}
      {item.kind === 'rect' && (
        <rect
          x="1"
          y="2"
          width="22"
          height="8"
          fill={item.color}
          fillOpacity={item.opacity}
          stroke={item.stroke}
        />
      )}
      {item.kind === 'dot' && <circle cx="12" cy="6" r="4.5" fill={item.color} />}
      {item.kind === 'square' && <rect x="7.5" y="1.5" width="9" height="9" fill={item.color} />}
      {item.kind === 'diamond' && (
        <rect x="8" y="2" width="8" height="8" transform="rotate(45 12 6)" fill={item.color} />
      )}
    </svg>
  );
}

/**
 * The chart's legend as an HTML list under the plot, so long labels wrap in both languages.
 * `className` replaces the default spacing and text size (`mt-1 text-sm`).
 */
export function Legend({
  items,
  className = 'mt-1 text-sm',
}: {
  items: readonly LegendItem[];
  className?: string;
}) {
  return (
    <ul className={classes('flex flex-wrap gap-x-5 gap-y-1', className)}>
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-2">
          <Swatch item={item} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
