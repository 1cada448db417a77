'use client';

import { useId, useState, type KeyboardEvent } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { ActivationsView } from './activations-view';
import { NormsView } from './norms-view';
import { ParamsView } from './params-view';
import { VIEW_KEYS, type PresetKey, type ViewKey } from './presets';
import { TEXT } from './text';
import { VIEW_TEXT } from './text-views';

/**
 * The anatomy of a decoder block in three views behind a tab list: the exact parameter count of a
 * real config (`decoderParamCount`), LayerNorm vs RMSNorm on a vector, and the activation
 * functions with the gated FFN. Each view keeps its own state while the reader switches tabs.
 */
export function BlockAnatomyDemo({ view, preset }: { view: ViewKey; preset: PresetKey }) {
  const locale = useLocale();
  const t = TEXT[locale];
  const tv = VIEW_TEXT[locale];
  const base = useId();
  const [tab, setTab] = useState<ViewKey>(view);
  // Views stay mounted once opened, so edits survive a trip to another tab; only the visible view's
  // readout carries data-readout, so "the demo's readout" is always the one on screen.
  const [opened, setOpened] = useState<readonly ViewKey[]>([view]);
  const open = (next: ViewKey) => {
    setTab(next);
    setOpened((o) => (o.includes(next) ? o : [...o, next]));
  };

  function onKey(event: KeyboardEvent<HTMLButtonElement>) {
    const i = VIEW_KEYS.indexOf(tab);
    const n = VIEW_KEYS.length;
    const target =
      event.key === 'ArrowRight'
        ? VIEW_KEYS[(i + 1) % n]
        : event.key === 'ArrowLeft'
          ? VIEW_KEYS[(i - 1 + n) % n]
          : event.key === 'Home'
            ? VIEW_KEYS[0]
            : event.key === 'End'
              ? VIEW_KEYS[n - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    open(target);
    document.getElementById(`${base}-tab-${target}`)?.focus();
  }

  return (
    <DemoFrame id="block-anatomy" title={t.title} hint={t.hint}>
      <div role="tablist" aria-label={t.tablist} className="flex flex-wrap gap-1 border-b border-line">
        {VIEW_KEYS.map((key) => (
          <button
            key={key}
            id={`${base}-tab-${key}`}
            type="button"
            role="tab"
            aria-selected={tab === key}
            aria-controls={`${base}-panel-${key}`}
            // Named by its own visible text, as every control in a demo is labelled by visible text.
            aria-labelledby={`${base}-tab-${key}`}
            tabIndex={tab === key ? 0 : -1}
            onClick={() => open(key)}
            onKeyDown={onKey}
            className="-mb-px min-h-9 border-b-2 border-transparent px-3 py-1.5 text-sm font-medium text-fg-2 aria-selected:border-accent aria-selected:text-accent-strong"
          >
            {t.tabs[key]}
          </button>
        ))}
      </div>
      {VIEW_KEYS.filter((key) => opened.includes(key)).map((key) => (
        <div
          key={key}
          id={`${base}-panel-${key}`}
          role="tabpanel"
          aria-labelledby={`${base}-tab-${key}`}
          hidden={tab !== key}
          className="mt-4"
        >
          {key === 'params' && <ParamsView t={t} initialPreset={preset} active={tab === key} />}
          {key === 'norms' && <NormsView t={tv} active={tab === key} />}
          {key === 'activations' && <ActivationsView t={tv} active={tab === key} />}
        </div>
      ))}
    </DemoFrame>
  );
}
