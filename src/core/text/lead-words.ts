/**
 * A prefilter for many word patterns tested on the same text: one pass over the text's words says
 * which patterns cannot match it, so that only the others are run.
 *
 * Why: the claims layer tests some thirty cue patterns on every sentence, most of them
 * alternations of words such as `\b(?:increas(?:e|es|ed)|fell|…)\b`, and most fail. A regular
 * expression engine tries each alternation at every character of the sentence, so the failures
 * cost thirty scans of the text; reading the words once through a trie of the patterns' first
 * words costs about one.
 *
 * The prefilter is derived from each pattern's source, so it follows any edit of a pattern. It is
 * only ever a necessary condition: a pattern is skipped only where every match would have to
 * start with a word or a character the text lacks. What the analysis cannot read (a pattern may
 * start with any letter, an unknown construct, flags it does not model) leaves the pattern always
 * run. `test/unit/lead-words.test.ts` checks the skips against the patterns themselves.
 *
 * How a match start is read: after a word boundary (`\b`, `(?<!\w)`, `^`), a pattern's literal
 * word characters spell the start of a word; the text's words are the maximal runs of ASCII word
 * characters (`\w` as `\b` reads it; with the flags `iu`, `\w` also holds U+017F and U+212A,
 * which fold to s and k: a text holding either is not prefiltered). A pattern that starts with a
 * non-word character (`%`, `$`) needs that character somewhere in the text. Case is ignored
 * throughout (a looser condition than a case-sensitive pattern's).
 */

/** What a match may start with: the start of a word (all of it when `exact`), or a character. */
type Lead = {word: string; exact: boolean} | {char: number};

/** A pattern that may match anywhere: no prefilter. */
const ANY = 'any';

/** Leads longer than this are read by their first letters only, and no further than two words. */
const maxWordLength = 24;
const maxWords = 2;
/** Past this many leads a pattern is not prefiltered (an alternation of classes multiplies them). */
const maxLeads = 4000;

/** ASCII word characters and their letter in the trie: a–z, then 0–9, then _; -1 for the rest. White space is letter 37. */
const letterOf = new Int8Array(128).fill(-1);
for (let code = 0; code < 128; code++) {
  if (code >= 97 && code <= 122) letterOf[code] = code - 97;
  else if (code >= 65 && code <= 90) letterOf[code] = code - 65;
  else if (code >= 48 && code <= 57) letterOf[code] = 26 + code - 48;
  else if (code === 95) letterOf[code] = 36;
}
const gapLetter = 37;
const alphabet = 38;

const isWordCode = (code: number) => code < 128 && letterOf[code]! >= 0;

/** What `\s` matches (as ECMAScript lists it). */
function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Characters outside ASCII that `\w` holds under the flags `iu` (they fold to ſ → s, K → k). */
const foldsToWord = (code: number) => code === 0x17f || code === 0x212a;

// The parsed pattern: a sequence of terms, alternatives in groups.

/** What one character of the pattern may be: the characters if listed, else whether none is a word character, or all white space. */
interface CharSet {
  chars: number[] | null;
  nonWord: boolean;
  space: boolean;
}

const charSet = (chars: number[]): CharSet => ({chars, nonWord: chars.every((code) => !isWordCode(code)), space: chars.every(isSpaceCode)});
const unknown: CharSet = {chars: null, nonWord: false, space: false};

/** The char sets of single ASCII characters, shared (most of a pattern is literal letters). */
const singles = new Map<number, CharSet>();
const single = (code: number): CharSet => {
  let set = singles.get(code);
  if (!set) singles.set(code, (set = charSet([code])));
  return set;
};

interface Quantified {
  min: number;
  max: number;
}
type Term =
  | ({kind: 'atom'; set: CharSet} & Quantified)
  | ({kind: 'group'; alternatives: Term[][]} & Quantified)
  | {kind: 'boundary'}
  | {kind: 'wordEnd'}
  | {kind: 'end'}
  | {kind: 'other'};

class Unreadable extends Error {}

/**
 * A parser for the regular expression syntax the engine's patterns use; what it cannot place
 * throws `Unreadable`, and the pattern is then always run. Character classes keep their
 * characters when they are few and listed (`[$€£¥]`, `\d`), else only whether they hold no word
 * character (`\s`).
 */
class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Term[][] {
    const alternatives = this.disjunction();
    if (this.at !== this.source.length) throw new Unreadable();
    return alternatives;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private disjunction(): Term[][] {
    const alternatives: Term[][] = [this.alternative()];
    while (this.peek() === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    return alternatives;
  }

  private alternative(): Term[] {
    const terms: Term[] = [];
    for (let next = this.peek(); next !== undefined && next !== '|' && next !== ')'; next = this.peek()) terms.push(this.term());
    return terms;
  }

  private term(): Term {
    const source = this.source;
    const char = source[this.at]!;
    if (char === '^') {
      this.at++;
      return {kind: 'boundary'};
    }
    if (char === '$') {
      this.at++;
      return {kind: 'end'};
    }
    const second = source[this.at + 1];
    if (char === '\\' && (second === 'b' || second === 'B')) {
      this.at += 2;
      return {kind: second === 'b' ? 'boundary' : 'other'};
    }
    if (char === '(' && second === '?') return this.special();
    return this.quantified(char);
  }

  /** A group that starts with `(?`: a lookaround, a non-capturing or a named group. */
  private special(): Term {
    const source = this.source;
    if (source.startsWith('(?<!\\w)', this.at)) {
      this.at += 7;
      return {kind: 'boundary'};
    }
    if (source.startsWith('(?!\\w)', this.at)) {
      this.at += 6;
      return {kind: 'wordEnd'};
    }
    if (source.startsWith('(?=', this.at) || source.startsWith('(?!', this.at) || source.startsWith('(?<=', this.at) || source.startsWith('(?<!', this.at)) {
      // Another lookaround: read over, and ignored (a looser condition).
      this.at += source[this.at + 2] === '<' ? 4 : 3;
      this.disjunction();
      this.expect(')');
      return {kind: 'other'};
    }
    return this.quantified('(');
  }

  /** A term that consumes characters, and its quantifier. */
  private quantified(char: string): Term {
    const source = this.source;
    let term: Term;
    if (char === '(') {
      this.at++;
      if (source.startsWith('?:', this.at)) this.at += 2;
      else if (source.startsWith('?<', this.at)) {
        const close = source.indexOf('>', this.at);
        if (close < 0) throw new Unreadable();
        this.at = close + 1;
      } else if (source[this.at] === '?') throw new Unreadable();
      const alternatives = this.disjunction();
      this.expect(')');
      term = {kind: 'group', alternatives, min: 1, max: 1};
    } else if (char === '[') term = {kind: 'atom', set: this.characterClass(), min: 1, max: 1};
    else if (char === '.') {
      this.at++;
      term = {kind: 'atom', set: unknown, min: 1, max: 1};
    } else if (char === '\\') term = {kind: 'atom', set: this.escape(false), min: 1, max: 1};
    else if (char === ')' || char === '*' || char === '+' || char === '?' || char === '{') throw new Unreadable();
    else {
      const code = source.codePointAt(this.at)!;
      this.at += code > 0xffff ? 2 : 1;
      term = {kind: 'atom', set: single(code), min: 1, max: 1};
    }
    this.quantifier(term);
    return term;
  }

  private expect(char: string): void {
    if (this.source[this.at] !== char) throw new Unreadable();
    this.at++;
  }

  private quantifier(term: Quantified): void {
    const source = this.source;
    const char = source[this.at];
    if (char === '?') [term.min, term.max] = [0, 1];
    else if (char === '*') [term.min, term.max] = [0, Infinity];
    else if (char === '+') [term.min, term.max] = [1, Infinity];
    else if (char === '{') {
      const found = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(this.at));
      if (!found) throw new Unreadable();
      term.min = Number(found[1]);
      term.max = found[2] === undefined ? term.min : found[3] === '' ? Infinity : Number(found[3]);
      this.at += found[0].length - 1;
    } else return;
    this.at++;
    if (source[this.at] === '?') this.at++;
  }

  /** An escape outside or inside a class: its characters if few and known, else whether none is a word character. */
  private escape(inClass: boolean): CharSet {
    const source = this.source;
    const char = source[this.at + 1];
    if (char === undefined) throw new Unreadable();
    this.at += 2;
    if (char === 'd') return charSet([48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);
    if (char === 's') return {chars: null, nonWord: true, space: true};
    if (char === 'w' || char === 'W' || char === 'D' || char === 'S') return unknown;
    if (char === 'p' || char === 'P') {
      const close = source.indexOf('}', this.at);
      if (source[this.at] !== '{' || close < 0) throw new Unreadable();
      this.at = close + 1;
      return unknown;
    }
    const controls: Record<string, number> = {n: 10, r: 13, t: 9, f: 12, v: 11};
    if (controls[char] !== undefined) return charSet([controls[char]!]);
    if (char === 'b' && inClass) return charSet([8]);
    // Hex, Unicode, control and back-reference escapes are not used by the patterns read here.
    if (/[0-9a-zA-Z]/.test(char)) throw new Unreadable();
    const code = source.codePointAt(this.at - 1)!;
    if (code > 0xffff) this.at++;
    return single(code);
  }

  private characterClass(): CharSet {
    const source = this.source;
    this.at++;
    const negated = source[this.at] === '^';
    if (negated) this.at++;
    let chars: number[] | null = [];
    let nonWord = true;
    let space = true;
    const add = (part: CharSet) => {
      chars = chars && part.chars ? chars.concat(part.chars) : null;
      nonWord &&= part.nonWord;
      space &&= part.space;
    };
    let previous: number | undefined;
    while (source[this.at] !== ']') {
      if (this.at >= source.length) throw new Unreadable();
      if (source[this.at] === '-' && previous !== undefined && source[this.at + 1] !== ']') {
        // A range: its characters, when they are few.
        this.at++;
        const last = source[this.at] === '\\' ? this.escape(true) : this.literal();
        if (!last.chars || last.chars.length !== 1 || last.chars[0]! < previous) throw new Unreadable();
        const range: number[] = [];
        for (let code = previous + 1; code <= last.chars[0]!; code++) range.push(code);
        const part = charSet(range);
        add(range.length > 64 ? {...part, chars: null} : part);
        previous = undefined;
        continue;
      }
      const part = source[this.at] === '\\' ? this.escape(true) : this.literal();
      previous = part.chars?.length === 1 ? part.chars[0] : undefined;
      add(part);
    }
    this.at++;
    return negated ? unknown : {chars, nonWord, space};
  }

  private literal(): CharSet {
    const code = this.source.codePointAt(this.at)!;
    this.at += code > 0xffff ? 2 : 1;
    return single(code);
  }
}

/** The rest of a match to read: terms from an index, then what follows their group. */
interface Continuation {
  terms: readonly Term[];
  index: number;
  next: Continuation | null;
}

/** Stands for what follows a repeated term's first pass: read as unknown. */
const afterRepeat: readonly Term[] = [{kind: 'atom', set: unknown, min: 1, max: 1}];

function advance(rest: Continuation): Continuation | null {
  return rest.index + 1 < rest.terms.length ? {terms: rest.terms, index: rest.index + 1, next: rest.next} : rest.next;
}

function enter(terms: readonly Term[], next: Continuation | null): Continuation | null {
  return terms.length > 0 ? {terms, index: 0, next} : next;
}

/** The continuation after one pass of a quantified term: the term again (once fewer) or what follows. */
function afterOne(term: Term & Quantified, rest: Continuation): Continuation | null {
  if (term.max <= 1) return advance(rest);
  // A repeated term: what follows its first pass is not read.
  return enter(afterRepeat, null);
}

class TooMany extends Error {}

/** What every match of a pattern starts with, or ANY. */
function leadsOf(alternatives: Term[][]): Lead[] | typeof ANY {
  const leads: Lead[] = [];
  const push = (lead: Lead) => {
    leads.push(lead);
    if (leads.length > maxLeads) throw new TooMany();
  };

  /** Before the first character: `bounded` when a word boundary has been asserted. */
  const start = (rest: Continuation | null, bounded: boolean): boolean => {
    if (!rest) return false;
    const term = rest.terms[rest.index]!;
    switch (term.kind) {
      case 'boundary':
        return start(advance(rest), true);
      case 'wordEnd':
      case 'other':
        return start(advance(rest), bounded);
      case 'end':
        return false;
      case 'group': {
        if (term.min === 0 && !start(advance(rest), bounded)) return false;
        const after = afterOne(term, rest);
        return term.alternatives.every((alternative) => start(enter(alternative, after), bounded));
      }
      case 'atom': {
        if (term.min === 0 && !start(advance(rest), bounded)) return false;
        // White space (`\s`, `\s+`): whatever follows it starts after a character no word holds,
        // as after a boundary (`\s(?:never|didn't)` needs a word "never…" or "didn").
        if (!term.set.chars && term.set.space) return start(advance(rest), true);
        if (!term.set.chars) return false;
        const after = afterOne(term, rest);
        for (const code of term.set.chars) {
          if (isWordCode(code)) {
            if (!bounded) return false;
            spell(String.fromCharCode(code).toLowerCase(), after);
          } else {
            // A letter outside ASCII may match another case, and the text is read by UTF-16 unit: not read.
            if (code > 0xffff || (code >= 128 && String.fromCodePoint(code).toLowerCase() !== String.fromCodePoint(code).toUpperCase())) return false;
            push({char: code});
          }
        }
        return true;
      }
    }
  };

  /**
   * After `word`, what has been read from a word's start: its word characters, and ' ' for a run
   * of white space between two words (a lead may run over several words: "the American people").
   */
  const spell = (word: string, rest: Continuation | null): void => {
    const afterGap = word.endsWith(' ');
    if (!rest || word.length >= maxWordLength) return push({word, exact: false});
    const term = rest.terms[rest.index]!;
    switch (term.kind) {
      case 'boundary':
      case 'wordEnd':
        // The word ends here (a boundary after a word character); after white space, not read.
        return afterGap ? spell(word, advance(rest)) : push({word, exact: true});
      case 'end':
        return push({word, exact: !afterGap});
      case 'other':
        return spell(word, advance(rest));
      case 'group': {
        if (term.min === 0) spell(word, advance(rest));
        const after = afterOne(term, rest);
        for (const alternative of term.alternatives) spell(word, enter(alternative, after));
        return;
      }
      case 'atom': {
        if (term.min === 0) spell(word, advance(rest));
        if (term.set.space) {
          // White space: the text's whole run of it is one gap, the pattern's as well (`\s+`, ' ').
          if (afterGap) return term.min === 0 ? undefined : spell(word, advance(rest));
          if (word.split(' ').length >= maxWords) return push({word: `${word} `, exact: false});
          return spell(`${word} `, advance(rest));
        }
        if (!term.set.chars) return push({word, exact: term.set.nonWord && !afterGap});
        const after = afterOne(term, rest);
        // A class of word characters is spelt out at a word's start only (`\d` after "in 19" would make ten leads).
        if (term.set.chars.length > 12 || (term.set.chars.length > 1 && !afterGap && !term.set.nonWord)) return push({word, exact: term.set.nonWord && !afterGap});
        let ends = false;
        for (const code of term.set.chars) {
          if (isWordCode(code)) spell(word + String.fromCharCode(code).toLowerCase(), after);
          else ends = true;
        }
        if (ends) push({word, exact: !afterGap});
        return;
      }
    }
  };

  try {
    for (const alternative of alternatives) if (!start(enter(alternative, null), false)) return ANY;
  } catch (error) {
    if (error instanceof TooMany) return ANY;
    throw error;
  }
  return leads;
}

/** The leads of a pattern, or ANY where it cannot be read. */
export function patternLeads(pattern: RegExp): Lead[] | typeof ANY {
  // `v` reads classes otherwise; `m` and `s` change nothing read here, nor `g`, `y`, `d`.
  if (pattern.flags.includes('v')) return ANY;
  try {
    return leadsOf(new Parser(pattern.source).parse());
  } catch (error) {
    if (error instanceof Unreadable) return ANY;
    throw error;
  }
}

/**
 * A set of patterns with the prefilter of each. `may(index, text)` is false only where pattern
 * `index` cannot match `text`; the last text's reading is kept, so a caller asking about one
 * text for pattern after pattern reads it once. (A pattern with the flag `g` or `y` starts at its
 * `lastIndex`: its callers decide what a skipped call means for it.)
 */
export class LeadWords {
  private readonly patterns: RegExp[] = [];
  private tables: Tables | undefined;
  private lastText: string | undefined;
  private lastMask = new Int32Array(1);

  /** Adds a pattern; its index for `may`. */
  add(pattern: RegExp): number {
    this.patterns.push(pattern);
    this.tables = undefined;
    this.lastText = undefined;
    return this.patterns.length - 1;
  }

  may(index: number, text: string): boolean {
    if (text !== this.lastText) {
      this.tables ??= buildTables(this.patterns);
      if (this.lastMask.length !== this.tables.words) this.lastMask = new Int32Array(this.tables.words);
      readText(this.tables, text, this.lastMask);
      this.lastText = text;
    }
    return (this.lastMask[index >> 5]! & (1 << (index & 31))) !== 0;
  }
}

/** The trie of the patterns' leading words, masks of pattern bits `words` Int32 wide. */
interface Tables {
  words: number;
  /** Node × letter → node + 1 (0: none). Node 0 is the root. */
  next: Int32Array;
  /** Per node: the patterns a word starting with the node's letters may start (`words` per node). */
  prefix: Int32Array;
  /** Per node: the patterns a word of exactly the node's letters may start. */
  exact: Int32Array;
  /** Per ASCII character, and per other character: the patterns it may start. */
  ascii: Int32Array;
  wide: Map<number, Int32Array>;
  /** Patterns always run. */
  always: Int32Array;
  /** Whether a pattern reads `\w` with the flags `iu` (text with U+017F or U+212A is then not prefiltered). */
  folds: boolean;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

function buildTables(patterns: readonly RegExp[]): Tables {
  // Two words at least: up to 64 patterns share one reading (`readText64`), the article's
  // prefilter among them; only larger sets take the general loop.
  const words = Math.max(2, Math.ceil(patterns.length / 32));
  const always = new Int32Array(words);
  const ascii = new Int32Array(128 * words);
  const wide = new Map<number, Int32Array>();
  // Grown by doubling, then cut to size: a few thousand nodes.
  let next = new Int32Array(1024 * alphabet);
  let prefix = new Int32Array(1024 * words);
  let exact = new Int32Array(1024 * words);
  let nodes = 1;
  let folds = false;
  patterns.forEach((pattern, index) => {
    const word = index >> 5;
    const bit = 1 << (index & 31);
    if (pattern.flags.includes('i') && pattern.flags.includes('u')) folds = true;
    const leads = patternLeads(pattern);
    if (leads === ANY) {
      always[word]! |= bit;
      return;
    }
    for (const lead of leads) {
      if ('char' in lead) {
        if (lead.char < 128) ascii[lead.char * words + word]! |= bit;
        else {
          let mask = wide.get(lead.char);
          if (!mask) wide.set(lead.char, (mask = new Int32Array(words)));
          mask[word]! |= bit;
        }
        continue;
      }
      let at = 0;
      for (let position = 0; position < lead.word.length; position++) {
        const code = lead.word.charCodeAt(position);
        const letter = code === 32 ? gapLetter : letterOf[code]!;
        let to = next[at * alphabet + letter]!;
        if (to === 0) {
          to = ++nodes;
          next[at * alphabet + letter] = to;
          if (nodes * alphabet > next.length) {
            next = grown(next);
            prefix = grown(prefix);
            exact = grown(exact);
          }
        }
        at = to - 1;
      }
      (lead.exact ? exact : prefix)[at * words + word]! |= bit;
    }
  });
  return {words, next: next.slice(0, nodes * alphabet), prefix: prefix.slice(0, nodes * words), exact: exact.slice(0, nodes * words), ascii, wide, always, folds};
}

/**
 * Trie nodes being walked: one per word start whose lead may still go on. A walk goes on over
 * white space only, so there are no more than a lead has words (at most half its length).
 */
const walks = new Int32Array(maxWordLength);

/** Sets in `mask` the patterns that may match `text`. */
function readText(tables: Tables, text: string, mask: Int32Array): void {
  if (tables.words === 2) {
    readText64(tables, text, mask);
    return;
  }
  const {words, next, prefix, exact, ascii, wide, always, folds} = tables;
  mask.set(always);
  let count = 0;
  let inWord = false;
  for (let position = 0; position < text.length; position++) {
    const code = text.charCodeAt(position);
    const letter = code < 128 ? letterOf[code]! : -1;
    if (letter >= 0) {
      if (!inWord) {
        // A word starts: the walks that crossed white space go on into it, and one starts at the root.
        inWord = true;
        walks[count++] = 0;
      }
      let kept = 0;
      for (let walk = 0; walk < count; walk++) {
        const node = next[walks[walk]! * alphabet + letter]! - 1;
        if (node < 0) continue;
        walks[kept++] = node;
        for (let word = 0; word < words; word++) mask[word]! |= prefix[node * words + word]!;
      }
      count = kept;
      continue;
    }
    const space = isSpaceCode(code);
    if (inWord) {
      inWord = false;
      let kept = 0;
      for (let walk = 0; walk < count; walk++) {
        const node = walks[walk]!;
        for (let word = 0; word < words; word++) mask[word]! |= exact[node * words + word]!;
        const gap = space ? next[node * alphabet + gapLetter]! - 1 : -1;
        if (gap < 0) continue;
        walks[kept++] = gap;
        for (let word = 0; word < words; word++) mask[word]! |= prefix[gap * words + word]!;
      }
      count = kept;
    } else if (!space) count = 0;
    if (code < 128) {
      for (let word = 0; word < words; word++) mask[word]! |= ascii[code * words + word]!;
    } else {
      if (folds && foldsToWord(code)) {
        mask.fill(-1);
        return;
      }
      const found = wide.get(code);
      if (found) for (let word = 0; word < words; word++) mask[word]! |= found[word]!;
    }
  }
  if (inWord) for (let walk = 0; walk < count; walk++) for (let word = 0; word < words; word++) mask[word]! |= exact[walks[walk]! * words + word]!;
}

/** `readText` for up to 64 patterns, the mask in two numbers held in locals (the same steps). */
function readText64(tables: Tables, text: string, into: Int32Array): void {
  const {next, prefix, exact, ascii, wide, folds} = tables;
  let low = tables.always[0]!;
  let high = tables.always[1]!;
  const stack = walks;
  const letters = letterOf;
  let count = 0;
  let inWord = false;
  const length = text.length;
  for (let position = 0; position < length; position++) {
    const code = text.charCodeAt(position);
    const letter = code < 128 ? letters[code]! : -1;
    if (letter >= 0) {
      if (!inWord) {
        inWord = true;
        stack[count++] = 0;
      } else if (count === 0) continue;
      let kept = 0;
      for (let walk = 0; walk < count; walk++) {
        const node = next[stack[walk]! * alphabet + letter]! - 1;
        if (node < 0) continue;
        stack[kept++] = node;
        low |= prefix[2 * node]!;
        high |= prefix[2 * node + 1]!;
      }
      count = kept;
      continue;
    }
    const space = isSpaceCode(code);
    if (inWord) {
      inWord = false;
      let kept = 0;
      for (let walk = 0; walk < count; walk++) {
        const node = stack[walk]!;
        low |= exact[2 * node]!;
        high |= exact[2 * node + 1]!;
        const gap = space ? next[node * alphabet + gapLetter]! - 1 : -1;
        if (gap < 0) continue;
        stack[kept++] = gap;
        low |= prefix[2 * gap]!;
        high |= prefix[2 * gap + 1]!;
      }
      count = kept;
    } else if (!space) count = 0;
    if (code < 128) {
      low |= ascii[2 * code]!;
      high |= ascii[2 * code + 1]!;
    } else {
      if (folds && foldsToWord(code)) {
        into.fill(-1);
        return;
      }
      const found = wide.get(code);
      if (found) {
        low |= found[0]!;
        high |= found[1]!;
      }
    }
  }
  if (inWord) {
    for (let walk = 0; walk < count; walk++) {
      low |= exact[2 * stack[walk]!]!;
      high |= exact[2 * stack[walk]! + 1]!;
    }
  }
  into[0] = low;
  into[1] = high;
}

/**
 * The prefilter of the patterns tested on each sentence one after another (the claims layer's
 * cues and the number pattern), shared so that each sentence is read once. Patterns are added
 * when their modules load.
 */
export const sentenceLeads = new LeadWords();
