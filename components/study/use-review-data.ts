'use client';

import { useCallback, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { TERMS_FILE, answerPath, bankFileName, dataPath } from './review-data';
import type { StudyAnswer, StudyQuestion, StudyTerm } from './types';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

type Status = 'loading' | 'error';

const isAnswer = (data: unknown): data is StudyAnswer =>
  typeof data === 'object' && data !== null && typeof (data as StudyAnswer).shortHtml === 'string';

/**
 * The review page's banks, answers and glossary deck, fetched one static JSON file at a time when
 * a view asks for them, never all up front (file layout: ./review-data.ts). A bank holds a
 * chapter's questions (`need`); a question's answer is its own file (`needAnswer`, asked for when
 * its card comes up), so the page's first load is the app, one bank without answers and one answer.
 * Each file is fetched once; a failed one is remembered and `retry` fetches it again.
 */
export function useReviewData(locale: Locale) {
  const [banks, setBanks] = useState<Record<string, StudyQuestion[]>>({});
  const [answers, setAnswers] = useState<Record<string, StudyAnswer>>({});
  const [terms, setTerms] = useState<StudyTerm[] | null>(null);
  const [status, setStatus] = useState<Record<string, Status>>({});
  const requested = useRef(new Set<string>());
  const failed = useRef(new Map<string, () => void>());

  const fetchFile = useCallback(
    function load(path: string, valid: (data: unknown) => boolean, store: (data: unknown) => void) {
      if (requested.current.has(path)) return;
      requested.current.add(path);
      failed.current.delete(path);
      setStatus((s) => ({ ...s, [path]: 'loading' }));
      fetch(`${BASE}/${locale}/review/${path}`)
        .then((response) => {
          if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
          return response.json() as Promise<unknown>;
        })
        .then((data) => {
          if (!valid(data)) throw new Error(`${path} does not hold what the page expects`);
          store(data);
          setStatus((s) => {
            const next = { ...s };
            delete next[path];
            return next;
          });
        })
        .catch(() => {
          requested.current.delete(path);
          failed.current.set(path, () => load(path, valid, store));
          setStatus((s) => ({ ...s, [path]: 'error' }));
        });
    },
    [locale],
  );

  /** Asks for the banks of these chapters (and the glossary deck with `withTerms`). */
  const need = useCallback(
    (chapters: readonly string[], withTerms = false) => {
      for (const chapter of chapters)
        fetchFile(dataPath(bankFileName(chapter)), Array.isArray, (data) =>
          setBanks((b) => ({ ...b, [chapter]: data as StudyQuestion[] })),
        );
      if (withTerms) fetchFile(dataPath(TERMS_FILE), Array.isArray, (data) => setTerms(data as StudyTerm[]));
    },
    [fetchFile],
  );

  /** Asks for one question's answer. */
  const needAnswer = useCallback(
    (id: string) =>
      fetchFile(answerPath(id), isAnswer, (data) => setAnswers((a) => ({ ...a, [id]: data as StudyAnswer }))),
    [fetchFile],
  );

  /** Fetches every file whose load failed again. */
  const retry = useCallback(() => {
    for (const load of [...failed.current.values()]) load();
  }, []);

  const entries = Object.entries(status);
  return {
    banks,
    answers,
    terms,
    need,
    needAnswer,
    retry,
    /** A bank or the glossary deck is on its way (answers show their own state on the card). */
    loading: entries.some(([path, s]) => s === 'loading' && path.startsWith('data/')),
    failed: entries.some(([, s]) => s === 'error'),
    answerFailed: (id: string) => status[answerPath(id)] === 'error',
  };
}
