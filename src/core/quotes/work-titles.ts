/**
 * Works' names in quotation marks: a show's, a book's or a speech's title is no quotation
 * ("“Larry King Now”", "told MSNBC's “Morning Joe” that …"). Both the quotations in marks and
 * reported speech ask, so apart from either.
 */
import type {MarkedQuote} from '../text/quotation-marks.js';

/** Words a title leaves in lower case ("Make Your Kid a Millionaire", "Collapse of the Empire"). */
const titleLowerWords = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'and', 'or', 'to', 'at', 'by', 'with', 'from', 'as', 'is', 'vs.']);

/** Title case, two to eight words, ending at most in a comma or a full stop: a work's name. */
export function isTitle(value: string): boolean {
  const words = value.replace(/[,.]$/u, '').split(/\s+/u);
  if (words.length < 2 || words.length > 8 || /[?!;:]/u.test(value) || !/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((word) => /^[\p{Lu}\d]/u.test(word) || titleLowerWords.has(word));
}

/**
 * A title right after a possessive or "on" ("MSNBC's “Morning Joe”", "said on “Fox and
 * Friends.”", "in his “State of the Union.”"): a work's name, whatever cue is near.
 */
export function namesWork(mark: MarkedQuote, text: string): boolean {
  // (A two-character mark's first character, "''" or "``", stands right before `openStart`.)
  if (mark.continues || !/(?:['’]s|\bon|\b(?:in|on)\s+(?:his|her|their|its))\s*['`]?$/u.test(text.slice(Math.max(0, mark.openStart - 14), mark.openStart))) return false;
  return isTitle(text.slice(mark.start, mark.end));
}
