import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { DevShell } from '@/components/islands/dev-shell';
import '../globals.css';

export const metadata: Metadata = {
  title: '大模型基础 · LLM Fundamentals',
  description:
    '交互式、双语的大语言模型基础学习站。An interactive, bilingual study site for LLM fundamentals.',
};

/** Root layout of `/` only: the language chooser has no locale yet. */
export default function ChooserLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        {children}
        {process.env.NODE_ENV === 'development' && <DevShell />}
      </body>
    </html>
  );
}
