'use client';

import dynamic from 'next/dynamic';
import type { Locale } from '@/lib/i18n';
import type { StudyChapter, StudyQuestion, StudyTerm } from './types';

const TITLE = { zh: '复习', en: 'Review' };

// Progress lives in this browser only, so the review app renders on the client, after load.
const ReviewApp = dynamic(() => import('./review-app').then((m) => m.ReviewApp), {
  ssr: false,
  loading: () => (
    <p className="mt-6 text-muted" aria-busy="true">
      …
    </p>
  ),
});

export function ReviewLoader(props: {
  locale: Locale;
  questions: StudyQuestion[];
  terms: StudyTerm[];
  chapters: StudyChapter[];
}) {
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{TITLE[props.locale]}</h1>
      <noscript>
        <p className="mt-4">JavaScript is needed for the review page (progress is kept in your browser).</p>
      </noscript>
      <ReviewApp {...props} />
    </main>
  );
}
