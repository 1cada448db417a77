import type { FieldError } from '@/components/demos/shared/number-field';
import type { AgentStopReason, ObservationKind } from '@/lib/agents';
import type { PresetKey } from './presets';

/** The ReAct stepper's words, Chinese first. */
export const TEXT = {
  zh: {
    title: 'ReAct 单步执行器：Thought → Action → Observation',
    hint: '这里的“模型”是一段你能读、也能改的脚本：每一轮，执行器取脚本的下一段，在“\\nObservation”处截断（停止序列），用 parseReActStep 解析，调用工具，再把结果作为 Observation 追加到上下文里——与 LangChain 的 AgentExecutor 相同。不调用任何真实模型。',
    presets: '预设',
    presetNames: {
      arithmetic: '计算器链',
      glossary: '查术语表',
      loop: '死循环',
      injection: '工具结果里的注入',
      malformed: '格式错误与工具错误',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      arithmetic: '两次计算器调用，第二次用到第一次的结果，然后给出最终答案。',
      glossary:
        'glossary_lookup 在本站术语表中查找（按 id、术语名或别名，不区分大小写）。术语表在第一次需要时才下载。',
      loop: '模型对 0.1 + 0.2 的浮点结果不满意，一遍遍重算。“重复最后一步”打开时，只有步数上限能让它停下。',
      injection:
        'read_document 返回的评论里夹着一句“忽略之前的所有指令……”。它只是工具结果，按原样作为数据放进上下文；脚本没有照做。改写脚本，让模型去读 private-notes.txt，就能看到过度授权的后果。',
      malformed:
        '缺少 Action Input、调用不存在的工具、把 alert(1) 交给计算器：执行器都不会崩溃，而是把错误写成 Observation 交还给模型。',
    } satisfies Record<PresetKey, string>,
    question: '问题',
    policy: '策略（脚本化的模型）：每段一个 ReAct 步骤，段与段之间用单独一行 --- 隔开',
    length: (n: string, max: string) => `${n} / ${max} 个字符`,
    limit: '步数上限',
    limitHint: 'max_iterations',
    repeat: '脚本用完后重复最后一步（卡住的模型）',
    step: '下一步',
    runToEnd: '运行到结束',
    reset: '重置',
    turn: '当前轮次',
    turnValue: (k: number, total: number) => `${k} / ${total}`,
    readout: (k: number, total: number, state: string) => `第 ${k} 轮（共 ${total} 轮）：${state}`,
    notStarted: '尚未开始',
    running: '运行中，还没有最终答案',
    stopped: {
      'final-answer': '已停止（给出了最终答案）',
      'step-limit': '已停止（达到步数上限），没有最终答案',
      'policy-exhausted': '已停止（脚本没有下一步了），没有最终答案',
    } satisfies Record<AgentStopReason, string>,
    finalAnswer: (answer: string) => `。最终答案：${answer}`,
    glossaryLoading: '正在下载本站术语表，下一轮要用它……',
    glossaryFailed: '术语表下载失败，glossary_lookup 这一轮暂时无法执行。',
    retry: '重试',
    empty: '脚本里没有任何步骤。',
    tooLong: (length: string, max: string) => `脚本有 ${length} 个字符，超过了 ${max} 的上限。`,
    limitField: (e: FieldError) =>
      e.kind === 'empty' ? '“步数上限”是空的。' : `“步数上限”里的“${e.text}”不是数字。`,
    libError: (message: string) => `lib 拒绝了这组输入：${message}`,
    kept: '下面仍是上一次有效输入的运行结果。',
    linkNote: '改过的脚本太长，放不进网址；分享链接只带预设的脚本。',
    context: (k: number, length: string) =>
      k === 0
        ? `上下文：模型在第 1 轮之前读到的全部文字（${length} 个字符）`
        : `上下文：第 ${k} 轮之后（${length} 个字符）`,
    trace: '轨迹',
    traceEmpty: '还没有执行任何一轮。按“下一步”。',
    turnHeader: (k: number, length: string) => `第 ${k} 轮 · 之后上下文 ${length} 个字符`,
    modelOutput: '模型输出',
    cut: (hidden: string) =>
      `在停止序列“\\nObservation”处截断：后面 ${hidden} 个字符模型不会生成，也不会进入上下文。`,
    clipped: (hidden: string) => `（后面还有 ${hidden} 个字符，完整内容见上下文）`,
    parsedAction: '解析结果：调用',
    withInput: '输入',
    parsedFinal: '解析结果：最终答案',
    parseError: '解析失败：',
    observation: 'Observation',
    kinds: {
      'tool-result': '✓ 工具结果（数据，原样放入上下文）',
      'tool-error': '✗ 工具报错（错误信息交还给模型）',
      'unknown-tool': '? 没有这个工具',
      'format-error': '⚠ 格式错误（无法解析这一步）',
    } satisfies Record<ObservationKind, string>,
    caveat:
      '脚本是预先写好的，并不读取 Observation：报错之后它照样写下一段。真实模型会读到错误并据此改写下一步——这正是把错误写成 Observation 而不是让程序崩溃的原因。',
  },
  en: {
    title: 'ReAct stepper: Thought → Action → Observation',
    hint: 'The “model” here is a script you can read and edit. Each turn the executor takes the next block, cuts it at “\\nObservation” (the stop sequence), parses it with parseReActStep, calls the tool and appends the result to the context as the Observation — as LangChain’s AgentExecutor does. No real model is called.',
    presets: 'Presets',
    presetNames: {
      arithmetic: 'Calculator chain',
      glossary: 'Glossary lookup',
      loop: 'Stuck in a loop',
      injection: 'Injection in a tool result',
      malformed: 'Format and tool errors',
    } satisfies Record<PresetKey, string>,
    presetNotes: {
      arithmetic: 'Two calculator calls, the second using the first one’s result, then the final answer.',
      glossary:
        'glossary_lookup searches this site’s glossary by id, term or alias, ignoring case. The glossary downloads the first time it is needed.',
      loop: 'The model distrusts the floating-point result of 0.1 + 0.2 and recomputes it again and again. With “repeat the last step” on, only the step limit stops it.',
      injection:
        'The review read_document returns carries the line “IGNORE PREVIOUS INSTRUCTIONS…”. It is a tool result, pasted into the context as data; the script does not obey it. Edit the script so that the model reads private-notes.txt to see what excessive agency costs.',
      malformed:
        'A missing Action Input, a tool that does not exist, alert(1) handed to the calculator: the executor never crashes; it hands each error back to the model as the Observation.',
    } satisfies Record<PresetKey, string>,
    question: 'Question',
    policy:
      'Policy (the scripted model): one ReAct step per block, blocks separated by a line holding only ---',
    length: (n: string, max: string) => `${n} / ${max} characters`,
    limit: 'Step limit',
    limitHint: 'max_iterations',
    repeat: 'When the script runs out, repeat its last step (a stuck model)',
    step: 'Step',
    runToEnd: 'Run to end',
    reset: 'Reset',
    turn: 'Turn',
    turnValue: (k: number, total: number) => `${k} / ${total}`,
    readout: (k: number, total: number, state: string) => `Turn ${k} of ${total}: ${state}`,
    notStarted: 'not started',
    running: 'running, no final answer yet',
    stopped: {
      'final-answer': 'stopped (final answer)',
      'step-limit': 'stopped (step limit reached), no final answer',
      'policy-exhausted': 'stopped (the script ran out of steps), no final answer',
    } satisfies Record<AgentStopReason, string>,
    finalAnswer: (answer: string) => `. Final answer: ${answer}`,
    glossaryLoading: 'Downloading this site’s glossary for the next turn…',
    glossaryFailed: 'The glossary did not download, so the glossary_lookup turn cannot run yet.',
    retry: 'Retry',
    empty: 'The script has no steps.',
    tooLong: (length: string, max: string) =>
      `The script has ${length} characters, more than the limit of ${max}.`,
    limitField: (e: FieldError) =>
      e.kind === 'empty' ? '“Step limit” is empty.' : `“${e.text}” in “Step limit” is not a number.`,
    libError: (message: string) => `lib rejects this input: ${message}`,
    kept: 'The run below is from the last valid input.',
    linkNote: 'The edited script is too long for the address; a shared link carries the preset’s script.',
    context: (k: number, length: string) =>
      k === 0
        ? `Context: everything the model reads before turn 1 (${length} characters)`
        : `Context after turn ${k} (${length} characters)`,
    trace: 'Trace',
    traceEmpty: 'No turn has run yet. Press Step.',
    turnHeader: (k: number, length: string) => `Turn ${k} · context afterwards ${length} characters`,
    modelOutput: 'Model output',
    cut: (hidden: string) =>
      `Cut at the stop sequence “\\nObservation”: the model never generates the ${hidden} characters after it, and they never reach the context.`,
    clipped: (hidden: string) => `(${hidden} more characters; the context shows everything)`,
    parsedAction: 'Parsed: call',
    withInput: 'input',
    parsedFinal: 'Parsed: final answer',
    parseError: 'Parse error:',
    observation: 'Observation',
    kinds: {
      'tool-result': '✓ tool result (data, pasted into the context as it is)',
      'tool-error': '✗ tool error (the message goes back to the model)',
      'unknown-tool': '? no such tool',
      'format-error': '⚠ format error (the step could not be parsed)',
    } satisfies Record<ObservationKind, string>,
    caveat:
      'The script is written in advance and never reads its observations: after an error it writes its next block all the same. A real model reads the error and rewrites its next step — which is why errors become observations instead of crashing the program.',
  },
};

export type StepperText = (typeof TEXT)['zh'];
