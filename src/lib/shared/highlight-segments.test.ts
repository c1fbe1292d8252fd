import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight-segments';

describe('highlightSegments', () => {
	it('cuts the text around each span and keeps every character once', () => {
		const text = '共受理申请69件，同意公开39件。';
		const segs = highlightSegments(text, [
			{ span_start: 13, span_end: 15 },
			{ span_start: 5, span_end: 7 }
		]);
		expect(segs.map((s) => [s.text, s.fact])).toEqual([
			['共受理申请', -1],
			['69', 1],
			['件，同意公开', -1],
			['39', 0],
			['件。', -1]
		]);
		expect(segs.map((s) => s.text).join('')).toBe(text);
	});
	it('ignores spans outside the text and overlapping ones', () => {
		const segs = highlightSegments('abc', [
			{ span_start: 0, span_end: 2 },
			{ span_start: 1, span_end: 3 },
			{ span_start: 5, span_end: 9 }
		]);
		expect(segs.map((s) => [s.text, s.fact])).toEqual([
			['ab', 0],
			['c', -1]
		]);
	});
});
