import { describe, expect, it } from 'vitest';
import { datasetFolder, kindOf, parseDataset, withDatasetParam } from './dataset';

describe('dataset selection', () => {
	it('takes only allow-listed synthetic folders, else the real data', () => {
		expect(parseDataset('?dataset=synthetic-1m')).toBe('synthetic-1m');
		expect(parseDataset('?dataset=synthetic-10m&lang=en')).toBe('synthetic-10m');
		expect(parseDataset('')).toBe('real');
		expect(parseDataset('?dataset=../../etc')).toBe('real');
		expect(parseDataset('?dataset=https://example.com/x')).toBe('real');
		expect(parseDataset('?dataset=synthetic-2m')).toBe('real');
	});

	it('reads synthetic data from /data-synthetic/<name>, the real data from /data', () => {
		expect(datasetFolder('real')).toBe('/data');
		expect(datasetFolder('synthetic-1m')).toBe('/data-synthetic/synthetic-1m');
	});

	it('keeps the dataset on a query string the page builds', () => {
		expect(withDatasetParam('?view=trend', 'synthetic-1m')).toBe(
			'?view=trend&dataset=synthetic-1m'
		);
		expect(withDatasetParam('', 'synthetic-10m')).toBe('?dataset=synthetic-10m');
		expect(withDatasetParam('?view=trend', 'real')).toBe('?view=trend');
	});
});

describe('the kind of data', () => {
	it('reads published facts whole and attaches the base file, with no badge', () => {
		const k = kindOf('real');
		expect([k.facts, k.engineBase, k.badge, k.label]).toEqual([
			'whole',
			'attached-file',
			false,
			'published'
		]);
		expect(k.withParam('?q=1')).toBe('?q=1');
	});

	it('reads synthetic facts by region into memory, wears the badge and keeps its parameter', () => {
		const k = kindOf('synthetic-1m');
		expect([k.facts, k.engineBase, k.badge, k.label]).toEqual([
			'by-region',
			'memory',
			true,
			'synthetic-1m'
		]);
		expect(k.withParam('?q=1')).toBe('?q=1&dataset=synthetic-1m');
	});
});
