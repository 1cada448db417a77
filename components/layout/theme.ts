/**
 * Light/dark theme without a flash: THEME_SCRIPT runs in <head> before the first paint and sets
 * the `dark` class from the stored choice or the system preference; the toggle updates both.
 * (Replaces next-themes: same storage key and class, ~1 KiB less JavaScript on every page.)
 */
export const THEME_KEY = 'theme';
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);var e=document.documentElement;e.classList.toggle('dark',d);e.style.colorScheme=d?'dark':'light'}catch(_){}})();`;

/** Applies a choice to <html> (browser only). */
export function applyTheme(choice: ThemeChoice) {
  const dark =
    choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  const root = document.documentElement;
  root.classList.toggle('dark', dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
}
