/**
 * Decodes a report file's bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * GB18030/GBK (many government pages are GBK). Refuses binary data with a clear message. A UTF-8
 * file cut in the middle of its last character (a truncated download) is read up to that character.
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 4096);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i]!;
		if (b === 0) return true;
		if (b < 9 || (b > 13 && b < 32)) control++;
	}
	return n > 0 && control / n > 0.05;
}

/**
 * The bytes without a UTF-8 sequence cut off at the very end (a truncated download ends mid
 * character), or the bytes unchanged when they do not end that way.
 */
export function withoutCutUtf8Tail(bytes: Uint8Array): Uint8Array {
	for (let back = 1; back <= Math.min(3, bytes.length); back++) {
		const b = bytes[bytes.length - back]!;
		if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
		const needed = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 1;
		return needed > back ? bytes.subarray(0, bytes.length - back) : bytes;
	}
	return bytes;
}

export function decodeReportBytes(bytes: Uint8Array): Decoded {
	if (
		bytes.length >= 2 &&
		((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
	) {
		const le = bytes[0] === 0xff;
		return {
			ok: true,
			text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)),
			encoding: le ? 'utf-16le' : 'utf-16be'
		};
	}
	if (
		bytes.length >= 4 &&
		bytes[0] === 0x25 &&
		bytes[1] === 0x50 &&
		bytes[2] === 0x44 &&
		bytes[3] === 0x46
	) {
		return { ok: false, message: 'this is a PDF file, not text: extract its text first' };
	}
	if (looksBinary(bytes)) return { ok: false, message: 'not a text file (binary data found)' };
	try {
		return {
			ok: true,
			text: new TextDecoder('utf-8', { fatal: true }).decode(withoutCutUtf8Tail(bytes)),
			encoding: 'utf-8'
		};
	} catch {
		// not UTF-8: try the Chinese national encoding
	}
	try {
		return {
			ok: true,
			text: new TextDecoder('gb18030', { fatal: true }).decode(bytes),
			encoding: 'gb18030'
		};
	} catch {
		return { ok: false, message: 'unknown text encoding (neither UTF-8, UTF-16 nor GB18030)' };
	}
}
