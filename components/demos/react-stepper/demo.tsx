'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import type { PresetKey } from './presets';
import { Stepper } from './stepper';
import { decodeState, presetDraft } from './url-state';

/**
 * The client island. The static HTML shows the preset at turn 0; in the browser a shared link's
 * `rs-` parameters (written by a stepper opened with the same preset) are read once after
 * hydration and the stepper remounts with them — only when there are some, so a plain visit keeps
 * its state.
 */
export function ReactStepperDemo({ preset }: { preset: PresetKey }) {
  const locale = useLocale();
  const search = useOpenedSearch();
  const linked = useMemo(
    () => (search ? decodeState(search, preset, locale) : null),
    [search, preset, locale],
  );
  const opening = useMemo(() => presetDraft(locale, preset), [locale, preset]);
  return (
    <Stepper
      key={linked ? 'link' : 'default'}
      owner={preset}
      initial={linked?.draft ?? opening}
      initialTurn={linked?.turn ?? 0}
    />
  );
}
