/**
 * Every live demo, as data: its stable id (the `data-demo` attribute on its root), the MDX tag
 * that renders it, and how the generated end-to-end spec drives it from the keyboard.
 * Pure data so that Playwright and the content lint can import it without React.
 */
export interface DemoSpec {
  /** Kebab-case id; the demo's root element carries `data-demo="<id>"`. */
  id: string;
  /** Tag name in MDX (must be a key of `demoComponents`). */
  component: string;
  /** Keyboard check: focus `target` (inside the demo root), press `keys`, expect `readout` to change. */
  keyboard: { target: string; keys: readonly string[] };
  /** Selector (inside the root) of the main live readout: an `<output data-readout>`. */
  readout: string;
  /**
   * The demo keeps its state in the address bar (components/demos/shared/url-query.ts), so the
   * keyboard check also expects the URL to change and a reopened link to show the same readout.
   */
  urlState?: true;
}

export const demoManifest = [
  {
    id: 'temperature-annealing',
    component: 'TemperatureAnnealing',
    keyboard: { target: 'input[type="range"]', keys: ['ArrowLeft', 'ArrowLeft', 'ArrowLeft'] },
    readout: '[data-readout]',
  },
  {
    id: 'chain-rule',
    component: 'ChainRule',
    keyboard: { target: 'select', keys: ['ArrowUp'] },
    readout: '[data-readout]',
  },
  {
    id: 'scaling-law',
    component: 'ScalingLaw',
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight', 'ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'llm-timeline',
    component: 'LlmTimeline',
    keyboard: { target: 'input[type="radio"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'generation-metrics',
    component: 'GenerationMetrics',
    // exp → floor smoothing: the default example has no 4-gram match, so BLEU changes.
    keyboard: { target: 'select', keys: ['ArrowDown'] },
    readout: '[data-readout]',
  },
  {
    id: 'decoding-pipeline',
    component: 'DecodingPipeline',
    keyboard: { target: 'input[type="range"]', keys: ['ArrowLeft', 'ArrowLeft'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'beam-search',
    component: 'BeamSearch',
    // num_beams 1 → 2: on the HF blog example the beam result goes from "The nice woman" to "The dog has".
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'penalties',
    component: 'Penalties',
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'contrastive-decoding',
    component: 'ContrastiveDecoding',
    keyboard: { target: 'input[type="range"]', keys: ['Home'] },
    readout: '[data-readout]',
  },
  {
    id: 'speculative-decoding',
    component: 'SpeculativeDecoding',
    keyboard: { target: 'input[type="range"]', keys: ['ArrowLeft', 'ArrowLeft'] },
    readout: '[data-readout]',
  },
  {
    id: 'quantization',
    component: 'Quantization',
    keyboard: { target: 'input[type="range"]', keys: ['ArrowLeft'] },
    readout: '[data-readout]',
  },
  {
    id: 'confusion-matrix',
    component: 'ConfusionMatrix',
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight', 'ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'pr-roc-curves',
    component: 'PrRocCurves',
    keyboard: { target: 'input[type="range"]', keys: ['ArrowLeft', 'ArrowLeft'] },
    readout: '[data-readout]',
  },
  {
    id: 'pass-at-k',
    component: 'PassAtK',
    // n starts at its maximum (200, HumanEval-like): shrinking it raises c/n, so both estimates move.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowLeft', 'ArrowLeft'] },
    readout: '[data-readout]',
  },
  {
    id: 'elo-arena',
    component: 'EloArena',
    // K = 4 → 6: every online Elo rating moves by about half as much again.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight', 'ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'reliability-diagram',
    component: 'ReliabilityDiagram',
    // M = 10 → 11 bins on the over-confident preset: the readout's M changes and ECE goes 0.173 → 0.170.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'minhash-dedup',
    component: 'MinhashDedup',
    // Shingle size 5 → 4 characters: the shingle sets, the Jaccard similarity and the estimate change.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowLeft'] },
    readout: '[data-readout]',
  },
  {
    id: 'online-softmax',
    component: 'OnlineSoftmax',
    // Block size 3 → 2 (first slider): block 1 now holds 1.5 and 0.2, so the running max and sum change.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowLeft'] },
    readout: '[data-readout]',
  },
  {
    id: 'tokenizer-lab',
    component: 'TokenizerLab',
    // The tablist: ArrowRight selects the next tab (bpe → compare on the tokenization page), whose readout differs.
    keyboard: { target: '[role="tab"][aria-selected="true"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'attention-lab',
    component: 'AttentionLab',
    // Tokens n = 5 → 6: the selected query's weight row gains a sixth entry.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'position-lab',
    component: 'PositionLab',
    // The first slider of the tab shown: pos 1 → 2 (sinusoidal), m 3 → 4 (rope), head 1 → 2 (alibi).
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'block-anatomy',
    component: 'BlockAnatomy',
    // The tablist: the next view (e.g. normalisation → activations); only the visible view has a readout.
    keyboard: { target: '[role="tab"][aria-selected="true"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'kv-cache',
    component: 'KvCache',
    // MHA → GQA on Llama 2 7B: 524,288 → 131,072 bytes per token.
    keyboard: { target: 'input[type="radio"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'moe-router',
    component: 'MoeRouter',
    // top-1 → top-2 on the default table: the load-balancing loss changes.
    keyboard: { target: 'input[type="radio"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'schedule-explorer',
    component: 'ScheduleExplorer',
    // The step slider: step 251,000 → 250,500 on the LLaMA-2 preset; the learning rate at that step changes.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowLeft'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'adam-stepper',
    component: 'AdamStepper',
    // The step slider 0 → 1: both optimisers take their first step.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
  },
  {
    id: 'pipeline-bubble',
    component: 'PipelineBubble',
    // p → 1 (Home): one device has no bubble, so the readout drops to 0 for every schedule.
    keyboard: { target: 'input[type="range"]', keys: ['Home'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'training-memory',
    component: 'TrainingMemory',
    // The checked ZeRO radio: ZeRO-1 → ZeRO-2 on either preset (7B: 51.5 → 40.5 GiB per GPU).
    keyboard: { target: 'input[type="radio"]:checked', keys: ['ArrowRight'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'number-formats',
    component: 'NumberFormats',
    // FP16 → BF16: 0.1 reads 0.0999755859375, then 0.10009765625.
    keyboard: { target: 'select', keys: ['ArrowDown'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'rope-scaling',
    component: 'RopeScaling',
    // Scale factor 8 → 4: the longest wavelength halves.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowLeft'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'dpo-calculator',
    component: 'DpoCalculator',
    // Sigmoid → IPO at policy = reference: ln 2 → (1/(2β))² = 25.
    keyboard: { target: 'input[type="radio"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'chat-template',
    component: 'ChatTemplate',
    // ChatML → Llama 3: the rendered string and its character counts change.
    keyboard: { target: 'select', keys: ['ArrowDown'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'lora-lab',
    component: 'LoraLab',
    // Space unticks q_proj: Llama 2 7B at r = 8 goes from 4,194,304 (q, v) to 2,097,152 (v only).
    keyboard: { target: 'input[type="checkbox"]', keys: ['Space'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'grpo-lab',
    component: 'GrpoLab',
    // Advantages tab: Space unticks answer 1 of "1 of 8 right", so the group is all wrong and Â₁
    // drops to 0. On the aggregation tab the same target is the checked loss_type radio, and
    // ArrowRight moves grpo → bnpo (long/short weight ratio 0.1111 → 1.0000).
    keyboard: { target: '[data-keyboard]', keys: ['Space', 'ArrowRight'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'ppo-clip',
    component: 'PpoClip',
    // The first slider is ε: 0.2 → 0.25 moves the clip edge the readout's ratio sits against.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'kl-estimators',
    component: 'KlEstimators',
    // The first select is the preset: close → far changes the true KL in the readout.
    keyboard: { target: 'select', keys: ['ArrowDown'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'reward-model',
    component: 'RewardModel',
    // Pair view: r_c 1 → 1.25 raises P(chosen ≻ rejected) and lowers the loss.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'best-of-n',
    component: 'BestOfN',
    // KL view: N 4 → 6 raises ln N − (N − 1)/N.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'self-consistency',
    component: 'SelfConsistency',
    // The n slider 15 → 14 changes the majority-vote accuracy.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowLeft'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'contextual-calibration',
    component: 'ContextualCalibration',
    // The first select is input 1's gold label: positive → negative changes the calibrated accuracy.
    keyboard: { target: 'select', keys: ['ArrowDown'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'tree-of-thoughts',
    component: 'TreeOfThoughts',
    // The value-rule select: rollout → one-step changes what the search keeps (b = 1 and b = 5 alike).
    keyboard: { target: 'select', keys: ['ArrowDown'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'injection-sandbox',
    component: 'InjectionSandbox',
    // Defence naive → delimiting: the toy's output goes from the injected reply to the summary.
    keyboard: { target: 'select[name="inj-defence"]', keys: ['ArrowDown'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'prompt-builder',
    component: 'PromptBuilder',
    // The first slider: one more demonstration changes the assembled prompt's length.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'react-stepper',
    component: 'ReactStepper',
    // Turn 0 → 1: "Turn 0 of 3: not started" becomes "Turn 1 of 3: running, no final answer yet".
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'workflow-patterns',
    component: 'WorkflowPatterns',
    // The pattern select, chaining → routing: success 0.729 → 0.855 at the defaults.
    keyboard: { target: 'select', keys: ['ArrowDown'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'agent-reliability',
    component: 'AgentReliability',
    // n = 8 → 7 (first slider) at c = 6, k = 4: pass^4 goes C(6,4)/C(8,4) = 0.2143 → C(6,4)/C(7,4) = 0.4286.
    keyboard: { target: 'input[type="range"]', keys: ['ArrowLeft'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'context-cost',
    component: 'ContextCost',
    // The policy select: sliding window → periodic summary changes the input tokens and cost.
    keyboard: { target: 'select', keys: ['ArrowDown'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'chunking-tradeoff',
    component: 'ChunkingTradeoff',
    // the chunk-size slider: 80 → 100 words (en) / 150 → 200 characters (zh) changes the chunk count
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'abstention-scoring',
    component: 'AbstentionScoring',
    // the confidence-target slider: t = 0.5 → 0.6 changes both penalised scores
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'attention-masks',
    component: 'AttentionMasks',
    // the model select (the first range slider is the grid length, which the readout does not show)
    keyboard: { target: 'select', keys: ['ArrowDown'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'clip-loss',
    component: 'ClipLoss',
    // s: 1/0.07 → 20: the aligned batch's loss goes from 0.2123 to 0.1146 (open_clip ClipLoss, by hand).
    keyboard: { target: 'input[type="range"]', keys: ['ArrowRight'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'visual-tokens',
    component: 'VisualTokens',
    // mode anyres → native on a 672 × 672 image: 2,928 → 2,304 tokens.
    keyboard: { target: 'select', keys: ['ArrowDown'] },
    readout: '[data-readout]',
    urlState: true,
  },
  {
    id: 'rag-explorer',
    component: 'RagExplorer',
    // k 5 → 4: "recall@5 …" becomes "recall@4 …" (before the corpus arrives, "loading" becomes a result)
    keyboard: { target: '[data-field="rag-k"] input[type="range"]', keys: ['ArrowLeft'] },
    readout: '[data-readout]',
    urlState: true,
  },
] as const satisfies readonly DemoSpec[];

export type DemoId = (typeof demoManifest)[number]['id'];
