/**
 * The hand-read expected values (tests/fixtures/expected and tests/fixtures/expected-fetched) and
 * where each report's text is: data/reports, or the fetched reports kept outside the repository
 * (../shared/reports-fetched, read in place, never copied) when that folder exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HandRead } from '../../src/lib/report-render/hand-read-values.ts';

export interface HandReadReport {
	stem: string;
	expected: HandRead & { absent?: { metric: string; applicant?: string }[] };
	/** The report's text file, or null when it is not available here. */
	file: string | null;
	where: 'data/reports' | 'reports-fetched' | 'absent';
}

const root = resolve(import.meta.dirname, '..', '..');
const FIXTURE_DIRS = ['expected', 'expected-fetched'].map((d) =>
	resolve(root, 'tests', 'fixtures', d)
);

/**
 * The folder of fetched reports: $OGI_REPORTS_FETCHED, or ../shared/reports-fetched beside the
 * repository (a worktree sits one level deeper, so ../../shared is tried too); null when absent.
 */
export function fetchedReportsDir(): string | null {
	const candidates = [
		process.env.OGI_REPORTS_FETCHED,
		resolve(root, '..', 'shared', 'reports-fetched'),
		resolve(root, '..', '..', 'shared', 'reports-fetched')
	].filter((d): d is string => !!d);
	return candidates.find((d) => existsSync(d)) ?? null;
}

export function handReadReports(): HandReadReport[] {
	const fetched = fetchedReportsDir();
	const seen = new Set<string>();
	const out: HandReadReport[] = [];
	for (const dir of FIXTURE_DIRS) {
		if (!existsSync(dir)) continue;
		for (const f of readdirSync(dir)
			.filter((f) => f.endsWith('.json'))
			.sort()) {
			const stem = f.replace(/\.json$/, '');
			if (seen.has(stem)) continue;
			seen.add(stem);
			const expected = JSON.parse(
				readFileSync(resolve(dir, f), 'utf8')
			) as HandReadReport['expected'];
			const inData = resolve(root, 'data', 'reports', `${stem}.txt`);
			const inFetched = fetched ? resolve(fetched, `${stem}.txt`) : null;
			if (existsSync(inData)) out.push({ stem, expected, file: inData, where: 'data/reports' });
			else if (inFetched && existsSync(inFetched))
				out.push({ stem, expected, file: inFetched, where: 'reports-fetched' });
			else out.push({ stem, expected, file: null, where: 'absent' });
		}
	}
	return out.sort((a, b) => a.stem.localeCompare(b.stem));
}
