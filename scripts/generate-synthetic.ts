/**
 * `npm run data:synthetic -- --facts 1000000 [--seed 7] [--name synthetic-1m] [--partitioned]`:
 * a SYNTHETIC dataset for the scale benchmark under data-synthetic/<name>/ (gitignored, never part
 * of the default site). Above 2,000,000 facts the facts are also partitioned by province and year.
 */
import { resolve } from 'node:path';
import { generateSynthetic } from './synthetic/generate-synthetic.ts';

const args = process.argv.slice(2);
function option(name: string): string | undefined {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
}
const facts = Number(option('facts') ?? 1_000_000);
const seed = Number(option('seed') ?? 7);
if (!Number.isInteger(facts) || facts < 1 || !Number.isInteger(seed)) {
	console.error(
		'usage: npm run data:synthetic -- --facts N [--seed S] [--name NAME] [--partitioned]'
	);
	process.exit(2);
}
const label = facts % 1_000_000 === 0 ? `${facts / 1_000_000}m` : String(facts);
const name = option('name') ?? `synthetic-${label}`;
if (!/^synthetic-[a-z0-9-]+$/.test(name)) {
	console.error('--name must start with "synthetic-" (lowercase letters, digits, dashes)');
	process.exit(2);
}
const outDir = resolve(import.meta.dirname, '..', 'data-synthetic', name);
const started = performance.now();
const manifest = await generateSynthetic({
	facts,
	seed,
	outDir,
	partitioned: args.includes('--partitioned') || facts > 2_000_000
});
console.log(
	`data:synthetic: SYNTHETIC ${manifest.facts} facts, ${manifest.reports} reports, ${manifest.regions} regions, ${manifest.partitions.length} partitions, seed ${seed} → data-synthetic/${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`
);
