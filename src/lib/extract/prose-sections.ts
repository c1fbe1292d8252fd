/**
 * The headings of a report ("（二）依申请公开方面", "四、咨询情况", "3.政策解读…"), so that a
 * sentence can be read in its section: "共收到70件申请" under 依申请公开 speaks of disclosure
 * requests, "共公开发布信息82条" under 政策解读 of interpretations.
 */

export interface Heading {
	/** Reading index of the heading's marker. */
	start: number;
	/** The heading's words (up to its first stop, at most 30 characters). */
	title: string;
}

const HEADING =
	/(?:^|[\n。；;\s])((?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．](?!\d))([^\n。；;，,：:]{1,30}))/g;

export function findHeadings(reading: string): Heading[] {
	const headings: Heading[] = [];
	HEADING.lastIndex = 0;
	for (let m = HEADING.exec(reading); m; m = HEADING.exec(reading)) {
		headings.push({ start: m.index + m[0].length - m[1]!.length, title: m[2]! });
		HEADING.lastIndex = m.index + m[0].length - m[2]!.length;
	}
	return headings;
}

/** The heading a reading position falls under, and how far after it the position is. */
export function sectionAt(
	headings: readonly Heading[],
	position: number
): { title: string; distance: number } {
	let lo = 0;
	let hi = headings.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (headings[mid]!.start <= position) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	if (found < 0) return { title: '', distance: Infinity };
	return { title: headings[found]!.title, distance: position - headings[found]!.start };
}
