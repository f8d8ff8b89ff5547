/** The readable summary the CLI prints by default: actors, quotes, claims, findings. */
import type {Actor, Annotations} from '../core/index.js';

export function formatTable(annotations: Annotations, title: string): string {
  const lines: string[] = [];
  const actorName = new Map(annotations.actors.map((actor) => [actor.id, actor.name]));
  const quotesOf = (actor: Actor) => annotations.quotes.filter((quote) => quote.actor === actor.id).length;
  const claimsOf = (actor: Actor) => annotations.claims.filter((claim) => claim.actor === actor.id).length;
  const actors = [...annotations.actors].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));

  lines.push(`${title}`, '');
  lines.push(
    `${annotations.actors.length} actors, ${annotations.entities.length} entity mentions, ${annotations.quotes.length} quotes, ${annotations.claims.length} claims, ${annotations.findings.length} findings`,
    '',
  );

  lines.push('ACTORS');
  lines.push(...columns([['actor', 'type', 'mentions', 'quotes', 'claims', 'roles'], ...actors.map((actor) => [actor.name, actor.type, String(actor.mentions.length), String(quotesOf(actor)), String(claimsOf(actor)), actor.roles.join('; ')])]));
  const places = unique(annotations.entities.filter((entity) => entity.type === 'place').map((entity) => entity.text));
  if (places.length > 0) lines.push('', `PLACES  ${places.join(', ')}`);

  lines.push('', 'QUOTES');
  lines.push(
    ...columns([
      ['kind', 'speaker', 'cue', 'quote'],
      ...annotations.quotes.map((quote) => [
        quote.kind,
        quote.actor ? `${actorName.get(quote.actor)}${quote.speaker && quote.speaker.text !== actorName.get(quote.actor) ? ` (${quote.speaker.text})` : ''}` : (quote.speaker?.text ?? '—'),
        quote.cue?.text ?? '—',
        clip(quote.text, 70),
      ]),
    ]),
  );

  lines.push('', 'CLAIMS (by check-worthiness)');
  const claims = [...annotations.claims].sort((a, b) => b.score - a.score || a.start - b.start);
  lines.push(
    ...columns([
      ['score', 'kind', 'asserted by', 'claim'],
      ...claims.map((claim) => [claim.score.toFixed(2), claim.kind, claim.actor ? (actorName.get(claim.actor) ?? claim.actor) : 'the article', clip(claim.text, 70)]),
    ]),
  );

  if (annotations.findings.length > 0) {
    lines.push('', 'FINDINGS');
    lines.push(...columns(annotations.findings.map((finding) => [`${finding.start}-${finding.end}`, finding.code, finding.message])));
  }
  return lines.join('\n');
}

function columns(rows: string[][]): string[] {
  if (rows.length === 0) return [];
  // A span's text may hold line breaks (a hard-wrapped paragraph's); a cell is one line.
  const flat = rows.map((row) => row.map((cell) => cell.replace(/\s+/g, ' ')));
  const widths = flat[0]!.map((_, column) => Math.min(40, Math.max(...flat.map((row) => (row[column] ?? '').length))));
  return flat.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.length > widths[column]! ? `${cell.slice(0, widths[column]! - 1)}…` : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

function clip(value: string, length: number): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
