/**
 * `npm test`: unit and real-engine SQL tests, then the data build, the site build and the browser
 * end-to-end tests. Ends with one plain line, "N passed, N failed", and a non-zero exit on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, '.cache', 'test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
let broken = false;

function run(title: string, command: string, args: string[]): boolean {
	console.log(`\n=== ${title}`);
	const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
	return r.status === 0;
}

function vitest(title: string, args: string[], json: string) {
	const ok = run(title, 'npx', [
		'vitest',
		'run',
		...args,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${json}`
	]);
	if (existsSync(json)) {
		const report = JSON.parse(readFileSync(json, 'utf8')) as {
			numPassedTests: number;
			numFailedTests: number;
		};
		passed += report.numPassedTests;
		failed += report.numFailedTests;
		if (!ok && report.numFailedTests === 0) broken = true;
	} else broken = true;
	if (!ok) broken = true;
}

if (!run('static checks (svelte-check, ESLint, Prettier)', 'npm', ['run', '--silent', 'check']))
	broken = true;
// The data first: the SQL tests read the built Parquet files.
if (!run('data build', 'npx', ['tsx', 'scripts/build-data.ts'])) broken = true;
else {
	run('svelte-kit sync', 'npx', ['svelte-kit', 'sync']);
	vitest('unit and SQL tests', [], resolve(out, 'unit.json'));
	if (!run('site build', 'npx', ['vite', 'build'])) broken = true;
	else
		vitest(
			'browser end-to-end tests',
			['--config', 'vitest.e2e.config.ts'],
			resolve(out, 'e2e.json')
		);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
