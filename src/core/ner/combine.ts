/**
 * The tagger's names and the rules' names made one list. The tagger decides in general; the
 * rules win where they are more reliable or where the project's span conventions differ from
 * the corpus the tagger learnt from:
 * - a person after a title: the title is a role, outside the span (FORMAT.md), where GUM keeps
 *   "Professor Chomsky" whole;
 * - names the user declared, all-caps datelines, "the Trump administration";
 * - demonyms used as adjectives ("Salvadoran officials") are never entities.
 */
import type {Demonym, EntityMention} from '../data-map.js';
import type {Span} from '../model.js';
import type {Layout} from '../text/sentences.js';
import {governmentNouns} from '../data/organizations.js';
import {honorifics, titleWords} from '../data/titles.js';
import type {TaggedName} from './tagger.js';

export function combine(
  tagged: readonly TaggedName[],
  rules: {mentions: readonly EntityMention[]; demonyms: readonly Demonym[]},
  layout: Layout,
  text: string,
  userNames: ReadonlyMap<string, unknown>,
): EntityMention[] {
  const firstWord = layout.sentences[0]?.words[0];
  const strong = rules.mentions.filter((mention) => {
    if (userNames.has(mention.text)) return true;
    if (mention.role) return true;
    if (mention.type === 'organization' && governmentNouns.has(mention.text.split(/\s+/).pop() ?? '')) return true;
    // The dateline: all capitals opening the article, before a comma.
    return mention.type === 'place' && mention.start === firstWord?.start && mention.text === mention.text.toUpperCase() && /^\s*,/.test(text.slice(mention.end));
  });
  const overlaps = (a: {start: number; end: number}, b: {start: number; end: number}) => a.start < b.end && b.start < a.end;
  const adjectives = rules.demonyms.filter((demonym) => /^[ \t]+\p{Ll}/u.test(text.slice(demonym.end, demonym.end + 3)));

  const rulesFirst = (globalThis as {nerRulesFirst?: boolean}).nerRulesFirst === true;
  const base = rulesFirst ? rules.mentions : strong;
  const result: EntityMention[] = [...base];
  for (const name of tagged) {
    if (rulesFirst && base.some((item) => overlaps(item, name)) && !(name.nested && base.some((item) => item.start <= name.start && name.end <= item.end && item.type !== name.type))) continue;
    const blocking = strong.find((item) => overlaps(item, name));
    // A strong rule replaces what it overlaps, except the names nested in an organisation.
    if (blocking && !(name.nested && blocking.type === 'organization' && !blocking.role && name.end <= blocking.end && name.start >= blocking.start)) continue;
    if (adjectives.some((demonym) => demonym.start === name.start && demonym.end === name.end)) continue;
    result.push(withTitleAsRole(name, text));
  }
  result.sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Set<string>();
  return result.filter((item) => {
    const key = `${item.start}:${item.end}:${item.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Professor Burrows" → person "Burrows" with the role "Professor". */
function withTitleAsRole(name: TaggedName, text: string): EntityMention {
  let start = name.start;
  let role: Span | null = null;
  if (name.type === 'person') {
    const pattern = /^(\p{L}[\p{L}.]*)(\s+)/u;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text.slice(start, name.end))) && (titleWords.has(match[1]!) || honorifics.has(match[1]!))) start += match[0].length;
    if (start > name.start) {
      const roleEnd = start - (/\s+$/u.exec(text.slice(name.start, start))?.[0].length ?? 0);
      role = {start: name.start, end: roleEnd, text: text.slice(name.start, roleEnd)};
    }
  }
  return {start, end: name.end, text: text.slice(start, name.end), type: name.type, role, sentence: name.sentence, actor: null};
}
