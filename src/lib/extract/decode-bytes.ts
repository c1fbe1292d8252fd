/**
 * Decodes a report file's bytes to text: UTF-8 (with or without BOM), UTF-16 with or without BOM
 * (without one, told by its zero bytes on one side of each code unit), or GB18030/GBK (many
 * government pages are GBK). Refuses binary data with a clear message. A UTF-8
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
 * A code unit a report's text is made of: ASCII text, Latin-1, general punctuation, letterlike
 * and number forms (Ⅰ), circled numbers (①), box drawing, CJK punctuation and ideographs,
 * full-width forms. Narrow on purpose: swapped bytes of ASCII (0x0A00, 0x3200) fall outside.
 */
function plausibleUnit(u: number): boolean {
	return (
		u === 0x09 ||
		u === 0x0a ||
		u === 0x0d ||
		(u >= 0x20 && u <= 0x7e) ||
		(u >= 0xa0 && u <= 0xff) ||
		(u >= 0x2010 && u <= 0x206f) ||
		(u >= 0x2100 && u <= 0x218f) ||
		(u >= 0x2460 && u <= 0x257f) ||
		(u >= 0x3001 && u <= 0x303f) ||
		(u >= 0x3400 && u <= 0x4dbf) ||
		(u >= 0x4e00 && u <= 0x9fff) ||
		(u >= 0xfe30 && u <= 0xfe4f) ||
		(u >= 0xff01 && u <= 0xffef)
	);
}

/**
 * UTF-16 without a BOM: zero bytes, mostly the high byte of ASCII characters (digits, spaces,
 * line breaks), so mostly at odd offsets (little-endian) or at even ones (big-endian); a few CJK
 * characters such as 一 U+4E00 have a zero low byte. Read that way, nearly every code unit is
 * text. Binary data has control code units and zeros on both sides.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 8192) & ~1;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i++) {
		if (bytes[i] !== 0) continue;
		if (i % 2) oddZeros++;
		else evenZeros++;
	}
	// none, or no side clearly holding the ASCII high bytes
	if (Math.max(oddZeros, evenZeros) < 2 * Math.min(oddZeros, evenZeros) || oddZeros === evenZeros)
		return null;
	const le = oddZeros > evenZeros;
	let plausible = 0;
	for (let i = 0; i < n; i += 2) {
		const unit = le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
		if (plausibleUnit(unit)) plausible++;
	}
	return plausible / (n / 2) >= 0.95 ? (le ? 'utf-16le' : 'utf-16be') : null;
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
	const utf16 = bomlessUtf16(bytes);
	if (utf16) {
		try {
			const even = bytes.subarray(0, bytes.length & ~1); // a truncated file's odd last byte
			return {
				ok: true,
				text: new TextDecoder(utf16, { fatal: true }).decode(even),
				encoding: utf16
			};
		} catch {
			// a lone surrogate: not UTF-16 after all
		}
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
