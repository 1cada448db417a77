/** Dispatched on `document` by the header (components/islands/shell.ts) to reopen the search dialog. */
export const OPEN_SEARCH_EVENT = 'site:open-search';
