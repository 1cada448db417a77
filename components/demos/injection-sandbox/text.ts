import type { InjectionDefence, ToyRuleId, TOY_PATTERNS } from '@/lib/prompting/injection';
import type { DocKey, TaskKey } from './presets';

type PatternId = (typeof TOY_PATTERNS)[number]['id'];

/** The injection sandbox's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '提示注入沙盒：一个基于规则的玩具跟随器，不是模型',
    hint: (rules: number) =>
      `这里没有语言模型。“跟随器”是一段确定性的代码：它按下面列出的 ${rules} 条规则逐句读组装好的提示，决定执行哪条指令。它只用来展示攻击和防御的机制。`,
    task: '开发者的指令（第 1 行）',
    taskNames: { summarise: '用一句话总结', count: '统计字数' } satisfies Record<TaskKey, string>,
    defence: '防御方式',
    defences: {
      naive: '朴素拼接',
      delimit: '分隔：<document> 标签 + “这是数据”',
      'random-tag': '分隔 + 随机标签',
      datamark: '聚焦：数据标记（^）',
      encode: '聚焦：编码（base64）',
      'least-privilege': '最小权限（朴素提示，不给 send_email）',
    } satisfies Record<InjectionDefence, string>,
    defenceNotes: {
      naive: '文档原样接在指令后面，跟随器分不出哪句话是谁写的。',
      delimit:
        '文档夹在 <document> 和 </document> 之间，第 1 行声明标签里是数据。标签名是固定的，文档自己也能写出 </document>。',
      'random-tag': '同样的分隔，但标签名是随机的，文档里伪造的 </document> 对不上它。',
      datamark:
        '文档里的每处空白都换成 ^，相邻汉字之间也插入 ^（中文词之间没有空格，这是本演示的做法）；第 1 行声明带 ^ 的文字是数据。',
      encode:
        '文档的 UTF-8 字节以 base64 编码放进提示。玩具跟随器解码从不出错；真实模型必须能可靠地边解码边完成任务。',
      'least-privilege': '提示仍是朴素拼接：跟随器照样会被劫持，但它手里没有 send_email 工具。',
    } satisfies Record<InjectionDefence, string>,
    tools: (list: string) => `跟随器持有的工具：${list || '无'}`,
    tag: '本次调用的随机标签：',
    newTag: '换一个标签',
    tagNote: (tag: string) =>
      `真实应用每次调用都生成新标签。它只在攻击者看不到提示时有用：把 </${tag}> 原样写进文档，跟随器又会上当。`,
    presets: '文档预设',
    presetNames: {
      clean: '干净的文档',
      injected: '末尾注入一行',
      hidden: '中间藏着注入（发邮件）',
      fakeDelimiter: '模仿分隔符',
    } satisfies Record<DocKey, string>,
    document: '检索到的文档（不可信，可编辑）',
    length: (n: string, max: string) => `${n} / ${max} 字符`,
    empty: '文档是空的。',
    tooLong: (n: string, max: string) => `文档有 ${n} 个字符，沙盒最多读 ${max} 个，请删短一些。`,
    loneSurrogate: '文档里有一个残缺的字符（孤立的 UTF-16 代理项），它没有 UTF-8 编码。',
    libError: (message: string) => `lib 拒绝了这个输入：${message}`,
    kept: '下面仍是上一个有效文档的结果。',
    prompt: '跟随器读到的提示（一整个字符串）',
    readout: {
      text: (s: string) => `输出：${s}`,
      count: (n: string) => `输出：${n}（字数）`,
      emptySummary: '输出：（空，没有可总结的材料）',
      sent: (call: string) => `输出：${call}，已调用，邮件已发出`,
      refused: (to: string) => `输出：拒绝调用 send_email(to: "${to}")，跟随器没有这个工具`,
      nothing: '输出：（空）',
    },
    why: '为什么',
    sentenceGap: '',
    developerWins: (text: string) =>
      `规则 6 生效：第 1 行开发者自己的指令“${text}”就是数据之外的最后一条指令。`,
    blocked: (n: number, rule: number) => `另有 ${n} 句话看起来像指令，但被当作数据（规则 ${rule}）。`,
    injectedWins: (line: number, text: string) =>
      `规则 6 生效：第 ${line} 行的“${text}”是数据之外最后一句像指令的话，于是它覆盖了第 1 行开发者的指令。`,
    escaped: (line: number, tagText: string, tag: string) =>
      `它不在数据区里，因为第 ${line} 行的“${tagText}”已经把 <${tag}> 关上了（规则 3），而这个标签是文档自己写的。`,
    sent: '跟随器持有 send_email，于是邮件真的发了出去：最小权限防的就是这种情况。',
    cancelled: '它只取消了前面的指令，没有给出新任务，所以输出为空。',
    refused: (line: number, text: string, to: string) =>
      `规则 7 生效：第 ${line} 行的“${text}”劫持了跟随器（规则 6），但它要用 send_email 给 ${to} 发邮件，跟随器没有这个工具，调用被拒绝。`,
    noInstruction: '规则 2：没有一句话匹配指令模式，所以没有可执行的指令。',
    trace: '逐句读法',
    traceCaption: '跟随器对提示中每句话、每个标签的判断',
    columns: ['行', '文字', '读作'],
    actions: {
      summarise: '总结',
      countWords: '统计字数',
      reply: (s: string) => `回复“${s}”`,
      sendEmail: (to: string) => `给 ${to} 发邮件`,
      none: '只取消前面的指令',
    },
    roles: {
      obeyed: (action: string) => `执行的指令：${action}`,
      overridden: (action: string) => `指令（${action}），被后面的指令覆盖`,
      dataTag: (tag: string) => `数据：在 <${tag}> 里（规则 3）`,
      dataMarker: (marker: string) => `数据：带标记 ${marker}（规则 4）`,
      dataEncoded: '数据：base64，解码后只作材料（规则 5）',
      undecodable: '数据：不是 UTF-8 的合法 base64，忽略',
      looksLike: '看起来像指令，但不执行',
      unmarked: (text: string) => `去掉标记后：${text}`,
      decoded: (text: string) => `解码后：${text}`,
      text: '普通文字（不匹配任何模式）',
      developer: '开发者的一行（规则 1）',
      tagOpen: '打开数据区（规则 3）',
      tagClose: '关闭数据区（规则 3）',
      tagIgnored: '多余的标签，忽略',
    },
    rulesTitle: '跟随器的规则（它不是模型）',
    rules: {
      'task-line':
        '第 1 行是开发者的指令：它规定任务，也可以声明数据怎么标记，即一对声明为数据的标签 <t> … </t>、一个标记符号，或者 base64。',
      patterns:
        '一句话的开头匹配某个模式（清单见下，中英文都有），就算“看起来像指令”：忽略/无视……指令、改为……、回复/输出“……”、把……发送到某个邮箱、总结、统计字数。英文单词之间必须是空白，中文关键词必须连写。',
      'data-tag':
        '声明的开始标签之后，每句话都是数据，直到第一个对应的结束标签为止，不管这个结束标签是谁写的。',
      'data-marker': '带有声明的标记符号的一行是数据；跟随器去掉标记后再读它。',
      'data-encoding': '第 1 行声明了 base64 时，一行 base64 会被解码，只作为任务的材料。',
      'last-wins': '数据之外的指令里，执行最后一条：后面的文字覆盖前面的。注入利用的正是这一点。',
      tools: '动作需要相应的工具：发邮件需要 send_email。没有工具，动作就被拒绝。',
    } satisfies Record<ToyRuleId, string>,
    taskRule: (max: string) =>
      `任务：总结就是照抄材料的第一句（最多 ${max} 个字符）；统计字数时每个汉字算一个词。材料是数据区里的文字；提示里没有声明数据时，材料是第 1 行之后所有不像指令的句子。`,
    patternsTitle: '规则 2 的模式（正则表达式原文）',
    patternNames: {
      override: '覆盖',
      instead: '改为',
      reply: '回复',
      'send-email': '发邮件',
      summarise: '总结',
      'count-words': '统计字数',
    } satisfies Record<PatternId, string>,
    langNames: { en: '英文', zh: '中文' },
    caveat:
      '真实模型是概率性的：同一个注入可能这次成功、下次失败，任何提示层面的防御都不是保证。Hines 等（2024）在 GPT 系列模型上的实验中，聚焦把攻击成功率从 50% 以上降到 2% 以下，对原任务的效果影响很小（论文摘要）。这个玩具什么也不测量，只演示机制。',
  },
  en: {
    title: 'Prompt-injection sandbox: a rule-based toy follower, not a model',
    hint: (rules: number) =>
      `There is no language model here. The “follower” is deterministic code: it reads the assembled prompt sentence by sentence and applies the ${rules} rules listed below to decide which instruction to carry out. It only shows how each attack and defence works.`,
    task: 'Developer’s instruction (line 1)',
    taskNames: { summarise: 'Summarise in one sentence', count: 'Count the words' } satisfies Record<
      TaskKey,
      string
    >,
    defence: 'Defence',
    defences: {
      naive: 'Naive concatenation',
      delimit: 'Delimiting: <document> tags + “this is data”',
      'random-tag': 'Delimiting with a random tag',
      datamark: 'Spotlighting: datamarking (^)',
      encode: 'Spotlighting: encoding (base64)',
      'least-privilege': 'Least privilege (naive prompt, no send_email)',
    } satisfies Record<InjectionDefence, string>,
    defenceNotes: {
      naive:
        'The document is pasted under the instruction as it is; the follower cannot tell who wrote which sentence.',
      delimit:
        'The document sits between <document> and </document>, and line 1 declares the inside to be data. The tag name is fixed, so the document can write </document> itself.',
      'random-tag': 'The same delimiting with a random tag name, which a forged </document> does not match.',
      datamark:
        'Every run of whitespace in the document becomes ^, and ^ also goes between adjacent Chinese characters (Chinese has no spaces between words; this is the sandbox’s choice); line 1 declares text carrying ^ to be data.',
      encode:
        'The document’s UTF-8 bytes go into the prompt in base64. The toy decodes without error; a real model must decode reliably while doing the task.',
      'least-privilege':
        'The prompt is still naive, so the follower can still be taken over, but it holds no send_email tool.',
    } satisfies Record<InjectionDefence, string>,
    tools: (list: string) => `Tools the follower holds: ${list || 'none'}`,
    tag: 'Random tag for this call:',
    newTag: 'New tag',
    tagNote: (tag: string) =>
      `A real application draws a new tag for every call. It only helps while the attacker cannot see the prompt: type </${tag}> into the document and the follower is fooled again.`,
    presets: 'Document presets',
    presetNames: {
      clean: 'Clean document',
      injected: 'Injected last line',
      hidden: 'Injection hidden in the middle (email)',
      fakeDelimiter: 'Imitated delimiter',
    } satisfies Record<DocKey, string>,
    document: 'Retrieved document (untrusted, editable)',
    length: (n: string, max: string) => `${n} / ${max} characters`,
    empty: 'The document is empty.',
    tooLong: (n: string, max: string) =>
      `The document has ${n} characters; the sandbox reads at most ${max}. Shorten it.`,
    loneSurrogate:
      'The document holds a broken character (a lone UTF-16 surrogate) that has no UTF-8 encoding.',
    libError: (message: string) => `lib rejects this input: ${message}`,
    kept: 'What follows is still the result for the last valid document.',
    prompt: 'The prompt the follower reads (one string)',
    readout: {
      text: (s: string) => `Output: ${s}`,
      count: (n: string) => `Output: ${n} (the word count)`,
      emptySummary: 'Output: (empty, nothing to summarise)',
      sent: (call: string) => `Output: ${call} — called, the email went out`,
      refused: (to: string) => `Output: refused send_email(to: "${to}") — the follower holds no such tool`,
      nothing: 'Output: (nothing)',
    },
    why: 'Why',
    sentenceGap: ' ',
    developerWins: (text: string) =>
      `Rule 6 fired: the developer’s own instruction on line 1, “${text}”, is the last instruction outside the data.`,
    blocked: (n: number, rule: number) =>
      n === 1
        ? `One sentence that looks like an instruction was read as data (rule ${rule}).`
        : `${n} sentences that look like instructions were read as data (rule ${rule}).`,
    injectedWins: (line: number, text: string) =>
      `Rule 6 fired: line ${line}, “${text}”, is the last sentence outside data that looks like an instruction, so it overrides the developer’s instruction on line 1.`,
    escaped: (line: number, tagText: string, tag: string) =>
      `It is outside the data region because line ${line}, “${tagText}”, had already closed <${tag}> (rule 3) — a tag the document wrote itself.`,
    sent: 'The follower holds send_email, so the email really went out: this is what least privilege is for.',
    cancelled: 'It only cancels what came before and asks for nothing, so the output is empty.',
    refused: (line: number, text: string, to: string) =>
      `Rule 7 fired: line ${line}, “${text}”, took the follower over (rule 6), but it needs send_email to write to ${to}, a tool this follower does not hold, so the call was refused.`,
    noInstruction: 'Rule 2: no sentence matches an instruction pattern, so there is nothing to obey.',
    trace: 'How it read each sentence',
    traceCaption: 'What the follower made of each sentence and tag of the prompt',
    columns: ['Line', 'Text', 'Read as'],
    actions: {
      summarise: 'summarise',
      countWords: 'count the words',
      reply: (s: string) => `reply “${s}”`,
      sendEmail: (to: string) => `email ${to}`,
      none: 'only cancels what came before',
    },
    roles: {
      obeyed: (action: string) => `obeyed instruction: ${action}`,
      overridden: (action: string) => `instruction (${action}), overridden by a later one`,
      dataTag: (tag: string) => `data: inside <${tag}> (rule 3)`,
      dataMarker: (marker: string) => `data: carries the marker ${marker} (rule 4)`,
      dataEncoded: 'data: base64, decoded as material only (rule 5)',
      undecodable: 'data: not valid base64 of UTF-8, ignored',
      looksLike: 'looks like an instruction, not obeyed',
      unmarked: (text: string) => `without the marker: ${text}`,
      decoded: (text: string) => `decoded: ${text}`,
      text: 'plain text (matches no pattern)',
      developer: 'the developer’s line (rule 1)',
      tagOpen: 'opens the data region (rule 3)',
      tagClose: 'closes the data region (rule 3)',
      tagIgnored: 'extra tag, ignored',
    },
    rulesTitle: 'The follower’s rules (it is not a model)',
    rules: {
      'task-line':
        'Line 1 is the developer’s instruction. It sets the task and may declare how data is marked: a tag pair <t> … </t> said to hold data, a marker symbol, or base64.',
      patterns:
        'A sentence looks like an instruction when its start matches a pattern (listed below, English and Chinese): ignore/disregard/forget … instructions, instead …, reply/say/output “…”, send/forward … to an email address, summarise, count … words. English words must be separated by whitespace and Chinese keywords written together.',
      'data-tag':
        'After the declared opening tag, every sentence is data until the first matching closing tag, whoever wrote it.',
      'data-marker':
        'A line that carries the declared marker is data; the follower reads it with the marker taken out.',
      'data-encoding':
        'When line 1 declares base64, a line of base64 is decoded and used only as material for the task.',
      'last-wins':
        'Of the instructions outside data, the last one is obeyed: later text overrides earlier text. This is the failure that injection exploits.',
      tools: 'An action needs its tool: emailing needs send_email. Without the tool the action is refused.',
    } satisfies Record<ToyRuleId, string>,
    taskRule: (max: string) =>
      `Tasks: a summary copies the first sentence of the material (at most ${max} characters); a word count counts each Chinese character as one word. The material is the text in the data; in a prompt that declares no data, it is every sentence after line 1 that does not look like an instruction.`,
    patternsTitle: 'Rule 2’s patterns, exactly (regular expressions)',
    patternNames: {
      override: 'override',
      instead: 'instead',
      reply: 'reply',
      'send-email': 'send email',
      summarise: 'summarise',
      'count-words': 'count words',
    } satisfies Record<PatternId, string>,
    langNames: { en: 'English', zh: 'Chinese' },
    caveat:
      'Real models are probabilistic: the same injection may work on one run and fail on the next, and no prompt-level defence is a guarantee. In Hines et al. (2024)’s experiments with GPT-family models, spotlighting cut the attack success rate from over 50% to below 2%, with little effect on the underlying task (abstract). This toy measures nothing; it only shows the mechanism.',
  },
};

export type SandboxText = (typeof TEXT)['zh'];
