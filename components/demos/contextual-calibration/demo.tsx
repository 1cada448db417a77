'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { CcLab } from './lab';
import { DEFAULT_DRAFT } from './model';
import { decodeState } from './url-state';

/**
 * The client island. The static HTML shows the majority-label-bias preset; in the browser a shared
 * link's `cc-` parameters are read once after hydration and the lab remounts with them — only when
 * there are some, so a plain visit keeps its state.
 */
export function ContextualCalibrationDemo() {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeState(search) : null), [search]);
  return <CcLab key={linked ? 'link' : 'default'} initial={linked ?? DEFAULT_DRAFT} />;
}
