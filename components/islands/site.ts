/**
 * The one script of every exported page (`_islands/site-<hash>.js`, a few KiB): the chrome's
 * behaviour now, interview answers when a question opens, and each island's code and the runtime only
 * when that island is needed. Built by scripts/islands.mjs; `next dev` runs the shell through
 * dev-shell.tsx (its pages keep their answers inline).
 */
import { startAnswers } from './answers';
import { startIsland, watchIslands } from './loader';
import { startShell } from './shell';

startShell(startIsland);
startAnswers();
watchIslands();
