/**
 * A Word file (.docx) as report text, in the browser import and the ingest CLI alike: mammoth
 * (loaded only when a .docx is read) turns the document into HTML, and html-to-text, as for a page
 * saved as HTML, turns its tables into "|" rows (merged cells expanded) that the engine reads.
 * Images are left out: only text is read.
 */
import { htmlToText } from '../extract/html-to-text';

export async function docxToText(bytes: Uint8Array): Promise<string> {
	const { default: mammoth } = await import('mammoth');
	const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	// mammoth reads `arrayBuffer` in its browser build and `buffer` in Node.
	const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
	const { value } = await mammoth.convertToHtml(input, {
		convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' }))
	});
	return htmlToText(value);
}
