'use client';

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useOpenedSearch, useWriteParam } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { DEFAULT_MEMORY } from './memory';
import { MemoryView } from './memory-view';
import { DEFAULT_PARAMS } from './params';
import { ParamsView } from './params-view';
import { DEFAULT_SCALING } from './scaling';
import { ScalingView } from './scaling-view';
import { DEFAULT_SVD } from './svd-matrix';
import { SvdView } from './svd-view';
import { TAB_KEYS, type TabKey } from './tabs';
import { TEXT } from './text';
import { MORE_TEXT } from './text-more';
import { decodeLab, queryKey, type LinkedLab } from './url-state';

/**
 * The client island. `tab` is the tab the MDX opens the lab on, and also the lab's name in the
 * address (`lora-<tab>-…` keys), so the four labs of the PEFT page keep separate links. The static
 * HTML shows that tab; in the browser a shared link is read once after hydration and the lab
 * remounts with it — only when it holds some of this lab's keys.
 */
export function LoraLabDemo({ tab }: { tab: TabKey }) {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeLab(search, tab) : null), [search, tab]);
  return <Lab key={linked ? 'link' : 'default'} instance={tab} linked={linked} />;
}

/**
 * Four views behind a tab list (arrow keys, Home, End). A view is mounted when first opened and
 * then kept, so edits survive a trip to another tab and the SVD's matrix library is fetched only
 * once its tab is opened; only the visible view's readout carries `data-readout`.
 */
function Lab({ instance, linked }: { instance: TabKey; linked: LinkedLab | null }) {
  const locale = useLocale();
  const t = TEXT[locale];
  const m = MORE_TEXT[locale];
  const base = useId();
  const start = linked?.tab ?? instance;
  const [tab, setTab] = useState<TabKey>(start);
  const [opened, setOpened] = useState<readonly TabKey[]>([start]);
  const [tabChanged, setTabChanged] = useState(false);
  useWriteParam(queryKey(instance, 'tab'), tab, tabChanged);

  const open = (next: TabKey) => {
    setTab(next);
    setTabChanged(true);
    setOpened((o) => (o.includes(next) ? o : [...o, next]));
  };

  function onKey(event: KeyboardEvent<HTMLButtonElement>) {
    const i = TAB_KEYS.indexOf(tab);
    const n = TAB_KEYS.length;
    const target =
      event.key === 'ArrowRight'
        ? TAB_KEYS[(i + 1) % n]
        : event.key === 'ArrowLeft'
          ? TAB_KEYS[(i - 1 + n) % n]
          : event.key === 'Home'
            ? TAB_KEYS[0]
            : event.key === 'End'
              ? TAB_KEYS[n - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    open(target);
    document.getElementById(`${base}-tab-${target}`)?.focus();
  }

  return (
    <DemoFrame id="lora-lab" title={t.title} hint={t.hint}>
      <div
        role="tablist"
        aria-label={t.tablist}
        data-lab={instance}
        className="flex flex-wrap gap-1 border-b border-line"
      >
        {TAB_KEYS.map((key) => (
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
      {TAB_KEYS.filter((key) => opened.includes(key)).map((key) => (
        <div
          key={key}
          id={`${base}-panel-${key}`}
          role="tabpanel"
          aria-labelledby={`${base}-tab-${key}`}
          hidden={tab !== key}
          data-tab={key}
          className="mt-4"
        >
          {key === 'params' && (
            <ParamsView
              t={t}
              instance={instance}
              initial={linked?.params ?? DEFAULT_PARAMS}
              active={tab === key}
            />
          )}
          {key === 'scaling' && (
            <ScalingView
              t={t}
              instance={instance}
              initial={linked?.scaling ?? DEFAULT_SCALING}
              active={tab === key}
            />
          )}
          {key === 'memory' && (
            <MemoryView
              t={t}
              m={m}
              instance={instance}
              initial={linked?.memory ?? DEFAULT_MEMORY}
              active={tab === key}
            />
          )}
          {key === 'svd' && (
            <SvdView
              t={t}
              m={m}
              instance={instance}
              initial={linked?.svd ?? DEFAULT_SVD}
              active={tab === key}
            />
          )}
        </div>
      ))}
    </DemoFrame>
  );
}
