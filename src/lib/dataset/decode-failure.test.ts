import { describe, expect, it } from 'vitest';
import { decodeFailure } from './decode-failure';

describe('decodeFailure', () => {
	it('names a file the server does not have as missing, other statuses as http', () => {
		expect(decodeFailure(new Error('fetch head failed 404')).kind).toBe('missing');
		expect(decodeFailure(new Error('fetch with range failed 404')).kind).toBe('missing');
		expect(decodeFailure(new Error('fetch with range failed 503'))).toEqual({
			kind: 'http',
			detail: 'the server answered 503'
		});
	});

	it('tells a network failure, a missing column and an unreadable file apart', () => {
		expect(decodeFailure(new TypeError('Failed to fetch')).kind).toBe('network');
		expect(decodeFailure(new Error('schema: no column value'))).toEqual({
			kind: 'schema',
			detail: 'no column value'
		});
		const corrupt = decodeFailure(new Error('parquet file invalid (footer != PAR1)'));
		expect(corrupt.kind).toBe('corrupt');
		expect(corrupt.detail).toContain('footer != PAR1');
		expect(decodeFailure('odd').kind).toBe('corrupt');
	});
});
