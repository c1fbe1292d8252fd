/**
 * The extraction worker of the import page: the same engine as the data build
 * (src/lib/extract/extract-report.ts), off the main thread. Bytes are decoded here too
 * (decode-bytes: UTF-8/UTF-16/GB18030, refuses binary).
 */
import { decodeReportBytes } from '../extract/decode-bytes';
import { extractReport } from '../extract/extract-report';
import type { ExtractRequest, ExtractResponse } from './extract-messages';

function withYear(text: string, year: number | undefined): string {
	if (year === undefined) return text;
	// The reader's confirmed year, as front matter: the engine reads the format of that year's layout.
	return text.startsWith('---\n')
		? text.replace(/^---\n/, `---\nyear: ${year}\n`)
		: `---\nyear: ${year}\n---\n${text}`;
}

self.onmessage = (event: MessageEvent<ExtractRequest>) => {
	const request = event.data;
	let response: ExtractResponse;
	try {
		let text: string;
		let encoding = 'text';
		if (request.bytes) {
			const decoded = decodeReportBytes(new Uint8Array(request.bytes));
			if (!decoded.ok) {
				self.postMessage({
					id: request.id,
					ok: false,
					message: decoded.message
				} satisfies ExtractResponse);
				return;
			}
			text = decoded.text;
			encoding = decoded.encoding;
		} else text = request.text ?? '';
		const result = extractReport(withYear(text, request.year), request.id);
		response = { id: request.id, ok: true, result, encoding, source: text };
	} catch (error) {
		response = { id: request.id, ok: false, message: (error as Error).message };
	}
	self.postMessage(response);
};
