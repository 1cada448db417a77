'use client';

import { useCallback, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import {
  GLOSSARY_FILE,
  TERMS_FILE,
  bankFileName,
  dataPath,
  definitionPath,
  detailsPath,
} from './review-data';
import type { RenderedTerm } from '@/server/glossary';
import type { StudyDetails, StudyQuestion, StudyTerm } from './types';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

type Status = 'loading' | 'error';

// The files are the site's own; these checks catch a stale or truncated file, not an attack.
const hasString = (data: unknown, key: string) =>
  typeof data === 'object' && data !== null && typeof (data as Record<string, unknown>)[key] === 'string';
const isDetails = (data: unknown): data is StudyDetails => hasString(data, 'shortHtml');
const isDefinition = (data: unknown): data is { definitionHtml: string } => hasString(data, 'definitionHtml');

/**
 * The review page's banks, question details and glossary deck, fetched one static JSON file at a
 * time when a view asks for them, never all up front (file layout: ./review-data.ts). A bank holds
 * a chapter's questions (`need`); a question's answer and quiz choices are a file of their own
 * (`needDetails`, asked for when the question comes up), so the page's first load is the app, one
 * bank of questions and one question's details. The glossary deck works the same way: one file
 * lists the terms, each definition is its own (`needDefinition`); `needGlossary` fetches them all
 * in one file, for the ReAct demo's lookup tool. Each file is fetched once; a failed one is
 * remembered and `retry` fetches it again.
 */
export function useReviewData(locale: Locale) {
  const [banks, setBanks] = useState<Record<string, StudyQuestion[]>>({});
  const [details, setDetails] = useState<Record<string, StudyDetails>>({});
  const [terms, setTerms] = useState<StudyTerm[] | null>(null);
  const [definitions, setDefinitions] = useState<Record<string, string>>({});
  const [glossary, setGlossary] = useState<RenderedTerm[] | null>(null);
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

  /** Asks for one question's details. */
  const needDetails = useCallback(
    (id: string) =>
      fetchFile(detailsPath(id), isDetails, (data) =>
        setDetails((d) => ({ ...d, [id]: data as StudyDetails })),
      ),
    [fetchFile],
  );

  /** Asks for one glossary term's definition. */
  const needDefinition = useCallback(
    (termId: string) =>
      fetchFile(definitionPath(termId), isDefinition, (data) =>
        setDefinitions((d) => ({ ...d, [termId]: (data as { definitionHtml: string }).definitionHtml })),
      ),
    [fetchFile],
  );

  /** Asks for the whole glossary, definitions included (one file, for the ReAct demo). */
  const needGlossary = useCallback(
    () => fetchFile(dataPath(GLOSSARY_FILE), Array.isArray, (data) => setGlossary(data as RenderedTerm[])),
    [fetchFile],
  );

  /** Fetches every file whose load failed again. */
  const retry = useCallback(() => {
    for (const load of [...failed.current.values()]) load();
  }, []);

  const entries = Object.entries(status);
  return {
    banks,
    details,
    terms,
    definitions,
    glossary,
    need,
    needDetails,
    needDefinition,
    needGlossary,
    retry,
    /** A bank or the glossary deck is on its way (a question's details show their own state). */
    loading: entries.some(([path, s]) => s === 'loading' && path.startsWith('data/')),
    failed: entries.some(([, s]) => s === 'error'),
    detailsFailed: (id: string) => status[detailsPath(id)] === 'error',
    definitionFailed: (termId: string) => status[definitionPath(termId)] === 'error',
  };
}
