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
