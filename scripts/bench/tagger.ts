/**
 * `node .bench/tagger.cjs [--profile out.cpuprofile] [--dump out.json]`: the name tagger's part
 * of a full analysis of the generated 1 MB article. Prints the CPU time of `analyze` (best of a
 * few runs: the bench machine is shared) and, from a CPU profile of one more run, the inclusive
 * time of the tagger's entry points and the top self-time functions. `--dump` writes the names
 * the tagger gives (both layers) on the examples and generated articles, for comparing two
 * versions of the tagger (their output must not change while the shipped model does not).
 */
import {join, resolve} from 'node:path';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {Session} from 'node:inspector';
import {analyze} from '../../src/core/index.js';
import {shippedModel} from '../../src/core/ner/model.js';
import {layoutWithRules, tagText} from '../../src/core/ner/train.js';
import {tagDocument, taggingInput, tagNested} from '../../src/core/ner/tagger.js';
import {exampleArticles, generateArticle} from '../../test/support/corpus.js';

// Bundled to .bench/tagger.cjs, one level below the repository.
const examplesDir = resolve(__dirname, '../examples');
const cpu = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};

/** The tagger's names over one text, as the entities layer computes them (rules first). */
function taggedNames(text: string): string[] {
  return tagText(shippedModel!, text).map((name) => `${name.start}-${name.end} ${name.type}${name.nested ? ' nested' : ''} ${text.slice(name.start, name.end)}`);
}

const post = (session: Session, method: string, params?: object) =>
  new Promise<unknown>((done, fail) => session.post(method, params, (error, result) => (error ? fail(error) : done(result))));

interface ProfileNode {
  id: number;
  callFrame: {functionName: string; url: string; lineNumber: number};
  children?: number[];
}

/** Inclusive and self time (ms) per function name, from a sampled profile. */
function summarise(profile: {nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]}): {inclusive: Map<string, number>; self: Map<string, number>} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, at) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[at] ?? 0) / 1000));
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  // The bundler renames a function that shares its name with another (tagDocument2): one name.
  const nameOf = (id: number) => (byId.get(id)!.callFrame.functionName || '(anonymous)').replace(/(\D)\d+$/u, '$1');
  for (const [id, time] of selfTime) {
    const name = nameOf(id);
    self.set(name, (self.get(name) ?? 0) + time);
    // Each function counted once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = nameOf(at);
      if (seen.has(frame)) continue;
      seen.add(frame);
      inclusive.set(frame, (inclusive.get(frame) ?? 0) + time);
    }
  }
  return {inclusive, self};
}

async function main(): Promise<void> {
  const dump = argument('--dump');
  if (dump) {
    // Real text beyond the examples when the shared evaluation data is there (GUM's dev set).
    const gum = resolve(examplesDir, '../../shared/eval/data/gum/dev');
    const gumTexts = existsSync(gum) ? readdirSync(gum).filter((file) => file.endsWith('.txt')).sort().map((file) => readFileSync(join(gum, file), 'utf8')) : [];
    const texts = [...exampleArticles(examplesDir).map((paragraphs) => paragraphs.join('\n\n')), generateArticle(examplesDir, 200 * 1024, 7), generateArticle(examplesDir, 300 * 1024, 11), ...gumTexts];
    const names = texts.map(taggedNames);
    writeFileSync(dump, JSON.stringify(names, null, 0));
    console.log(`${names.reduce((sum, list) => sum + list.length, 0)} names in ${texts.length} texts`);
    return;
  }
  const article = generateArticle(examplesDir, 1024 * 1024, 1024 * 1024);
  if (process.argv.includes('--tagger')) {
    // The tagger alone on the 1 MB article's layout and rules, computed once.
    const {layout, rules} = layoutWithRules(article);
    const times = {input: [] as number[], outer: [] as number[], inner: [] as number[]};
    for (let run = 0; run < Number(argument('--runs') ?? 5); run++) {
      let start = cpu();
      const input = taggingInput(layout.sentences, rules);
      times.input.push(cpu() - start);
      start = cpu();
      const outer = tagDocument(shippedModel!, layout.sentences, rules, input);
      times.outer.push(cpu() - start);
      start = cpu();
      tagNested(shippedModel!, layout.sentences, outer, rules, input);
      times.inner.push(cpu() - start);
    }
    const best = (list: number[]) => `${Math.min(...list).toFixed(1)} (${list.map((time) => time.toFixed(0)).join(' ')})`;
    console.log(`tagger on 1 MB, ms on CPU, best (all): taggingInput ${best(times.input)}, tagDocument ${best(times.outer)}, tagNested ${best(times.inner)}`);
    return;
  }
  analyze(generateArticle(examplesDir, 20 * 1024, 3));
  const runs: number[] = [];
  for (let run = 0; run < Number(argument('--runs') ?? 3); run++) {
    const start = cpu();
    analyze(article);
    runs.push(cpu() - start);
  }
  console.log(`full 1 MB on CPU: ${runs.map((time) => time.toFixed(0)).join(' ')} ms (best ${Math.min(...runs).toFixed(0)})`);
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', {interval: 100});
  await post(session, 'Profiler.start');
  analyze(article);
  const profile = ((await post(session, 'Profiler.stop')) as {profile: {nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]}}).profile;
  const out = argument('--profile');
  if (out) writeFileSync(out, JSON.stringify(profile));
  const {inclusive, self} = summarise(profile);
  const show = (name: string) => `${name} ${(inclusive.get(name) ?? 0).toFixed(0)}`;
  console.log(`profiled run, inclusive ms: ${['analyze', 'tagDocument', 'tagNested', 'taggingInput', 'documentContext', 'marksBySentence', 'marksOf', 'staticScores', 'decodeScores', 'wordEntries', 'tagSentence', 'tagInside'].map(show).join(', ')}`);
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(`top self ms: ${top.map(([name, time]) => `${name} ${time.toFixed(0)}`).join(', ')}`);
}

void main();
