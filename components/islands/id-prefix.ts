import { createContext } from 'react';

/**
 * The `useId` prefix of one island (`data-prefix`, e.g. `i3-`), so that two islands of a page,
 * each a root of its own, never hand out the same id. React takes it as `identifierPrefix`; the
 * exported site's Preact reads it from this context (components/islands/preact-react.mjs).
 */
export const IdPrefix = createContext('');
