'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { OPEN_SEARCH_EVENT } from './events';
import { SearchDialog } from './search-dialog';

/**
 * The header's search dialog as an island: created, open, on the first search button press,
 * `/` or Ctrl-K (components/islands/shell.ts), and reopened by OPEN_SEARCH_EVENT after that.
 */
export function SearchRoot({ locale }: { locale: Locale }) {
  const [open, setOpen] = useState(true);
  useEffect(() => {
    const reopen = () => setOpen(true);
    document.addEventListener(OPEN_SEARCH_EVENT, reopen);
    return () => document.removeEventListener(OPEN_SEARCH_EVENT, reopen);
  }, []);
  return <SearchDialog locale={locale} open={open} onClose={() => setOpen(false)} />;
}
