/**
 * The English lexicon retext-pos tags with (Brill's, from the `pos` package): a capitalised word
 * that opens a sentence and is an ordinary English word there is no name by itself.
 */
// @ts-expect-error -- the pos package ships no types; its lexicon maps a word to its tags.
import lexicon from 'pos/lexicon.js';

const words = lexicon as Record<string, string[] | undefined>;

/** Whether the lower-case form of `value` is a common English word (not only a proper noun). */
export function isCommonWord(value: string): boolean {
  const tags = Object.hasOwn(words, value.toLowerCase()) ? words[value.toLowerCase()] : undefined;
  return Array.isArray(tags) && tags.some((tag) => !tag.startsWith('NNP'));
}
