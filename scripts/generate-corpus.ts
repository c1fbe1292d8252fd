/**
 * `npm run data:corpus -- --reports 50000 [--seed 7] [--name corpus-50k]`: a SYNTHETIC corpus of
 * report TEXTS under data-synthetic/<name>/ (gitignored, never part of the site), for the ingest
 * benchmark (`npm run bench:ingest -- --corpus 50000`). See scripts/synthetic/write-corpus.ts.
 */
import { resolve } from 'node:path';
import { corpusName, writeCorpus } from './synthetic/write-corpus.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const reports = Number(option('reports') ?? 1000);
const seed = Number(option('seed') ?? 7);
if (!Number.isInteger(reports) || reports < 1 || !Number.isInteger(seed)) {
	console.error('usage: npm run data:corpus -- --reports N [--seed S] [--name corpus-NAME]');
	process.exit(2);
}
const name = option('name') ?? corpusName(reports);
if (!/^corpus-[a-z0-9-]+$/.test(name)) {
	console.error('--name must start with "corpus-" (lowercase letters, digits, dashes)');
	process.exit(2);
}
const outDir = resolve(import.meta.dirname, '..', 'data-synthetic', name);
const started = performance.now();
const m = writeCorpus({ reports, seed, outDir });
console.log(
	`data:corpus: SYNTHETIC ${m.reports} report texts, ${m.regions} regions, seed ${seed} → data-synthetic/${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`
);
