/** The position lab's tabs, in order (shared by the MDX entry's prop check and the client demo). */
export const TABS = ['sinusoidal', 'rope', 'alibi'] as const;
export type PositionTab = (typeof TABS)[number];
