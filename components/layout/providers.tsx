'use client';

import { ThemeProvider } from 'next-themes';
import type { ReactNode } from 'react';

/** Client-side context for the whole site. next-themes injects the no-flash theme script. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      {children}
    </ThemeProvider>
  );
}
