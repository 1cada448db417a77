export { evaluateArithmetic, roundHalfAwayFromZero } from './arithmetic';
export {
  ARITHMETIC_CONSTANTS,
  ARITHMETIC_FUNCTIONS,
  ARITHMETIC_MAX_DEPTH,
  ARITHMETIC_MAX_LENGTH,
  parseArithmetic,
  type ArithmeticNode,
  type ChainOperator,
} from './arithmetic-parser';
export { tokenizeArithmetic, type ArithmeticToken, type OperatorSymbol } from './arithmetic-lexer';
export { parseReActStep, type ReActAction, type ReActFinish, type ReActStep } from './react-step';
export { passHatK } from './pass-hat-k';
export {
  expectedTries,
  RELIABILITY_MAX_RETRIES,
  RELIABILITY_MAX_STEPS,
  stepSuccess,
  taskReliability,
  uniformTaskReliability,
  type StepReliability,
  type TaskReliability,
} from './reliability';
export {
  callsInParallel,
  callsInSequence,
  chainWorkflow,
  evaluatorOptimizerWorkflow,
  orchestratorWorkersWorkflow,
  parallelWorkflow,
  PARALLEL_MODES,
  routingWorkflow,
  singleCall,
  WORKFLOW_LIMITS,
  type EvaluatorOptimizerEstimate,
  type LlmCall,
  type ParallelMode,
  type WorkflowEstimate,
} from './workflows';
export {
  CONTEXT_COST_MAX_STEPS,
  CONTEXT_COST_MAX_TOKENS,
  contextCost,
  DEFAULT_CACHE_READ_FACTOR,
  DEFAULT_CACHE_WRITE_FACTOR,
  fullHistoryInputTokens,
  type ContextCall,
  type ContextCostInput,
  type ContextCostResult,
  type ContextCostTotals,
  type MemoryPolicy,
  type PromptCaching,
} from './context-cost';
export {
  AGENT_MAX_STEPS,
  describeTools,
  reactPrompt,
  REACT_STOP_SEQUENCE,
  runAgent,
  type AgentRun,
  type AgentStopReason,
  type AgentTurn,
  type ObservationKind,
  type RunAgentOptions,
} from './agent-loop';
export {
  calculatorTool,
  GLOSSARY_MAX_RESULTS,
  glossaryLookupTool,
  readDocumentTool,
  type AgentTool,
  type GlossaryEntry,
} from './tools';
