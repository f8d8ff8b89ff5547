/**
 * W3C Web Annotation Data Model (JSON-LD): an AnnotationCollection whose one page holds an
 * annotation per entity, quote and claim. Each targets the article through a TextQuoteSelector
 * and a TextPositionSelector; bodies carry what the annotator found, each with a `purpose`, and
 * the facts the W3C vocabulary has no word for in the `na:` vocabulary (README, "W3C Web
 * Annotation"). Offsets are UTF-16 code units, `end` exclusive, as in the model.
 */
import type {Actor, Claim, Entity, Quote, Span} from '../model.js';
import type {ExportedFile, ExportInput, ExportSettings} from './types.js';

/** The namespace of the project's own terms. An identifier: nothing is fetched from it. */
export const NA_NAMESPACE = 'https://news-annotator.github.io/ns/1#';
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Inline, so a JSON-LD processor needs no second download to expand the `na:` terms. */
export const NA_CONTEXT = {na: NA_NAMESPACE} as const;
const CONTEXT = [ANNO_CONTEXT, NA_CONTEXT];
const HOMEPAGE = 'https://github.com/news-annotator/news-annotator';
/** Characters of context either side in a TextQuoteSelector: enough to tell repeats apart. */
const AFFIX_LENGTH = 32;
/** A document without a URI (an unsaved buffer) still needs an IRI for the target's source. */
const UNTITLED = 'urn:news-annotator:untitled';

export type Layer = 'entity' | 'quote' | 'claim';
type Motivation = 'identifying' | 'classifying' | 'assessing';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export interface SpanResource {
  type: 'SpecificResource';
  source: string;
  selector: Selector[];
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'classifying' | 'identifying' | 'assessing';
  value: string;
  format: 'text/plain';
  'na:layer'?: Layer;
  'na:actor'?: string;
  'na:actorType'?: Actor['type'];
  'na:score'?: number;
  'na:features'?: string[];
}

export interface SpanBody extends SpanResource {
  purpose: 'linking';
  'na:role': 'speaker' | 'cue';
}

export type Body = TextualBody | SpanBody;

export interface WebAnnotation {
  '@context': typeof CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created: string;
  generator: {id: string; type: 'Software'; name: string; homepage: string};
  body: Body[];
  target: SpanResource;
}

export interface WebAnnotationCollection {
  '@context': typeof CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: {id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[]};
}

export function toW3cCollection({annotations, text}: ExportInput, settings: ExportSettings = {}): WebAnnotationCollection {
  const source = annotations.document.uri || UNTITLED;
  const created = settings.created ?? new Date().toISOString();
  const generator = {id: HOMEPAGE, type: 'Software' as const, name: `News Annotator${settings.version ? ` ${settings.version}` : ''}`, homepage: HOMEPAGE};
  const actors = new Map(annotations.actors.map((actor) => [actor.id, actor]));
  const target = (span: Span): SpanResource => ({type: 'SpecificResource', source, selector: selectors(text, span)});
  const annotation = (id: string, motivation: Motivation, span: Span, body: Body[]): WebAnnotation => ({
    '@context': CONTEXT,
    id: `${source}#annotation-${id}`,
    type: 'Annotation',
    motivation,
    created,
    generator,
    body,
    target: target(span),
  });
  const actorBody = (id: string | null): TextualBody[] => {
    const actor = id === null ? undefined : actors.get(id);
    return actor ? [{type: 'TextualBody', purpose: 'identifying', value: actor.name, format: 'text/plain', 'na:actor': actor.id, 'na:actorType': actor.type}] : [];
  };
  const classify = (layer: Layer, value: string): TextualBody => ({type: 'TextualBody', purpose: 'classifying', value, format: 'text/plain', 'na:layer': layer});
  const spanBody = (role: 'speaker' | 'cue', span: Span | null): SpanBody[] =>
    span ? [{...target(span), purpose: 'linking', 'na:role': role}] : [];

  const items: WebAnnotation[] = [
    ...annotations.entities.map((entity: Entity) => annotation(entity.id, 'identifying', entity, [classify('entity', entity.type), ...actorBody(entity.actor)])),
    ...annotations.quotes.map((quote: Quote) =>
      annotation(quote.id, 'classifying', quote, [classify('quote', quote.kind), ...actorBody(quote.actor), ...spanBody('speaker', quote.speaker), ...spanBody('cue', quote.cue)]),
    ),
    ...annotations.claims.map((claim: Claim) =>
      annotation(claim.id, 'assessing', claim, [
        classify('claim', claim.kind),
        {type: 'TextualBody', purpose: 'assessing', value: claim.score.toFixed(2), format: 'text/plain', 'na:score': claim.score, 'na:features': claim.features},
        ...actorBody(claim.actor),
      ]),
    ),
  ].sort((a, b) => positionOf(a).start - positionOf(b).start || positionOf(b).end - positionOf(a).end);

  return {
    '@context': CONTEXT,
    id: `${source}#annotations`,
    type: 'AnnotationCollection',
    label: `News Annotator annotations of ${source}`,
    total: items.length,
    first: {id: `${source}#annotations-page-1`, type: 'AnnotationPage', startIndex: 0, items},
  };
}

export function toW3c(input: ExportInput, settings: ExportSettings = {}): string {
  return `${JSON.stringify(toW3cCollection(input, settings), null, 2)}\n`;
}

export function w3cFiles(input: ExportInput, settings: ExportSettings = {}): ExportedFile[] {
  return [{name: '.annotations.jsonld', content: toW3c(input, settings)}];
}

/** Both selectors the model recommends for plain text: robust to edits, and exact. */
export function selectors(text: string, span: Span): Selector[] {
  return [
    {type: 'TextQuoteSelector', exact: span.text, prefix: safeSlice(text, span.start - AFFIX_LENGTH, span.start), suffix: safeSlice(text, span.end, span.end + AFFIX_LENGTH)},
    {type: 'TextPositionSelector', start: span.start, end: span.end},
  ];
}

/** A slice that never starts or ends in the middle of a surrogate pair (which JSON would mangle). */
function safeSlice(text: string, from: number, to: number): string {
  let start = Math.max(0, from);
  let end = Math.min(text.length, to);
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start++;
  if (end < text.length && end > start && isLowSurrogate(text.charCodeAt(end))) end--;
  return text.slice(start, end);
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** The exact offsets of an annotation's target (every exported annotation has them). */
export function positionOf(annotation: WebAnnotation): TextPositionSelector {
  const position = annotation.target.selector.find((selector): selector is TextPositionSelector => selector.type === 'TextPositionSelector');
  if (!position) throw new Error(`${annotation.id} has no TextPositionSelector`);
  return position;
}
