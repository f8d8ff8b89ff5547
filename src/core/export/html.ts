/**
 * A self-contained HTML report: the article with its annotations highlighted, a legend, the
 * actors with their quotes and claims, the claims nobody is credited with, and the findings.
 * One file, no script, no external request (a Content-Security-Policy forbids them), printable.
 *
 * Annotations overlap (names inside quotes inside claims), so the article is cut at every
 * annotation boundary and each piece is one `<span class="hl …" data-ann="e1 q2 c1">` naming
 * every annotation that covers it: joining the pieces of an id gives back its text.
 */
import type {Actor, Annotations, Claim, Quote} from '../model.js';
import type {ExportedFile, ExportInput, ExportSettings} from './types.js';
import {uriFileName} from './types.js';

/** A layer as the report shows it; entity types are their own classes. */
interface Highlight {
  id: string;
  start: number;
  end: number;
  classes: string[];
  label: string;
}

const LEGEND: Array<[string, string]> = [
  ['person', 'Person'],
  ['organization', 'Organisation'],
  ['place', 'Place'],
  ['quote', 'Quotation'],
  ['cue', 'Speech cue'],
  ['claim', 'Check-worthy claim'],
];

const QUOTE_KINDS: Record<Quote['kind'], string> = {direct: 'direct quote', partial: 'partial quote', indirect: 'reported speech', unmarked: 'quote without marks'};

export function toHtml({annotations, text}: ExportInput, settings: ExportSettings = {}): string {
  const title = settings.title || uriFileName(annotations.document.uri) || 'Article';
  const actors = new Map(annotations.actors.map((actor) => [actor.id, actor]));
  const nameOf = (id: string | null) => (id === null ? undefined : actors.get(id)?.name);
  const summary = `${annotations.actors.length} actors, ${annotations.entities.length} entity mentions, ${annotations.quotes.length} quotes, ${annotations.claims.length} claims, ${annotations.findings.length} findings`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="News Annotator${settings.version ? ` ${escapeHtml(settings.version)}` : ''}">
<title>${escapeHtml(title)} — News Annotator report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(summary)}. Source: <code>${escapeHtml(annotations.document.uri || 'unsaved document')}</code>${settings.created ? `. Exported ${escapeHtml(settings.created)}` : ''}.</p>
</header>
<section aria-labelledby="legend-title">
<h2 id="legend-title">Legend</h2>
<ul class="legend">${LEGEND.map(([cls, label]) => `<li><span class="hl ${cls}">${escapeHtml(label)}</span></li>`).join('')}</ul>
</section>
<section aria-labelledby="article-title">
<h2 id="article-title">Article</h2>
<div class="article" id="article">${highlightArticle(text, highlights(annotations, nameOf))}</div>
</section>
${actorsSection(annotations)}
${unattributedSection(annotations)}
${findingsSection(annotations)}
<footer>Made by News Annotator${settings.version ? ` ${escapeHtml(settings.version)}` : ''}, offline. Offsets are UTF-16 code units into the article.</footer>
</body>
</html>
`;
}

export function htmlFiles(input: ExportInput, settings: ExportSettings = {}): ExportedFile[] {
  return [{name: '.annotations.html', content: toHtml(input, settings)}];
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Article text for the page. A CR is written as a reference: the HTML parser drops literal ones. */
function articleText(value: string): string {
  return escapeHtml(value).replace(/\r/g, '&#13;');
}

function highlights(annotations: Annotations, nameOf: (id: string | null) => string | undefined): Highlight[] {
  const by = (id: string | null) => (nameOf(id) ? ` — ${nameOf(id)}` : '');
  const list: Highlight[] = [];
  for (const entity of annotations.entities) list.push({id: entity.id, start: entity.start, end: entity.end, classes: ['entity', entity.type], label: `${entity.type}${by(entity.actor)}`});
  for (const quote of annotations.quotes) {
    list.push({id: quote.id, start: quote.start, end: quote.end, classes: ['quote'], label: `${QUOTE_KINDS[quote.kind]}${by(quote.actor)}`});
    if (quote.cue) list.push({id: `${quote.id}-cue`, start: quote.cue.start, end: quote.cue.end, classes: ['cue'], label: `cue of ${quote.id}`});
  }
  for (const claim of annotations.claims) list.push({id: claim.id, start: claim.start, end: claim.end, classes: ['claim'], label: `${claim.kind} claim, score ${claim.score.toFixed(2)}${by(claim.actor)}`});
  return list.filter((item) => item.end > item.start);
}

/** Cuts the text at every boundary; each piece names the annotations covering it. */
function highlightArticle(text: string, items: Highlight[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const item of items) cuts.add(item.start).add(item.end);
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map<number, Highlight[]>();
  for (const item of items) starts.set(item.start, [...(starts.get(item.start) ?? []), item]);
  const html: string[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index]!;
    const to = points[index + 1]!;
    // Anchors for the links from the actors section: one empty element per annotation start.
    for (const item of starts.get(from) ?? []) html.push(`<span class="anchor" id="ann-${escapeHtml(item.id)}"></span>`);
    const covering = items.filter((item) => item.start <= from && item.end >= to);
    const piece = articleText(text.slice(from, to));
    if (covering.length === 0) {
      html.push(piece);
      continue;
    }
    const classes = [...new Set(covering.flatMap((item) => item.classes))];
    html.push(
      `<span class="hl ${classes.join(' ')}" data-ann="${escapeHtml(covering.map((item) => item.id).join(' '))}" title="${escapeHtml(covering.map((item) => item.label).join('\n'))}">${piece}</span>`,
    );
  }
  return html.join('');
}

function actorsSection(annotations: Annotations): string {
  const actors = [...annotations.actors].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  if (actors.length === 0) return '<section aria-labelledby="actors-title"><h2 id="actors-title">Actors</h2><p>No actors found.</p></section>';
  const actorBlock = (actor: Actor) => {
    const quotes = annotations.quotes.filter((quote) => quote.actor === actor.id);
    const claims = annotations.claims.filter((claim) => claim.actor === actor.id);
    return `<article class="actor" id="actor-${escapeHtml(actor.id)}">
<h3>${escapeHtml(actor.name)} <span class="type">${escapeHtml(actor.type)}</span></h3>
${actor.roles.length > 0 ? `<p class="roles">${actor.roles.map(escapeHtml).join('; ')}</p>` : ''}
<p class="counts">${actor.mentions.length} mentions: ${[...new Set(actor.mentions.map((mention) => mention.text))].map((text) => `<q>${escapeHtml(text)}</q>`).join(', ')}</p>
${quotes.length > 0 ? `<h4>Quotes</h4><ul class="quotes">${quotes.map((quote) => `<li>${quoteItem(quote)}</li>`).join('')}</ul>` : ''}
${claims.length > 0 ? `<h4>Claims</h4><ul class="claims">${claims.map((claim) => `<li>${claimItem(claim)}</li>`).join('')}</ul>` : ''}
</article>`;
  };
  const orphanQuotes = annotations.quotes.filter((quote) => quote.actor === null);
  return `<section aria-labelledby="actors-title">
<h2 id="actors-title">Actors</h2>
${actors.map(actorBlock).join('\n')}
${
  orphanQuotes.length > 0
    ? `<article class="actor"><h3>Quotes with no known actor</h3><ul class="quotes">${orphanQuotes.map((quote) => `<li>${quoteItem(quote)}${quote.speaker ? ` <span class="by">speaker: ${escapeHtml(quote.speaker.text)}</span>` : ''}</li>`).join('')}</ul></article>`
    : ''
}
</section>`;
}

function unattributedSection(annotations: Annotations): string {
  const claims = annotations.claims.filter((claim) => claim.actor === null).sort((a, b) => b.score - a.score || a.start - b.start);
  if (claims.length === 0) return '';
  return `<section aria-labelledby="unattributed-title">
<h2 id="unattributed-title">Claims the article makes itself</h2>
<ul class="claims">${claims.map((claim) => `<li>${claimItem(claim)}</li>`).join('')}</ul>
</section>`;
}

function findingsSection(annotations: Annotations): string {
  if (annotations.findings.length === 0) return '';
  return `<section aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
<ul class="findings">${annotations.findings.map((finding) => `<li><code>${escapeHtml(finding.code)}</code> at ${finding.start}–${finding.end}: ${escapeHtml(finding.message)}</li>`).join('')}</ul>
</section>`;
}

function quoteItem(quote: Quote): string {
  return `<span class="kind">${escapeHtml(QUOTE_KINDS[quote.kind])}</span> <a href="#ann-${escapeHtml(quote.id)}">“${escapeHtml(quote.text)}”</a>${quote.cue ? ` <span class="by">(${escapeHtml(quote.cue.text)})</span>` : ''}`;
}

function claimItem(claim: Claim): string {
  return `<span class="score">${claim.score.toFixed(2)}</span> <span class="kind">${escapeHtml(claim.kind)}</span> <a href="#ann-${escapeHtml(claim.id)}">${escapeHtml(claim.text)}</a>`;
}

const STYLE = `
:root { color-scheme: light; --person: #cfe3fa; --organization: #e6d5f5; --place: #d3ecd4; --quote: #fbe3dc; --cue: #8a4b00; --claim: #b8860b; }
body { font: 16px/1.55 Georgia, "Times New Roman", serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff; }
h1, h2, h3, h4 { font-family: system-ui, sans-serif; line-height: 1.25; }
h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
.meta, footer { font: 13px/1.4 system-ui, sans-serif; color: #555; }
footer { margin-top: 3rem; border-top: 1px solid #ccc; padding-top: .5rem; }
.article { white-space: pre-wrap; overflow-wrap: break-word; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1rem; font: 14px system-ui, sans-serif; }
.hl { border-radius: 2px; }
.hl.quote { background: var(--quote); font-style: italic; }
/* After the quote rule: a name inside a quotation keeps its own colour. */
.hl.person { background: var(--person); }
.hl.organization { background: var(--organization); }
.hl.place { background: var(--place); }
.hl.cue { color: var(--cue); font-weight: bold; }
.hl.claim { border-bottom: 2px dashed var(--claim); }
.legend .hl { padding: 0 .3rem; }
.actor { break-inside: avoid; margin: 1rem 0; }
.actor h3 { margin-bottom: .2rem; }
.type, .kind, .score, .by { font: 12px system-ui, sans-serif; color: #555; }
.score { font-weight: bold; color: #7a5b00; }
.roles, .counts { margin: .2rem 0; font-size: 14px; }
a { color: inherit; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { text-decoration: none; }
  h2 { break-after: avoid; }
}
`;
