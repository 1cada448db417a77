'use client';

import { useId, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { useHydrated } from '@/components/ui/use-hydrated';
import { ERAS, ERA_LABELS } from './eras';
import type { Era } from './eras';

const TEXT = {
  zh: {
    legend: '按阶段筛选',
    showing: (n: number, total: number) => `显示 ${n} / ${total} 个里程碑`,
  },
  en: {
    legend: 'Filter by era',
    showing: (n: number, total: number) => `Showing ${n} of ${total} milestones`,
  },
};

/**
 * Radio buttons (arrow keys move between them natively) that choose which era's events are shown:
 * the hiding is CSS on the checked radio (globals.css), this island adds the live count.
 */
export function TimelineFilter({ counts }: { counts: Record<Era, number> }) {
  const locale = useLocale();
  const t = TEXT[locale];
  const labels = ERA_LABELS[locale];
  const [filter, setFilter] = useState<Era | 'all'>('all');
  const name = useId();
  const total = ERAS.reduce((sum, era) => sum + counts[era], 0);
  const shown = filter === 'all' ? total : counts[filter];
  const hydrated = useHydrated();
  return (
    <div data-demo="llm-timeline" data-hydrated={hydrated ? '' : undefined}>
      <fieldset>
        <legend className="mb-2 text-sm font-semibold">{t.legend}</legend>
        <div className="flex flex-wrap gap-2">
          {(['all', ...ERAS] as const).map((value) => (
            <label
              key={value}
              className="cursor-pointer rounded-full border border-line px-3 py-1 text-sm has-checked:border-accent has-checked:bg-accent-soft has-checked:text-accent-strong has-focus-visible:outline-2 has-focus-visible:outline-accent"
            >
              <input
                type="radio"
                name={name}
                value={value}
                data-era-filter
                checked={filter === value}
                onChange={() => setFilter(value)}
                className="sr-only"
              />
              {labels[value]}
              {value !== 'all' && <span className="ml-1 text-muted tabular-nums">{counts[value]}</span>}
            </label>
          ))}
        </div>
      </fieldset>
      <output data-readout aria-live="polite" className="mt-3 block text-sm text-muted">
        {t.showing(shown, total)}
      </output>
    </div>
  );
}
