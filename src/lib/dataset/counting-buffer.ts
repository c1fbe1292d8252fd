/** An AsyncBuffer over a URL (HTTP range requests) that adds up the bytes of every range it fetched. */
import { asyncBufferFromUrl, type AsyncBuffer } from 'hyparquet';

export interface CountingBuffer {
	buffer: AsyncBuffer;
	fetched: () => number;
}

export async function countingBuffer(url: string, byteLength?: number): Promise<CountingBuffer> {
	const inner = await asyncBufferFromUrl({ url, byteLength });
	let fetched = 0;
	return {
		buffer: {
			byteLength: inner.byteLength,
			slice: async (start, end) => {
				const part = await inner.slice(start, end);
				fetched += part.byteLength;
				return part;
			}
		},
		fetched: () => fetched
	};
}
