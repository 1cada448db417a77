'use client';

import { useCallback, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { TERMS_FILE, bankFileName } from './review-data';
import type { StudyQuestion, StudyTerm } from './types';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

type Status = 'loading' | 'error';

/**
 * The review page's banks and glossary deck, fetched one static JSON file at a time when a view
 * asks for them (`need`), never all up front: the page's first load is the app and at most the
 * one bank its first view shows. Each file is fetched once; a failed fetch can be retried.
 */
export function useReviewData(locale: Locale) {
  const [banks, setBanks] = useState<Record<string, StudyQuestion[]>>({});
  const [terms, setTerms] = useState<StudyTerm[] | null>(null);
  const [status, setStatus] = useState<Record<string, Status>>({});
  const requested = useRef(new Set<string>());

  const fetchFile = useCallback(
    (file: string, store: (data: unknown) => void) => {
      if (requested.current.has(file)) return;
      requested.current.add(file);
      setStatus((s) => ({ ...s, [file]: 'loading' }));
      fetch(`${BASE}/${locale}/review/data/${file}`)
        .then((response) => {
          if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
          return response.json() as Promise<unknown>;
        })
        .then((data) => {
          if (!Array.isArray(data)) throw new Error(`${file} is not a list`);
          store(data);
          setStatus((s) => {
            const next = { ...s };
            delete next[file];
            return next;
          });
        })
        .catch(() => {
          requested.current.delete(file);
          setStatus((s) => ({ ...s, [file]: 'error' }));
        });
    },
    [locale],
  );

  /** Asks for the banks of these chapters (and the glossary deck with `withTerms`). */
  const need = useCallback(
    (chapters: readonly string[], withTerms = false) => {
      for (const chapter of chapters) {
        if (banks[chapter]) continue;
        fetchFile(bankFileName(chapter), (data) =>
          setBanks((b) => ({ ...b, [chapter]: data as StudyQuestion[] })),
        );
      }
      if (withTerms && !terms) fetchFile(TERMS_FILE, (data) => setTerms(data as StudyTerm[]));
    },
    [banks, terms, fetchFile],
  );

  const loading = Object.values(status).includes('loading');
  const failed = Object.values(status).includes('error');
  return { banks, terms, need, loading, failed };
}
