/** Turns what the layers left in a vfile into the FORMAT.md annotation model. */
import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import './data-map.js';
import {SCHEMA, type Annotations, type Entity, type Finding, type FindingCode, type Severity} from './model.js';
import {endOffset, findingDocs, startOffset} from './findings.js';
import type {LayerSwitches} from './processor.js';
import {idAt} from './ids.js';

const defaultSeverity: Record<FindingCode, Severity> = {
  'unbalanced-quote': 'warning',
  'quote-without-speaker': 'warning',
  'unattributed-claim': 'information',
};

export function toAnnotations(text: string, file: VFile, uri: string, layers: LayerSwitches): Annotations {
  const entities = layers.entities ? entitiesOf(file) : [];
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

/**
 * Each message's finding, made once: the incremental analyser hands the next version the messages
 * of the findings before the edit again (findings.ts). A finding is never changed once returned.
 */
const findingOf = new WeakMap<VFileMessage, Finding | null>();

function entitiesOf(file: VFile): Entity[] {
  return (file.data.entityMentions ?? []).map((mention, index) => ({
    id: idAt('e', index),
    start: mention.start,
    end: mention.end,
    text: mention.text,
    type: mention.type,
    actor: mention.actor,
  }));
}

function findingsOf(file: VFile, layers: LayerSwitches): Finding[] {
  const findings: Finding[] = [];
  for (const message of file.messages) {
    let finding = findingOf.get(message);
    if (finding === undefined) findingOf.set(message, (finding = flattened(message)));
    if (!finding) continue;
    if (finding.code === 'unattributed-claim' ? !layers.claims : !layers.quotes) continue;
    findings.push(finding);
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** A message of the engine's as a finding; null for any other message. */
function flattened(message: VFileMessage): Finding | null {
  const code = message.ruleId as FindingCode | undefined;
  if (!code || !(code in findingDocs)) return null;
  const start = startOffset(message);
  const end = endOffset(message);
  if (start === undefined || end === undefined) return null;
  return {code, message: message.reason, start, end, severity: defaultSeverity[code], url: message.url ?? findingDocs[code]};
}
