/** Letter tests shared by the tagger's modules. */
import {keptByText} from '../text/kept-by-text.js';

export const startsUpper = /^\p{Lu}/u;
export const startsLower = /^\p{Ll}/u;
export const hasUpper = /\p{Lu}/u;
/** A possessive at the end of a word: "Mexico's", "Reuters'". */
export const possessive = /['’]s?$/u;

/** `text` without a final possessive. Asked of most words of an article: most have no apostrophe to strip. */
export function withoutPossessive(text: string): string {
  return text.includes("'") || text.includes('’') ? text.replace(possessive, '') : text;
}

/** A possessive after a letter: "Reuters'", "Mexico's". */
export const possessiveAfterLetter = /\p{L}['’]s?$/u;
export const upperLetters = /\p{Lu}/gu;
export const lowerLetters = /\p{Ll}/gu;
export const digits = /\p{N}/gu;

/**
 * Whether a word may open a name, cheaply: the article-level passes ask it of every word, and
 * most words start with an ASCII lower-case letter or a digit, which needs no Unicode test.
 */
export function mayOpenName(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return startsUpper.test(text);
}

/**
 * A name's words (`name.split(/\s+/u)`), kept by name: every edit of a long article asks the
 * article-level passes for the words of its thousands of mentions, and the names repeat.
 * Callers must not change the array.
 */
export const wordsOf: (name: string) => readonly string[] = keptByText((name) => Object.freeze(name.split(/\s+/u)));
