/** Turns what the layers left in a vfile into the FORMAT.md annotation model. */
import type {VFile} from 'vfile';
import './data-map.js';
import {SCHEMA, type Annotations, type Finding, type FindingCode, type Severity} from './model.js';
import {findingDocs} from './findings.js';
import type {LayerSwitches} from './processor.js';

const defaultSeverity: Record<FindingCode, Severity> = {
  'unbalanced-quote': 'warning',
  'quote-without-speaker': 'warning',
  'unattributed-claim': 'information',
};

export function toAnnotations(text: string, file: VFile, uri: string, layers: LayerSwitches): Annotations {
  const entities = layers.entities
    ? (file.data.entityMentions ?? []).map((mention, index) => ({
        id: `e${index + 1}`,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        type: mention.type,
        actor: mention.actor,
      }))
    : [];
  const quotes = layers.quotes ? (file.data.quotes ?? []) : [];
  const claims = layers.claims ? (file.data.claims ?? []) : [];
  return {
    schema: SCHEMA,
    document: {uri, length: text.length},
    entities,
    quotes,
    claims,
    actors: file.data.actors ?? [],
    findings: findingsOf(file, layers),
  };
}

function findingsOf(file: VFile, layers: LayerSwitches): Finding[] {
  const findings: Finding[] = [];
  for (const message of file.messages) {
    const code = message.ruleId as FindingCode | undefined;
    if (!code || !(code in findingDocs)) continue;
    if (code === 'unattributed-claim' ? !layers.claims : !layers.quotes) continue;
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
    if (start === undefined || end === undefined) continue;
    findings.push({code, message: message.reason, start, end, severity: defaultSeverity[code], url: message.url ?? findingDocs[code]});
  }
  return findings.sort((a, b) => a.start - b.start);
}
