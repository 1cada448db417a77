import type { Locale } from '@/lib/i18n';

/** Every string of the review page. */
export const STUDY_TEXT = {
  zh: {
    tabs: { cards: '闪卡', quiz: '选择题', exercises: '计算练习', progress: '进度' },
    tablist: '复习方式',
    chapter: '章节',
    tag: '标签',
    all: '全部',
    dueCount: (due: number, fresh: number) => `到期 ${due} 张 · 新卡 ${fresh} 张`,
    doneForNow: '这组卡片今天都复习完了。换个章节或标签，或者过一会儿再来。',
    show: '显示答案',
    showHint: '空格键',
    gradePrompt: '你答得怎么样？',
    grades: { again: '忘了', hard: '困难', good: '记得', easy: '简单' },
    interval: (minutes: number) =>
      minutes < 60
        ? `${Math.round(minutes)} 分钟`
        : minutes < 1440
          ? `${Math.round(minutes / 60)} 小时`
          : `${Math.round(minutes / 1440)} 天`,
    openSection: '回到对应小节',
    shortAnswer: '30 秒回答',
    deepAnswer: '深入回答',
    wrongAnswers: '常见错误回答',
    followUps: '可能的追问',
    quizNone: '这个筛选条件下没有选择题。',
    check: '提交',
    next: '下一题',
    correct: '回答正确。',
    incorrect: '回答错误。',
    choiceLegend: '选择一个答案',
    progressTitle: '学习进度',
    chaptersRead: '已读章节',
    pagesRead: (read: number, total: number) => `${read} / ${total} 节`,
    dueToday: '今天到期',
    dueTodayValue: (due: number, fresh: number) => `${due} 张复习 · ${fresh} 张新卡`,
    accuracyByChapter: '各章正确率',
    accuracyByTag: '各标签正确率（薄弱的在前）',
    noAnswers: '还没有答题记录。',
    accuracy: (right: number, total: number) => `${Math.round((100 * right) / total)}%（${right}/${total}）`,
    backup: '备份与恢复',
    backupHint: '进度只保存在这个浏览器里。导出为 JSON 文件，可以在别的设备上导入。',
    export: '导出进度',
    import: '导入进度文件',
    imported: '已导入进度。',
    importFailed: (error: string) => `导入失败，现有进度没有改动：${error}`,
    recovered: (error: string) => `保存的学习进度已损坏（${error}），已另存一份并重新开始。`,
    downloadAside: '下载损坏的数据',
    dismiss: '知道了',
    notPersistent: '浏览器不允许保存数据（例如隐私模式），本次的进度在关闭页面后会丢失。',
    levels: { easy: '基础', medium: '进阶', hard: '挑战' },
  },
  en: {
    tabs: { cards: 'Flashcards', quiz: 'Quiz', exercises: 'Exercises', progress: 'Progress' },
    tablist: 'Ways to review',
    chapter: 'Chapter',
    tag: 'Tag',
    all: 'All',
    dueCount: (due: number, fresh: number) => `${due} due · ${fresh} new`,
    doneForNow: 'Nothing left in this set for now. Pick another chapter or tag, or come back later.',
    show: 'Show answer',
    showHint: 'Space',
    gradePrompt: 'How well did you know it?',
    grades: { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' },
    interval: (minutes: number) =>
      minutes < 60
        ? `${Math.round(minutes)} min`
        : minutes < 1440
          ? `${Math.round(minutes / 60)} h`
          : `${Math.round(minutes / 1440)} d`,
    openSection: 'Go to the section',
    shortAnswer: 'The 30-second answer',
    deepAnswer: 'The deeper answer',
    wrongAnswers: 'Common wrong answers',
    followUps: 'Likely follow-ups',
    quizNone: 'No multiple-choice questions match this filter.',
    check: 'Check',
    next: 'Next question',
    correct: 'Correct.',
    incorrect: 'Not quite.',
    choiceLegend: 'Choose one answer',
    progressTitle: 'Progress',
    chaptersRead: 'Chapters read',
    pagesRead: (read: number, total: number) => `${read} / ${total} sections`,
    dueToday: 'Due today',
    dueTodayValue: (due: number, fresh: number) => `${due} reviews · ${fresh} new cards`,
    accuracyByChapter: 'Accuracy by chapter',
    accuracyByTag: 'Accuracy by tag (weakest first)',
    noAnswers: 'No answers recorded yet.',
    accuracy: (right: number, total: number) => `${Math.round((100 * right) / total)}% (${right}/${total})`,
    backup: 'Back up and restore',
    backupHint:
      'Progress is kept in this browser only. Export it as a JSON file to import it on another device.',
    export: 'Export progress',
    import: 'Import a progress file',
    imported: 'Progress imported.',
    importFailed: (error: string) => `Import failed; your current progress is unchanged: ${error}`,
    recovered: (error: string) =>
      `Your saved progress was corrupted (${error}). A copy was set aside and progress restarted.`,
    downloadAside: 'Download the corrupted data',
    dismiss: 'Dismiss',
    notPersistent:
      'This browser does not allow saving (e.g. private mode): progress will be lost when you close the page.',
    levels: { easy: 'easy', medium: 'medium', hard: 'hard' },
  },
} satisfies Record<Locale, unknown>;

export type StudyText = (typeof STUDY_TEXT)['zh'] | (typeof STUDY_TEXT)['en'];
