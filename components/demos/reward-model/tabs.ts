/** The reward-model demo's two views (shared by the MDX entry's prop check and the client demo). */
export const TABS = ['pair', 'fit'] as const;
export type RewardModelTab = (typeof TABS)[number];
