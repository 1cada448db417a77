'use client';

import { useEffect, useState } from 'react';
import type { PromptBuilderText } from './text';

export type LazyStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** What a module loaded on demand looks like to the view. */
export interface Lazy<T> {
  readonly status: LazyStatus;
  readonly value: T | null;
  /** start loading (no-op once started); also retries after a failure */
  readonly load: () => void;
}

/**
 * A module (or anything behind a promise) fetched only once `load()` is called — never in the
 * static render, since effects do not run there. A failed load can be retried. Pass a stable
 * `loader` (a module-level function): a new one starts a new load.
 */
export function useLazy<T>(loader: () => Promise<T>): Lazy<T> {
  const [armed, setArmed] = useState(0);
  const [value, setValue] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (armed === 0) return;
    let live = true;
    loader().then(
      (v) => live && setValue(() => v),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [armed, loader]);
  const status: LazyStatus = value !== null ? 'ready' : failed ? 'failed' : armed > 0 ? 'loading' : 'idle';
  const load = () => {
    if (status === 'idle' || status === 'failed') {
      setFailed(false);
      setArmed((a) => a + 1);
    }
  };
  return { status, value, load };
}

/** The token-count part of the readout, by loading status. */
export function tokenReadout(
  t: PromptBuilderText,
  status: LazyStatus,
  chars: string,
  tokens: string | null,
): string {
  if (tokens !== null) return t.readoutTokens(chars, tokens);
  if (status === 'loading') return t.readoutLoading(chars);
  if (status === 'failed') return t.readoutFailed(chars);
  return t.readout(chars);
}
