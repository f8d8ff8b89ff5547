// Trains the name tagger shipped in src/core/data/ner-model.json from the GUM corpus (Zeldes,
// CC-BY) read at run time from ../shared — the data itself is never copied into the project.
//
//   node scripts/train-ner.mjs                 train on gum-train + gum/dev, write the model
//   node scripts/train-ner.mjs --cv 5          5-fold cross-validation by document over gum/dev
//                                              (each fold trained on gum-train + the other folds),
//                                              scored with ../shared/eval/score.mjs
//   options: --shared DIR (default ../shared), --iterations N, --threshold W, --out FILE,
//            --prune W (weights below W dropped when packing, as shipped; CV packs alike),
//            --beam N (hypotheses per word, in training and in the model's decoding; default 4,
//            1 for the greedy perceptron),
//            --tagger-only (with --cv: score the tagger alone, without the engine's rules),
//            --save (with --cv: keep the held-out predictions), --json FILE (the scorer's report)
import {build} from 'esbuild';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const shared = resolve(option('--shared', '../shared'));
const folds = Number(option('--cv', '0'));
const iterations = Number(option('--iterations', '12'));
const threshold = Number(option('--threshold', '0.02'));
const prune = Number(option('--prune', '0'));
const beam = Number(option('--beam', '4'));
const orders = Number(option('--orders', '1'));
const out = option('--out', 'src/core/data/ner-model.json');
const taggerOnly = args.includes('--tagger-only');

mkdirSync('out', {recursive: true});
await build({
  entryPoints: ['src/core/ner/train.ts'],
  outfile: 'out/train-ner.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
const {prepareDocument, trainModel, tagText, analyze, pack} = createRequire(import.meta.url)(resolve('out/train-ner.cjs'));

function readSet(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => {
      const base = name.slice(0, -'.gold.json'.length);
      const text = readFileSync(join(dir, `${base}.txt`), 'utf8');
      const gold = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      return {name: base, text, gold: gold.entities ?? []};
    });
}

const started = Date.now();
const train = readSet(join(shared, 'train/gum-train/train'));
const dev = readSet(join(shared, 'eval/data/gum/dev'));
const prepare = (doc) => prepareDocument(doc.name, doc.text, doc.gold);
const preparedTrain = train.map(prepare);
const preparedDev = dev.map(prepare);
const all = [...preparedTrain, ...preparedDev];
const gold = all.reduce((sum, doc) => sum + doc.gold, 0);
const misaligned = all.reduce((sum, doc) => sum + doc.misaligned, 0);
console.log(`${train.length} training + ${dev.length} dev documents, ${gold} gold names, ${misaligned} not on word boundaries (${((Date.now() - started) / 1000).toFixed(1)}s)`);

if (folds > 1) {
  const predictions = mkdtempSync(join(tmpdir(), 'ner-cv-'));
  for (let fold = 0; fold < folds; fold++) {
    const held = new Set(dev.map((doc, index) => (index % folds === fold ? doc.name : null)).filter(Boolean));
    // Packed as the shipped model is, so that the scores are those of what ships.
    const model = pack(trainModel([...preparedTrain, ...preparedDev.filter((doc) => !held.has(doc.name))], {iterations, threshold, beam, orders}), prune);
    for (const doc of dev.filter((item) => held.has(item.name))) {
      const result = taggerOnly
        ? {entities: tagText(model, doc.text).map((name) => ({...name, text: doc.text.slice(name.start, name.end)}))}
        : analyze(doc.text, {entityModel: model});
      writeFileSync(join(predictions, `${doc.name}.json`), JSON.stringify(result));
    }
    console.log(`fold ${fold + 1}/${folds}: ${held.size} held-out documents (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  }
  const scorer = join(shared, 'eval/score.mjs');
  const report = execFileSync('node', [scorer, '--gold', join(shared, 'eval/data/gum/dev'), '--pred', predictions, ...(option('--json') ? ['--json', option('--json')] : [])], {encoding: 'utf8'});
  console.log(report.split('\n').filter((line) => !/^\[\d+\/\d+\]/.test(line)).join('\n'));
  if (args.includes('--save')) console.log(`predictions kept in ${predictions}`);
  else rmSync(predictions, {recursive: true, force: true});
} else {
  const model = pack(trainModel(all, {iterations, threshold, beam, orders}), prune);
  writeFileSync(out, JSON.stringify(model));
  const features = model.outer.features.split('\n').length + model.inner.features.split('\n').length;
  console.log(`wrote ${out}: ${features} features, ${(statSync(out).size / 1024).toFixed(0)} KB (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}
