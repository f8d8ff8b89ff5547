/**
 * Generated articles for the benchmark and the equivalence tests, built from the project's own
 * examples. Copies are varied (names, figures, paragraph order) with a seeded generator so that
 * every run sees the same text, and so that no cache can win merely because every copy is the
 * same string.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

/** A small deterministic generator (mulberry32): the corpus must be identical between runs. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const givenNames = ['Elena', 'Tomás', 'Helen', 'David', 'Amara', 'Kofi', 'Lucía', 'Pieter', 'Mei', 'Rashid', 'Ingrid', 'Joaquín', 'Nadia', 'Oluwaseun', 'Marta', 'Henrik'];
const surnames = ['Quispe-Ramos', 'Undurraga', 'Okafor', 'Marsh', 'Lindqvist', 'Mensah', 'Castellanos', 'van Dijk', 'Chen', 'Haddad', 'Moreau', 'Kowalski', 'Ferreira', 'Adeyemi', 'Novak', 'Sato'];
const places = ['LIMA', 'BRISTOL', 'QUITO', 'LEEDS', 'ACCRA', 'OSLO', 'MANILA', 'PORTO'];

/** The example articles' paragraphs (non-blank lines), one array per article. */
export function exampleArticles(examplesDir: string): string[][] {
  return readdirSync(examplesDir)
    .filter((file) => /\.(txt|md)$/.test(file))
    .sort()
    .map((file) =>
      readFileSync(join(examplesDir, file), 'utf8')
        .split(/\r?\n/)
        .filter((line) => line.trim() !== ''),
    );
}

/** One varied copy of an article: people renamed consistently, figures changed, a paragraph or two moved. */
function variant(paragraphs: readonly string[], next: () => number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const renames = new Map<string, string>([
    ['Elena', pick(givenNames)],
    ['Quispe-Ramos', pick(surnames)],
    ['Tomás', pick(givenNames)],
    ['Undurraga', pick(surnames)],
    ['Helen', pick(givenNames)],
    ['Okafor', pick(surnames)],
    ['David', pick(givenNames)],
    ['Marsh', pick(surnames)],
    ['LIMA', pick(places)],
    ['BRISTOL', pick(places)],
  ]);
  const names = new RegExp(`\\b(?:${[...renames.keys()].join('|')})\\b`, 'gu');
  const varied = paragraphs.map((paragraph) =>
    paragraph.replace(names, (name) => renames.get(name) ?? name).replace(/\b\d{2,3}\b(?![\d,.])/g, () => String(10 + Math.floor(next() * 890))),
  );
  // Keep the opening paragraph first (datelines, headlines) and swap two of the others now and then.
  if (varied.length > 3 && next() < 0.5) {
    const a = 1 + Math.floor(next() * (varied.length - 1));
    const b = 1 + Math.floor(next() * (varied.length - 1));
    [varied[a], varied[b]] = [varied[b]!, varied[a]!];
  }
  return varied;
}

/**
 * An article of about `size` UTF-16 units: varied copies of the examples one after another,
 * paragraphs separated by blank lines (so that parse-english, the baseline, sees them too).
 */
export function generateArticle(examplesDir: string, size: number, seed = 1): string {
  const articles = exampleArticles(examplesDir);
  const next = random(seed);
  const parts: string[] = [];
  let length = 0;
  for (let copy = 0; length < size; copy++) {
    for (const paragraph of variant(articles[copy % articles.length]!, next)) {
      parts.push(paragraph);
      length += paragraph.length + 2;
      if (length >= size) break;
    }
  }
  return parts.join('\n\n') + '\n';
}
