/**
 * brat standoff: the article as `<stem>.txt`, its annotations as `<stem>.ann`, and the
 * `annotation.conf` that declares the types so brat opens the folder as is.
 *
 * - T lines: Person, Organization, Place (entities), Quote, Speaker, Cue, Claim, and the
 *   Attribution trigger of each quote's event (on its cue, or on the quote when it has none).
 * - E lines link each quote to its speaker and cue, the scheme PolNeAR uses:
 *   `E1<TAB>Attribution:T4 Content:T5 Cue:T6 Source:T7` (Cue and Source only when known).
 * - A lines: the quote's kind (QuoteKind) and the claim's kind (ClaimKind).
 * - `#` AnnotatorNotes: the actor a mention, quote or claim belongs to, and a claim's score.
 *
 * brat forbids a newline inside a span, so a span over several lines is written as fragments
 * (`start end;start end`), split at line breaks, the text field joining them with a space.
 * brat is Python and counts offsets in code points, not UTF-16 units: the two differ after a
 * character outside the BMP (an emoji), so offsets are converted here.
 */
import type {Span} from '../model.js';
import type {ExportedFile, ExportInput} from './types.js';

export const BRAT_CONF_NAME = 'annotation.conf';

export const BRAT_CONF = `# News Annotator's brat configuration (annotation.conf), written with each brat export.
[entities]
Person
Organization
Place
Quote
Speaker
Cue
Claim

[relations]
# Quotes contain names, claims contain quotes: every kind of overlap is allowed.
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]
Attribution\tContent:Quote, Cue?:Cue, Source?:Speaker

[attributes]
QuoteKind\tArg:Quote, Value:direct|partial|indirect|unmarked
ClaimKind\tArg:Claim, Value:statistic|quantity|comparison|causal|event|attributed
`;

const ENTITY_TYPES: Record<string, string> = {person: 'Person', organization: 'Organization', place: 'Place'};

export function toBratAnn({annotations, text}: ExportInput): string {
  const writer = new AnnWriter(text);
  const actorName = new Map(annotations.actors.map((actor) => [actor.id, actor.name]));
  const noteActor = (id: string, actor: string | null) => {
    if (actor !== null) writer.note(id, `actor ${actor}: ${actorName.get(actor) ?? actor}`);
  };
  for (const entity of annotations.entities) {
    const type = ENTITY_TYPES[entity.type];
    // FORMAT.md lets other entity kinds through (dates…); annotation.conf declares only these.
    if (!type) continue;
    noteActor(writer.span(type, entity), entity.actor);
  }
  for (const quote of annotations.quotes) {
    const content = writer.span('Quote', quote);
    writer.attribute('QuoteKind', content, quote.kind);
    noteActor(content, quote.actor);
    const cue = quote.cue && writer.span('Cue', quote.cue);
    const source = quote.speaker && writer.span('Speaker', quote.speaker);
    const trigger = writer.span('Attribution', quote.cue ?? quote);
    writer.event(trigger, [
      ['Content', content],
      ['Cue', cue],
      ['Source', source],
    ]);
  }
  for (const claim of annotations.claims) {
    const id = writer.span('Claim', claim);
    writer.attribute('ClaimKind', id, claim.kind);
    writer.note(id, `score ${claim.score}${claim.actor === null ? '; asserted by the article' : ''}`);
    noteActor(id, claim.actor);
  }
  return writer.toString();
}

export function bratFiles(input: ExportInput): ExportedFile[] {
  return [
    // The very text the offsets index: brat shows spans by slicing this file.
    {name: '.txt', content: input.text},
    {name: '.ann', content: toBratAnn(input)},
    {name: BRAT_CONF_NAME, content: BRAT_CONF, shared: true},
  ];
}

/** Fragments of [start, end) without line breaks, in UTF-16 offsets. Empty fragments are dropped. */
export function fragments(text: string, span: {start: number; end: number}): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = span.start;
  for (let index = span.start; index <= span.end; index++) {
    const unit = index < span.end ? text.charCodeAt(index) : -1;
    if (unit === 0x0a || unit === 0x0d || index === span.end) {
      if (index > from) parts.push([from, index]);
      from = index + 1;
    }
  }
  // A span of nothing but line breaks still needs one (empty) fragment to be a valid line.
  return parts.length > 0 ? parts : [[span.start, span.start]];
}

/** brat's id letters: text-bound, event, attribute, note. */
type IdPrefix = 'T' | 'E' | 'A' | '#';

class AnnWriter {
  private readonly lines: string[] = [];
  private readonly counters: Record<IdPrefix, number> = {T: 0, E: 0, A: 0, '#': 0};
  /** Code points before each UTF-16 offset, computed once (offsets repeat across layers). */
  private readonly codePoints: Uint32Array;

  constructor(private readonly text: string) {
    this.codePoints = new Uint32Array(text.length + 1);
    let points = 0;
    for (let index = 0; index < text.length; index++) {
      this.codePoints[index] = points;
      const unit = text.charCodeAt(index);
      // The high half of a surrogate pair counts; the low half belongs to it.
      if (!(unit >= 0xdc00 && unit <= 0xdfff && index > 0 && isHigh(text.charCodeAt(index - 1)))) points++;
    }
    this.codePoints[text.length] = points;
  }

  span(type: string, span: Span): string {
    const id = this.next('T');
    const parts = fragments(this.text, span);
    const offsets = parts.map(([start, end]) => `${this.codePoints[start]} ${this.codePoints[end]}`).join(';');
    const shown = parts.map(([start, end]) => this.text.slice(start, end)).join(' ');
    this.lines.push(`${id}\t${type} ${offsets}\t${shown}`);
    return id;
  }

  attribute(name: string, target: string, value: string): void {
    this.lines.push(`${this.next('A')}\t${name} ${target} ${value}`);
  }

  note(target: string, note: string): void {
    this.lines.push(`${this.next('#')}\tAnnotatorNotes ${target}\t${note.replace(/[\r\n\t]+/g, ' ')}`);
  }

  event(trigger: string, roles: Array<[string, string | null]>): void {
    const args = roles.filter((role): role is [string, string] => role[1] !== null).map(([role, id]) => `${role}:${id}`);
    this.lines.push(`${this.next('E')}\tAttribution:${trigger} ${args.join(' ')}`);
  }

  toString(): string {
    return this.lines.length > 0 ? `${this.lines.join('\n')}\n` : '';
  }

  private next(prefix: IdPrefix): string {
    return `${prefix}${++this.counters[prefix]}`;
  }
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

