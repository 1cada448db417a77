import type { JsonExpectation, JsonSyntaxHint, JsonSyntaxReason } from '@/lib/prompting/json-output';
import type { PromptDelimiter, PromptSectionKind } from '@/lib/prompting/prompt-assembly';
import type { ExampleKey, TaskKey } from './presets';

/** The prompt builder's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '提示拼装器',
    hint: '逐项打开提示的各个部分，看拼出来的完整文本；用真实的分词器数词元；把模型输出粘进校验框，对照输出模式检查。',
    task: '任务',
    tasks: { sentiment: '评论情感分类', meeting: '从邮件提取会议信息' } satisfies Record<TaskKey, string>,
    parts: '部分',
    role: '角色',
    schema: '输出模式',
    exit: '退路条款',
    delimiter: '输入数据外的分隔符',
    delimiters: {
      none: '不加',
      'triple-quotes': '三引号 """',
      xml: 'XML 标签 <document>',
      hashes: '### 行',
    } satisfies Record<PromptDelimiter, string>,
    k: '示例个数 k',
    instruction: '任务描述（可编辑）',
    input: '输入数据（可编辑）',
    reset: '恢复预设文本',
    fields: (field: string): string =>
      ({ instruction: '任务描述', input: '输入数据', role: '角色', schema: '输出模式', exit: '退路条款' })[
        field
      ] ?? (field.startsWith('demonstrations') ? '示例' : field),
    errors: {
      empty: (field: string) => `${field}是空的：提示至少要有任务描述和输入数据。`,
      loneSurrogate: (field: string, index: number) =>
        `${field}在位置 ${index} 有一个落单的代理项（半个 emoji？）：它没有 UTF-8 编码，任何分词器都读不了。`,
      tooLong: (chars: string, limit: string, field: string) =>
        `拼出来的提示将有 ${chars} 个字符，演示最多拼 ${limit} 个（最长的部分是${field}）。`,
      other: (message: string) => `lib 拒绝了这组输入：${message}`,
    },
    kept: '下面显示的仍是最近一次有效的提示。',
    delimiterInData: (marker: string, part: string) =>
      `${part}里含有收尾分隔符 ${marker}：边界从这里起变得含糊，它后面的文字可能被当成指令（见下文的提示注入）。`,
    dataParts: { input: '输入数据', demonstration: (n: number) => `示例 ${n}` },
    readout: (chars: string) => `${chars} 个字符`,
    readoutTokens: (chars: string, tokens: string) => `${chars} 个字符 · ${tokens} 个词元（o200k_base）`,
    readoutLoading: (chars: string) => `${chars} 个字符 · 正在加载分词器……`,
    readoutFailed: (chars: string) => `${chars} 个字符 · 分词器加载失败（网络问题？）`,
    countTokens: '数词元',
    countNote:
      '词元数来自真实的 o200k_base 分词器（gpt-tokenizer）。它的词表很大（gzip 后约 1 MB），点“数词元”或第一次改动时才下载。字符按 Unicode 码位计。',
    retry: '重试',
    promptLabel: '拼出来的提示',
    legend: '每段前的灰色小标签只是标注，不属于提示文本。',
    sections: {
      role: '角色',
      instruction: '任务描述',
      'data-note': '数据说明',
      schema: '输出模式',
      exit: '退路条款',
      demonstration: '示例',
      input: '输入数据',
      cue: '答案引导',
    } satisfies Record<PromptSectionKind, string>,
    copy: '复制提示',
    copied: '已复制。',
    copyFailed: '复制失败，请手动选中文本。',
    compareCaption: '同一个预设的中英文版本（相同的部分和 k，不含你的编辑）',
    compareColumns: ['语言', '字符', '词元', '每词元字符数'],
    languages: { zh: '中文', en: 'English' },
    compareNote:
      '两种语言里 JSON 的键和取值都保持英文，同一个输出模式两边通用。中文版的字符明显更少，词元却不比英文版少：一个词元平均覆盖的中文字符比英文字符少。上下文长度和 API 价格都按词元计，所以字符数说明不了成本。',
    notCounted: '—',
    validator: '校验模型输出',
    checkedAgainst: (task: string, exit: boolean) =>
      `对照${task}的输出模式校验${exit ? '，也接受退路答案 {"found": false}' : ''}。`,
    schemaOff: '提示里还没有输出模式：打开“输出模式”，模型才知道要按什么格式回答。',
    output: '模型输出（粘贴到这里）',
    examples: '示例输出（为演示而写，不是模型生成的）',
    exampleNames: {
      valid: '合格',
      fenced: '带 ```json 代码块',
      truncated: '被截断',
      wrong: '字段不对',
      exit: '退路答案',
    } satisfies Record<ExampleKey, string>,
    validation: {
      empty: '粘贴一段输出，或者点一个示例。',
      loading: '正在加载校验器……',
      failed: '校验器加载失败（网络问题？）',
      ok: (fenced: boolean) =>
        `是合法的 JSON，符合输出模式。${fenced ? '（先去掉了外面的 ```json 代码块。）' : ''}`,
      tooLong: (limit: string) => `输出超过 ${limit} 个字符，校验器最多读这么多。`,
      issues: (n: number) => `是合法的 JSON，但有 ${n} 处不符合输出模式：`,
    },
    syntax: {
      where: (line: number, column: number) => `第 ${line} 行第 ${column} 列`,
      at: (head: string, where: string) => `${head}（${where}）`,
      heads: {
        empty: () => '输出是空的',
        'unexpected-end': () => '文本提前结束了',
        'unexpected-character': (found: string) => `意外的字符 ${found}`,
        'control-character': (found: string) =>
          `字符串里有未转义的控制字符 ${found}（应写成 \\n、\\t 或 \\u00XX）`,
        'bad-escape': (found: string) => `字符串里有无效的转义 \\${found}`,
        'leading-zero': () => '数字不能以 0 开头再接数字',
        'trailing-text': (found: string) => `JSON 值后面还有多余的文本，从 ${found} 开始`,
        'too-deep': () => '嵌套太深',
        'unclosed-fence': () => '``` 代码块没有闭合',
      } satisfies Record<JsonSyntaxReason, (found: string) => string>,
      expected: {
        value: '一个 JSON 值',
        key: '带双引号的键',
        'key-or-close': '带双引号的键或 }',
        colon: ':',
        'comma-or-close-object': ', 或 }',
        'comma-or-close-array': ', 或 ]',
        'value-or-close-array': '一个 JSON 值或 ]',
        digit: '数字',
        'hex-digit': '十六进制数字',
        'closing-quote': '收尾的双引号',
        end: '文本结束',
      } satisfies Record<JsonExpectation, string>,
      expect: (what: string) => `；此处应为 ${what}`,
      hints: {
        'typographic-quote': '弯引号不是 JSON，要用直双引号 "',
        'single-quote': 'JSON 的字符串和键都要用双引号',
        'full-width': '全角标点不是 JSON，要用半角的 , : { } [ ]',
        'trailing-comma': 'JSON 不允许在右括号前留逗号',
        comment: 'JSON 没有注释',
        'unquoted-key': '键要加双引号',
        'non-json-literal': 'JSON 只有小写的 true、false、null，没有 NaN 或 Infinity',
        'odd-space': '记号之间只允许空格、制表符、换行和回车',
      } satisfies Record<JsonSyntaxHint, string>,
    },
    issues: {
      missing: (expected: string) => `缺少这个必需的键（应为 ${expected}）`,
      type: (expected: string, received: string) => `类型应为 ${expected}，实际是 ${received}`,
      value: (allowed: string, received: string) => `应为 ${allowed}，实际是 ${received}`,
      format: (format: 'date' | 'time', received: string) =>
        `应为 ${format === 'date' ? 'YYYY-MM-DD 格式的日期' : 'HH:MM（24 小时制）格式的时间'}，实际是 ${received}`,
      unknownKey: (keys: string) => `输出模式里没有键 ${keys}`,
      tooShort: '不能为空',
      or: ' 或 ',
      oneOf: (values: string[]) => (values.length === 1 ? (values[0] ?? '') : `${values.join('、')} 之一`),
    },
  },
  en: {
    title: 'Prompt builder',
    hint: "Switch the parts of a prompt on one by one and read the assembled text; count its tokens with a real tokenizer; paste a model's output into the validator to check it against the schema.",
    task: 'Task',
    tasks: { sentiment: 'Sentiment of a review', meeting: 'Meeting details from an email' } satisfies Record<
      TaskKey,
      string
    >,
    parts: 'Parts',
    role: 'Role line',
    schema: 'Output schema',
    exit: 'Exit clause',
    delimiter: 'Delimiters around the input data',
    delimiters: {
      none: 'None',
      'triple-quotes': 'Triple quotes """',
      xml: 'XML tags <document>',
      hashes: '### lines',
    } satisfies Record<PromptDelimiter, string>,
    k: 'Demonstrations k',
    instruction: 'Instruction (task description, editable)',
    input: 'Input data (editable)',
    reset: 'Restore the preset text',
    fields: (field: string): string =>
      ({
        instruction: 'the instruction',
        input: 'the input data',
        role: 'the role line',
        schema: 'the schema',
        exit: 'the exit clause',
      })[field] ?? (field.startsWith('demonstrations') ? 'a demonstration' : field),
    errors: {
      empty: (field: string) =>
        `${field[0]?.toUpperCase() ?? ''}${field.slice(1)} is empty: a prompt needs an instruction and input data.`,
      loneSurrogate: (field: string, index: number) =>
        `${field[0]?.toUpperCase() ?? ''}${field.slice(1)} holds a lone surrogate (half an emoji?) at index ${index}: it has no UTF-8 form, so no tokenizer can read it.`,
      tooLong: (chars: string, limit: string, field: string) =>
        `The prompt would be ${chars} characters; the demo assembles at most ${limit} (the largest part is ${field}).`,
      other: (message: string) => `lib rejects this input: ${message}`,
    },
    kept: 'The prompt below is the last valid one.',
    delimiterInData: (marker: string, part: string) =>
      `${part} contains ${marker}, the closing delimiter: from there on the boundary is ambiguous, and the text after it can pass for instructions (see prompt injection below).`,
    dataParts: { input: 'The input data', demonstration: (n: number) => `Demonstration ${n}` },
    readout: (chars: string) => `${chars} characters`,
    readoutTokens: (chars: string, tokens: string) => `${chars} characters · ${tokens} tokens (o200k_base)`,
    readoutLoading: (chars: string) => `${chars} characters · loading the tokenizer…`,
    readoutFailed: (chars: string) => `${chars} characters · the tokenizer failed to load (network?)`,
    countTokens: 'Count tokens',
    countNote:
      'Token counts come from the real o200k_base tokenizer (gpt-tokenizer). Its vocabulary is large (about 1 MB gzipped), so it downloads only when you press “Count tokens” or first change something. Characters are Unicode code points.',
    retry: 'Retry',
    promptLabel: 'The assembled prompt',
    legend: 'The small grey label before each part is an annotation, not part of the prompt.',
    sections: {
      role: 'role',
      instruction: 'instruction',
      'data-note': 'data note',
      schema: 'schema',
      exit: 'exit',
      demonstration: 'example',
      input: 'input data',
      cue: 'cue',
    } satisfies Record<PromptSectionKind, string>,
    copy: 'Copy prompt',
    copied: 'Copied.',
    copyFailed: 'Copying failed; select the text instead.',
    compareCaption: 'The same preset in Chinese and English (same parts and k, without your edits)',
    compareColumns: ['Language', 'Characters', 'Tokens', 'Characters per token'],
    languages: { zh: '中文', en: 'English' },
    compareNote:
      'JSON keys and values stay in English in both versions, so one schema serves both. The Chinese version has clearly fewer characters but no fewer tokens: a token covers fewer Chinese characters than English ones on average. Context windows and API prices are counted in tokens, so characters say little about cost.',
    notCounted: '—',
    validator: "Check a model's output",
    checkedAgainst: (task: string, exit: boolean) =>
      `Checked against the schema of “${task}”${exit ? ', or the exit answer {"found": false}' : ''}.`,
    schemaOff:
      'The prompt does not include the schema yet: switch on “Output schema” so the model knows the format.',
    output: 'Model output (paste it here)',
    examples: 'Example outputs (written for the demo, not produced by a model)',
    exampleNames: {
      valid: 'valid',
      fenced: 'in a ```json fence',
      truncated: 'cut off',
      wrong: 'wrong fields',
      exit: 'exit answer',
    } satisfies Record<ExampleKey, string>,
    validation: {
      empty: 'Paste an output, or pick an example.',
      loading: 'Loading the validator…',
      failed: 'The validator failed to load (network?)',
      ok: (fenced: boolean) =>
        `Valid JSON that matches the schema.${fenced ? ' (The ```json fence around it was removed first.)' : ''}`,
      tooLong: (limit: string) =>
        `The output is longer than ${limit} characters, the most the validator reads.`,
      issues: (n: number) => `Valid JSON, but it breaks the schema in ${n} place${n === 1 ? '' : 's'}:`,
    },
    syntax: {
      where: (line: number, column: number) => `line ${line}, column ${column}`,
      at: (head: string, where: string) => `${head} at ${where}`,
      heads: {
        empty: () => 'The output is empty',
        'unexpected-end': () => 'The text ends too early',
        'unexpected-character': (found: string) => `Unexpected character ${found}`,
        'control-character': (found: string) =>
          `Unescaped control character ${found} in a string (write \\n, \\t or \\u00XX)`,
        'bad-escape': (found: string) => `Invalid escape \\${found} in a string`,
        'leading-zero': () => 'A number may not start with 0 followed by a digit',
        'trailing-text': (found: string) => `Extra text after the JSON value, starting with ${found}`,
        'too-deep': () => 'Nested too deeply',
        'unclosed-fence': () => 'The ``` code fence is not closed',
      } satisfies Record<JsonSyntaxReason, (found: string) => string>,
      expected: {
        value: 'a JSON value',
        key: 'a key in double quotes',
        'key-or-close': 'a key in double quotes or }',
        colon: ':',
        'comma-or-close-object': ', or }',
        'comma-or-close-array': ', or ]',
        'value-or-close-array': 'a JSON value or ]',
        digit: 'a digit',
        'hex-digit': 'a hexadecimal digit',
        'closing-quote': 'a closing double quote',
        end: 'the end of the text',
      } satisfies Record<JsonExpectation, string>,
      expect: (what: string) => `; expected ${what}`,
      hints: {
        'typographic-quote': 'typographic quotes are not JSON; use straight double quotes "',
        'single-quote': 'JSON strings and keys need double quotes',
        'full-width': 'full-width punctuation is not JSON; use ASCII , : { } [ ]',
        'trailing-comma': 'JSON allows no comma before a closing bracket',
        comment: 'JSON has no comments',
        'unquoted-key': 'keys need double quotes',
        'non-json-literal': 'JSON has only true, false and null (lower case), and no NaN or Infinity',
        'odd-space': 'between tokens JSON allows only space, tab, line feed and carriage return',
      } satisfies Record<JsonSyntaxHint, string>,
    },
    issues: {
      missing: (expected: string) => `missing required key (expected ${expected})`,
      type: (expected: string, received: string) => `expected ${expected}, got ${received}`,
      value: (allowed: string, received: string) => `expected ${allowed}, got ${received}`,
      format: (format: 'date' | 'time', received: string) =>
        `expected ${format === 'date' ? 'a date as YYYY-MM-DD' : 'a time as HH:MM (24-hour)'}, got ${received}`,
      unknownKey: (keys: string) => `key ${keys} is not in the schema`,
      tooShort: 'must not be empty',
      or: ' or ',
      oneOf: (values: string[]) => (values.length === 1 ? (values[0] ?? '') : `one of ${values.join(', ')}`),
    },
  },
};

export type PromptBuilderText = (typeof TEXT)['zh'];
