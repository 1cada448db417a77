/**
 * The one script of every exported page (`_islands/site-<hash>.js`, a few KiB): the chrome's
 * behaviour now, and each island's code and React only when that island is needed.
 * Built by scripts/islands.mjs; `next dev` runs the same code through dev-shell.tsx.
 */
import { startIsland, watchIslands } from './loader';
import { startShell } from './shell';

startShell(startIsland);
watchIslands();
