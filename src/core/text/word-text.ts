/**
 * nlcst-to-string's text of a word, without the array and join it makes per call: the tagger
 * and the layout read the text of every word of the document.
 */
import type {Word} from 'nlcst';
import {toString} from 'nlcst-to-string';

export function wordText(word: Word): string {
  const children = word.children;
  let text = '';
  for (const child of children) {
    // Anything but text leaves (not made by parse-english) is left to nlcst-to-string.
    if (!('value' in child) || typeof child.value !== 'string') return toString(word);
    if (children.length === 1) return child.value;
    text += child.value;
  }
  return text;
}
