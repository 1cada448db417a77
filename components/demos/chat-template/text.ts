import type { ChatIssueCode } from '@/lib/alignment/chat-checks';
import type { ChatTemplateName } from '@/lib/alignment/render-chat';
import { MAX_TURNS, type PresetKey } from './conversation';

const q = (s: string) => `“${s}”`;

/** What an issue message may mention: the 1-based turn number, its role, a token, a field. */
export interface IssueArgs {
  readonly n: number;
  readonly role: string;
  readonly token: string;
  readonly field: 'role' | 'content';
}

/** The chat-template demo's words, Chinese first. */
export const TEXT = {
  zh: {
    title: '对话模板与损失掩码',
    hint: '编辑下面的对话，看它被渲染成的精确字符串（lib 的 renderChat），以及 SFT 时哪些字符带损失：只有 assistant 的正文和它的结束标记。',
    template: '模板',
    templates: {
      chatml: 'ChatML（TRL setup_chat_format）',
      llama3: 'Llama 3 Instruct',
    } satisfies Record<ChatTemplateName, string>,
    templateNotes: {
      chatml:
        'ChatML 按 TRL 的 setup_chat_format 渲染：每条消息写成 <|im_start|>{角色}\\n{内容}<|im_end|>\\n，内容原样保留。带损失的是 assistant 的内容和它的 <|im_end|>，不含其后的换行。',
      llama3:
        'Llama 3 Instruct 按 Meta-Llama-3-8B-Instruct 的 tokenizer_config.json 渲染：开头一个 <|begin_of_text|>，每条消息写成 <|start_header_id|>{角色}<|end_header_id|>\\n\\n{去掉首尾空白的内容}<|eot_id|>。带损失的是 assistant 的内容和它的 <|eot_id|>。',
    } satisfies Record<ChatTemplateName, string>,
    generation: '添加生成提示（add_generation_prompt）',
    mask: '损失掩码：只在 assistant 消息上算损失',
    readout: (loss: string, total: string, pct: string, runs: number, sLoss: number, sTotal: number) =>
      `${total} 个字符中 ${loss} 个带损失（${pct}%），共 ${runs} 段可训练片段；${sTotal} 个特殊词元中 ${sLoss} 个带损失`,
    maskOff: (completion: string, loss: string) =>
      `关掉掩码后，整段序列像预训练一样算损失（第一个词元除外：它前面没有位置去预测它）。模型于是也被训练去写系统提示、用户的话和模板的消息头——这些文本推理时总是现成给出的，从来不需要它生成；回答在平均损失里的份额也被稀释：这里带损失的 ${loss} 个字符中只有 ${completion} 个属于 assistant。所以 SFT 通常只在回答上算损失（TRL 的 completion-only / assistant-only loss）。也有不同的结论：Shi 等（2024）发现指令很长、回答很短、数据又少时，对指令部分（不含模板词元）也算损失反而有帮助。`,
    charsNotTokens:
      '计数单位是字符（Unicode 码位），不是词元：本页没有附带 Llama 或 Qwen 的分词器。每个带框的特殊词元在真实词表里是 1 个词元，却占 10～19 个字符，所以按词元算的比例和这里按字符算的不一样；读数里特殊词元的个数是精确的。',
    generationNote:
      '生成提示用于推理：它在末尾打开一个 assistant 消息头，让模型接着写。训练样本则以最后一条 assistant 消息的结束标记收尾。',
    stringLabel: '渲染出的训练字符串',
    legend: '图例',
    legendSpecial: '特殊词元（词表里的 1 个词元）',
    legendLoss: '带损失（下划线加底色）',
    legendLookalike: '正文里手打的特殊词元文本（⚠ 虚线框）：这里只是普通文本',
    legendNewline: '字符串里的换行',
    legendLabel: '消息标签：角色，以及是否带损失（不属于字符串）',
    roleLabel: (role: string, loss: boolean) => `${role} · ${loss ? '带损失' : '无损失'}`,
    generationLabel: (loss: boolean) => `生成提示 · ${loss ? '带损失' : '无损失'}`,
    exact: '精确字符串（JSON 字符串字面量，换行写作 \\n）',
    kept: (template: string) => `上面显示的仍是最近一次有效的对话（${template}）。`,
    conversation: '对话',
    turn: (n: number) => `第 ${n} 条`,
    role: '角色',
    other: '其他……',
    customRole: '角色名',
    content: '内容',
    up: (n: number) => `把第 ${n} 条上移`,
    down: (n: number) => `把第 ${n} 条下移`,
    remove: (n: number) => `删除第 ${n} 条`,
    add: '添加一条消息',
    full: `最多 ${MAX_TURNS} 条消息。`,
    presets: '预设',
    presetNames: {
      multi: '带系统提示的多轮对话',
      qa: '一问一答',
    } satisfies Record<PresetKey, string>,
    linkTooLong: '对话太长，放不进地址栏：地址里只保留模板和两个开关。',
    issues: {
      'no-messages': () => '对话是空的：请添加一条消息。两个模板都会渲染出空字符串，没有任何可训练的内容。',
      'all-empty': () => '所有消息都是空的（或只有空白）：至少在一条消息里写点内容。',
      'empty-role': ({ n }: IssueArgs) => `第 ${n} 条消息没有角色名。`,
      'role-line-break': ({ n }: IssueArgs) =>
        `第 ${n} 条消息的角色名里有换行。ChatML 的消息头在第一个换行处结束，后半截会变成正文；角色名只能占一行。`,
      'role-special-token': ({ n, token }: IssueArgs) =>
        `第 ${n} 条消息的角色名里含有本模板的特殊词元 ${q(token)}，它会在角色名中间关闭或打开一个消息头。`,
      'unknown-role': ({ n, role }: IssueArgs) =>
        `第 ${n} 条消息：Llama 3 只认 system、user、assistant 三种角色（Meta 参考代码里 Role 的类型正是这三个），不认${q(role)}。Llama 3.1 为工具输出加了 ipython 角色，但模板也跟着变了，本演示没有复现。Hugging Face 上的 Llama 3 模板仍会把${q(role)}原样写进消息头，可模型训练时从没见过这样的头。`,
      'lone-surrogate': ({ n, field }: IssueArgs) =>
        `第 ${n} 条消息的${field === 'role' ? '角色名' : '内容'}里有孤立的 UTF-16 代理项（半个 emoji？）。它没有 UTF-8 编码，任何分词器都编码不了。`,
      'special-token-in-content': ({ n, role, token }: IssueArgs) =>
        `第 ${n} 条消息（${role}）里含有本模板自己的特殊词元 ${q(token)}。这里把它当普通文本显示（⚠ 虚线框），但 Hugging Face 分词器默认会把特殊词元的字面文本认成真正的特殊词元（split_special_tokens=False），于是 apply_chat_template 之后这条消息会在这里被截断，后面的文字被当成模板结构——这是借模板完成的提示注入。用户数据里的这类字符串应当转义或删除；Meta 的 Llama 3 参考代码编码消息正文时就把特殊词元当普通文本处理。`,
      'unusual-role': ({ n, role }: IssueArgs) =>
        `第 ${n} 条消息的角色是${q(role)}。ChatML 模板会把任何角色名写进消息头，但 ChatML v0 只定义了 system、user、assistant：模型只认识它微调数据里出现过的角色。`,
      'empty-turn': ({ n }: IssueArgs) => `第 ${n} 条消息是空的，它的消息头和结束标记照样会渲染出来。`,
      trimmed: ({ n }: IssueArgs) =>
        `第 ${n} 条消息首尾有空白，Llama 3 模板会去掉它（Jinja 的 trim，即 Python 的 str.strip）；ChatML 则原样保留。`,
      'no-assistant': () =>
        '没有 assistant 消息：开着掩码时这个样本里没有任何字符带损失，作为训练样本它什么也教不了。',
    } satisfies Record<ChatIssueCode, (args: IssueArgs) => string>,
  },
  en: {
    title: 'Chat templates and the loss mask',
    hint: 'Edit the conversation below and see the exact string it renders to (lib’s renderChat), and which characters carry loss in SFT: only the assistant’s content and its end marker.',
    template: 'Template',
    templates: {
      chatml: 'ChatML (TRL setup_chat_format)',
      llama3: 'Llama 3 Instruct',
    } satisfies Record<ChatTemplateName, string>,
    templateNotes: {
      chatml:
        'ChatML as TRL’s setup_chat_format writes it: <|im_start|>{role}\\n{content}<|im_end|>\\n per message, content kept as typed. Loss falls on the assistant’s content and its <|im_end|>, not on the line break after it.',
      llama3:
        'Llama 3 Instruct as in Meta-Llama-3-8B-Instruct’s tokenizer_config.json: one <|begin_of_text|>, then <|start_header_id|>{role}<|end_header_id|>\\n\\n{content, trimmed}<|eot_id|> per message. Loss falls on the assistant’s content and its <|eot_id|>.',
    } satisfies Record<ChatTemplateName, string>,
    generation: 'Add generation prompt (add_generation_prompt)',
    mask: 'Loss mask: train on assistant turns only',
    readout: (loss: string, total: string, pct: string, runs: number, sLoss: number, sTotal: number) =>
      `Loss on ${loss} of ${total} characters (${pct}%) in ${runs} trainable ${runs === 1 ? 'span' : 'spans'}; ${sLoss} of ${sTotal} special tokens carry loss`,
    maskOff: (completion: string, loss: string) =>
      `Without the mask the whole sequence is trained as in pretraining (every token but the first, which no position predicts). The model is now also taught to write the system prompt, the user’s turns and the template headers — text it is always given at inference and never has to produce — and the answer becomes a smaller share of the averaged loss: here only ${completion} of the ${loss} loss-carrying characters are the assistant’s. That is why SFT usually trains on completions only (TRL’s completion-only / assistant-only loss). Not everyone agrees: Shi et al. (2024) report that loss on the instruction (not on template tokens) can help when instructions are long, answers short and data scarce.`,
    charsNotTokens:
      'Counts are characters (Unicode code points), not tokens: this page ships no Llama or Qwen tokenizer. Each boxed special token is a single token in the real vocabulary although it spans 10–19 characters, so shares in tokens differ from these shares in characters; the special-token count in the readout is exact.',
    generationNote:
      'The generation prompt is for inference: it opens an assistant turn at the end for the model to complete. A training example ends with the last assistant turn’s end marker instead.',
    stringLabel: 'Rendered training string',
    legend: 'Legend',
    legendSpecial: 'special token (one token in the vocabulary)',
    legendLoss: 'carries loss (underlined, tinted)',
    legendLookalike: 'special-token text typed into content (⚠, dashed): plain text here',
    legendNewline: 'line break in the string',
    legendLabel: 'turn label: role and whether it carries loss (not part of the string)',
    roleLabel: (role: string, loss: boolean) => `${role} · ${loss ? 'loss' : 'no loss'}`,
    generationLabel: (loss: boolean) => `generation prompt · ${loss ? 'loss' : 'no loss'}`,
    exact: 'The exact string, as a JSON string literal (line breaks as \\n)',
    kept: (template: string) => `The string above is still the last valid conversation (${template}).`,
    conversation: 'Conversation',
    turn: (n: number) => `Turn ${n}`,
    role: 'Role',
    other: 'other…',
    customRole: 'Role name',
    content: 'Content',
    up: (n: number) => `Move turn ${n} up`,
    down: (n: number) => `Move turn ${n} down`,
    remove: (n: number) => `Remove turn ${n}`,
    add: 'Add a turn',
    full: `At most ${MAX_TURNS} turns.`,
    presets: 'Presets',
    presetNames: {
      multi: 'Multi-turn chat with a system prompt',
      qa: 'One question, one answer',
    } satisfies Record<PresetKey, string>,
    linkTooLong:
      'This conversation is too long for the address bar: the address keeps only the template and the two switches.',
    issues: {
      'no-messages': () =>
        'The conversation is empty: add a turn. Both templates would render an empty string, with nothing to train on.',
      'all-empty': () => 'Every turn is empty (or only whitespace): type something into at least one turn.',
      'empty-role': ({ n }: IssueArgs) => `Turn ${n} has no role name.`,
      'role-line-break': ({ n }: IssueArgs) =>
        `The role of turn ${n} spans two lines. In ChatML the first line break ends the header, so the rest would become message text; a role name is one line.`,
      'role-special-token': ({ n, token }: IssueArgs) =>
        `The role of turn ${n} contains ${q(token)}, a special token of this template: it would close or open a header in the middle of the role.`,
      'unknown-role': ({ n, role }: IssueArgs) =>
        `Turn ${n}: Llama 3 knows the roles system, user and assistant (Meta’s reference code types Role as exactly these three), not ${q(role)}. Llama 3.1 adds ipython for tool output, with a changed template that this demo does not reproduce. The Hugging Face Llama 3 template would still print ${q(role)} into the header, but the model never saw that header in training.`,
      'lone-surrogate': ({ n, field }: IssueArgs) =>
        `The ${field === 'role' ? 'role' : 'content'} of turn ${n} holds a lone UTF-16 surrogate (half an emoji?). It has no UTF-8 encoding, so no tokenizer can encode it.`,
      'special-token-in-content': ({ n, role, token }: IssueArgs) =>
        `Turn ${n} (${role}) contains ${q(token)}, one of this template’s own special tokens. It is shown here as plain text (⚠, dashed), but a Hugging Face tokenizer turns special-token text into the special token by default (split_special_tokens=False), so after apply_chat_template the turn would be cut there and what follows read as template structure — a prompt injection through the template. Escape or strip such strings in user data; Meta’s reference Llama 3 code encodes message text with special tokens treated as ordinary text.`,
      'unusual-role': ({ n, role }: IssueArgs) =>
        `Turn ${n} uses the role ${q(role)}. The ChatML template writes any role into the header, but ChatML v0 defines only system, user and assistant: a model knows only the roles its fine-tuning data used.`,
      'empty-turn': ({ n }: IssueArgs) =>
        `Turn ${n} is empty; its header and end marker are rendered anyway.`,
      trimmed: ({ n }: IssueArgs) =>
        `Turn ${n} starts or ends with whitespace, which the Llama 3 template trims (Jinja’s trim, i.e. Python’s str.strip); ChatML keeps it.`,
      'no-assistant': () =>
        'No assistant turn: under the mask no character of this example carries loss, so as a training example it teaches nothing.',
    } satisfies Record<ChatIssueCode, (args: IssueArgs) => string>,
  },
};

export type ChatTemplateText = (typeof TEXT)['zh'];
