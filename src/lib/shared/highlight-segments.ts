/**
 * Cuts a report text into plain and highlighted segments from fact spans, so the source panel can
 * render the passage as text nodes (never as HTML: report text is third-party).
 */
export interface Segment {
	text: string;
	start: number;
	/** Index of the highlighted fact, or -1 for plain text. */
	fact: number;
}

export function highlightSegments(
	text: string,
	spans: readonly { span_start: number; span_end: number }[]
): Segment[] {
	const valid = spans
		.map((s, i) => ({ ...s, i }))
		.filter((s) => s.span_start >= 0 && s.span_end > s.span_start && s.span_end <= text.length)
		.sort((a, b) => a.span_start - b.span_start);
	const out: Segment[] = [];
	let at = 0;
	for (const s of valid) {
		if (s.span_start < at) continue; // overlapping spans: keep the first
		if (s.span_start > at) out.push({ text: text.slice(at, s.span_start), start: at, fact: -1 });
		out.push({ text: text.slice(s.span_start, s.span_end), start: s.span_start, fact: s.i });
		at = s.span_end;
	}
	if (at < text.length) out.push({ text: text.slice(at), start: at, fact: -1 });
	return out;
}

/** A window of the text around the highlights, so a long report opens at the passage. */
export function passageWindow(
	text: string,
	spans: readonly { span_start: number; span_end: number }[],
	context = 600
): [number, number] {
	if (!spans.length) return [0, Math.min(text.length, context * 2)];
	const first = Math.min(...spans.map((s) => s.span_start));
	const last = Math.max(...spans.map((s) => s.span_end));
	return [Math.max(0, first - context), Math.min(text.length, last + context)];
}
