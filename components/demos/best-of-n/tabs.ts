/** The best-of-n demo's two views (shared by the MDX entry's prop check and the client demo). */
export const TABS = ['kl', 'overoptimization'] as const;
export type BestOfNTab = (typeof TABS)[number];
