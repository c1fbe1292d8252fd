/**
 * Cells a PDF-to-markdown conversion floated out of 表二's 第二十条第（一）项 rows. A cell printed
 * on two lines ("22" over "（其中修订 16 件）") lands as loose text under the section heading,
 * and its row keeps one cell too few ("| 规章 | 22 | 235 |", shanghai-office_2025). The note says
 * which column the number counts: 修订/制定 are documents made, 失效/废止 documents repealed.
 */
import type { CellToken } from './read-cell-run';

export interface FloatedCell {
	token: CellToken;
	/** 0 = 本年制发件数, 1 = 本年废止件数. */
	column: number;
	note: string;
}

const SECTION_ONE = /第\s*二\s*十\s*条\s*第\s*[（(]\s*一\s*[)）]\s*项/g;
const NEXT_SECTION = /第\s*二\s*十\s*条\s*第|\|/;
/** A number alone on its line, its note in brackets on the same or the next line. */
const FLOATED = /(?<=^|\n)[ \t]*(\d+)[ \t]*\n?[ \t]*[（(]\s*((?:其中|含)[^）)\n]{1,24})[)）]/g;

function columnOf(note: string): number | null {
	if (/失效|废止/.test(note)) return 1;
	if (/修订|修改|制定|新制|出台|印发/.test(note)) return 0;
	return null;
}

/**
 * The floated cells between `from` and `to`, in printed order; null when there are none or when
 * a note does not say its column (then nothing is placed).
 */
export function floatedCells(text: string, from: number, to: number): FloatedCell[] | null {
	SECTION_ONE.lastIndex = from;
	const heading = SECTION_ONE.exec(text);
	if (!heading || heading.index >= to) return null;
	const start = heading.index + heading[0].length;
	const rest = text.slice(start, to);
	const end = start + (rest.search(NEXT_SECTION) < 0 ? rest.length : rest.search(NEXT_SECTION));
	const region = text.slice(start, end);
	const cells: FloatedCell[] = [];
	FLOATED.lastIndex = 0;
	for (let m = FLOATED.exec(region); m; m = FLOATED.exec(region)) {
		const column = columnOf(m[2]!);
		if (column === null) return null;
		const at = start + m.index + m[0].indexOf(m[1]!);
		cells.push({
			token: { text: m[1]!, start: at, end: at + m[1]!.length, kind: 'number' },
			column,
			note: m[2]!
		});
	}
	return cells.length ? cells : null;
}
