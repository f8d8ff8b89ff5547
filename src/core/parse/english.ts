/**
 * parse-english with two costs removed, building exactly the tree parse-english builds (its own
 * paragraph and sentence plugins still run; `test/unit/performance.test.ts` compares the trees):
 *
 * - Positions start where the line starts in the document, so that a line's paragraph needs no
 *   second pass to move every point into document coordinates (that pass, with the set of
 *   points it had already moved, was a fifth of the parse).
 * - Characters are classified once per distinct character instead of three regular-expression
 *   tests per character of the document.
 */
import {ParseEnglish} from 'parse-english';
import type {Point} from 'unist';
import type {SentenceContent} from 'nlcst';

type TokenType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode';

const TYPES: readonly TokenType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];

/**
 * Class of every UTF-16 unit seen so far (index into TYPES, plus one; 0 = not seen yet).
 * parse-latin tests `whiteSpace`, `punctuation` and `word` on one unit at a time, so a unit's
 * class never depends on its neighbours and can be remembered.
 */
const classes = new Uint8Array(0x10000);

/** parse-latin's own tokenizer on one unit gives its class, with its own expressions. */
const reference = new ParseEnglish();

function classOf(code: number): TokenType {
  return TYPES[unitClass(code)]!;
}

/**
 * The class of one UTF-16 unit as an index: 0 white space, 1 punctuation, 2 word, 3 symbol
 * (the order of parse-latin's tests).
 */
export function unitClass(code: number): number {
  let known = classes[code]!;
  if (known === 0) {
    const token = reference.tokenize(String.fromCharCode(code))[0]!;
    known = TYPES.indexOf(token.type as TokenType) + 1;
    classes[code] = known;
  }
  return known - 1;
}

/** parse-latin's `surrogates` expression, /[\uD800-\uDFFF]/, on one unit. */
export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

export class PositionedParseEnglish extends ParseEnglish {
  /** Where the next value parsed starts in the document; parse-latin's own origin by default. */
  origin: Point = {line: 1, column: 1, offset: 0};

  /** parse-latin's `tokenize`, step for step, with its points starting at `origin`. */
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;

    const currentPoint = {line: this.origin.line, column: this.origin.column, offset: this.origin.offset ?? 0};
    let from = 0;
    let index = 0;
    let start = {...currentPoint};
    let previousType: TokenType | undefined;
    let previous = -1;

    const createNode = (type: TokenType, text: string): SentenceContent =>
      type === 'WordNode'
        ? {type: 'WordNode', children: [{type: 'TextNode', value: text, position: {start, end: {...currentPoint}}}], position: {start, end: {...currentPoint}}}
        : {type, value: text, position: {start, end: {...currentPoint}}};

    while (index < value.length) {
      const current = value.charCodeAt(index);
      const currentType = classOf(current);
      if (from < index && previousType && !(previousType === currentType && (previousType === 'WordNode' || previousType === 'WhiteSpaceNode' || current === previous || isSurrogate(current)))) {
        children.push(createNode(previousType, value.slice(from, index)));
        from = index;
        start = {...currentPoint};
      }
      // \r, or \n not after \r, starts a line; a \n after \r belongs to the \r.
      if (current === 13 || (current === 10 && previous !== 13)) {
        currentPoint.line++;
        currentPoint.column = 1;
      } else if (current !== 10) {
        currentPoint.column++;
      }
      currentPoint.offset++;
      previousType = currentType;
      previous = current;
      index++;
    }

    if (previousType && from < index) children.push(createNode(previousType, value.slice(from, index)));
    return children;
  }
}
