'use client';

import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { AlibiPanel, useAlibi } from './alibi';
import { RopePanel, useRope } from './rope';
import { SinusoidalPanel, useSinusoidal } from './sinusoidal';
import { TABS, type PositionTab } from './tabs';
import { TEXT } from './text';

/**
 * Three positional encodings side by side in a real tablist (arrow keys, Home and End move
 * between tabs and select them): the sinusoidal table, RoPE (a rotated 2-D pair, the long-term
 * decay bound, the two pairing layouts) and ALiBi (slopes for any head count, one head's bias).
 * Each tab keeps its state while another is shown; only the shown panel is rendered.
 */
export function PositionLabDemo({ tab: initialTab }: { tab: PositionTab }) {
  const t = TEXT[useLocale()];
  const base = useId();
  const [tab, setTab] = useState<PositionTab>(initialTab);
  const tabRefs = useRef<Partial<Record<PositionTab, HTMLButtonElement | null>>>({});
  const sinusoidal = useSinusoidal(t);
  const rope = useRope(t);
  const alibi = useAlibi(t);

  const select = (next: PositionTab) => {
    setTab(next);
    tabRefs.current[next]?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    const last = TABS.length - 1;
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i + last) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (to === null) return;
    e.preventDefault();
    select(TABS[to] ?? tab);
  };

  return (
    <DemoFrame id="position-lab" title={t.title} hint={t.hint}>
      <div role="tablist" aria-label={t.tabsLabel} className="flex flex-wrap gap-1 border-b border-line">
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              tabRefs.current[name] = el;
            }}
            id={`${base}-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`${base}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onKey}
            data-tab={name}
            className="-mb-px min-h-9 border-b-2 border-transparent px-3 py-1.5 text-sm font-medium text-fg-2 aria-selected:border-accent aria-selected:text-accent-strong"
          >
            {t.tabs[name]}
          </button>
        ))}
      </div>
      <div
        id={`${base}-panel`}
        role="tabpanel"
        aria-labelledby={`${base}-tab-${tab}`}
        data-panel={tab}
        className="mt-4"
      >
        {tab === 'sinusoidal' && <SinusoidalPanel s={sinusoidal} t={t} />}
        {tab === 'rope' && <RopePanel r={rope} t={t} />}
        {tab === 'alibi' && <AlibiPanel a={alibi} t={t} />}
      </div>
    </DemoFrame>
  );
}
