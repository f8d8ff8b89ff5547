/**
 * The text as the layers read it, and the annotations made of it given back their source's
 * words. Markdown's syntax is blanked (markdown-prose.ts) and a paragraph's line breaks joined
 * (soft-breaks.ts); both keep every offset, so the annotations' spans index the text as given
 * and only their `text` is taken again from it (FORMAT.md: `text` is the source's slice).
 */
import type {Annotations, Span} from '../model.js';
import {markdownProse} from './markdown-prose.js';
import {withSoftBreaksJoined} from './soft-breaks.js';

/** Whether a file's name or path is a Markdown file's, by its extension (as editors tell one). */
export function isMarkdownName(name: string): boolean {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(name);
}

/** `text` as the layers read it: the same string when nothing in it needs reading otherwise. */
export function readingText(text: string, markdown: boolean): string {
  if (!markdown) return withSoftBreaksJoined(text);
  const prose = markdownProse(text);
  return withSoftBreaksJoined(prose.text, prose.lines, prose.ranges);
}

/** Annotations of `reading` (readingText of `source`) with every span's text that of `source`. */
export function withSourceTexts(annotations: Annotations, reading: string, source: string): Annotations {
  if (reading === source) return annotations;
  const sourced = <T extends Span>(span: T): T => ({...span, text: source.slice(span.start, span.end)});
  const sourcedOrNull = <T extends Span>(span: T | null): T | null => (span ? sourced(span) : null);
  return {
    ...annotations,
    entities: annotations.entities.map(sourced),
    quotes: annotations.quotes.map((quote) => ({...sourced(quote), speaker: sourcedOrNull(quote.speaker), cue: sourcedOrNull(quote.cue)})),
    claims: annotations.claims.map((claim) => ({...sourced(claim), numbers: claim.numbers.map(sourced)})),
    // A name or role made of words across a joined line break reads with one space between them.
    actors: annotations.actors.map((actor) => ({...actor, name: oneLine(actor.name), roles: actor.roles.map(oneLine), mentions: actor.mentions.map(sourced)})),
  };
}

function oneLine(value: string): string {
  return value.replace(/\s+/gu, ' ');
}
