/**
 * Random edits aimed at names, for the tests of the entity passes' local re-runs: a letter typed,
 * deleted inside a capitalised word, a capitalised run deleted, a name from elsewhere in the
 * text (or a short list) inserted, a capital lowered or a word capitalised. Deterministic by seed.
 */
import {generateArticle, random} from './corpus.js';
import {examplesDir} from './paths.js';

const names = ['Rubio', 'Marco Rubio', 'Smith', 'Ursula von der Leyen', 'Leyen', 'Peru', 'Lima', 'Bank of Peru', 'UN', 'NASA', 'Scientology', 'Polaroid', 'Cyclone Phailin', 'Irving, Texas'];
const capitalRun = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/** One name-aimed edit of `text`, drawn with `next`. */
export function nameEdit(text: string, next: () => number): string {
  const found = [...text.matchAll(capitalRun)];
  const pick = found[Math.floor(next() * found.length)]!;
  const start = pick.index;
  const kind = next();
  const inside = start + 1 + Math.floor(next() * Math.max(1, pick[0].length - 1));
  if (kind < 0.25) return text.slice(0, inside) + 'xyzaei'[Math.floor(next() * 6)]! + text.slice(inside);
  if (kind < 0.45) return text.slice(0, inside) + text.slice(inside + 1);
  if (kind < 0.55) return text.slice(0, start) + text.slice(start + pick[0].length);
  if (kind < 0.75) {
    const other = next() < 0.5 ? found[Math.floor(next() * found.length)]![0] : names[Math.floor(next() * names.length)]!;
    const at = text.indexOf(' ', Math.floor(next() * text.length));
    return at < 0 ? text : `${text.slice(0, at + 1)}${other} ${text.slice(at + 1)}`;
  }
  if (kind < 0.85) return text.slice(0, start) + pick[0][0]!.toLowerCase() + text.slice(start + 1);
  const word = /\b\p{Ll}/gu;
  word.lastIndex = Math.floor(next() * text.length);
  const match = word.exec(text);
  return match ? text.slice(0, match.index) + match[0].toUpperCase() + text.slice(match.index + 1) : text;
}

/** The generated article of `seed` (`size` characters) after `steps` name edits, and after one more. */
export function nameEditedArticle(seed: number, steps: number, size = 12_000): [string, string] {
  let text = generateArticle(examplesDir, size, seed);
  const next = random(seed * 13 + text.length);
  let before = text;
  for (let step = 0; step <= steps; step++) {
    before = text;
    text = nameEdit(text, next);
  }
  return [before, text];
}
