/** A text's lines with their breaks, as the reading steps (markdown-prose.ts, soft-breaks.ts) walk them. */

export interface Line {
  start: number;
  /** Its end, before the break. */
  end: number;
  /** The break after it ('' for the last line). */
  break: string;
}

const lineBreak = /\r\n|\r|\n/g;

/** Every line of `text`, blank ones too, in order. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  lineBreak.lastIndex = 0;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push({start, end: match.index, break: match[0]});
    start = match.index + match[0].length;
  }
  lines.push({start, end: text.length, break: ''});
  return lines;
}
