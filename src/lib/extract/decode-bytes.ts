/**
 * Decodes a report file's bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * GB18030/GBK (many government pages are GBK). Refuses binary data with a clear message.
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
			text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
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
