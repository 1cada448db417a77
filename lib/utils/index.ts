export { cn } from './cn';
export { checkInteger, checkNumber, checkNumberArray, checkObject, describeValue } from './validate';
