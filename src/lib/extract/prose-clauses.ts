/**
 * Splits the reading into sentences (。！？ or a paragraph break) and sentences into clauses
 * (，；：| and the parts of a list sentence). A parenthesis is a clause of its own, nested in the
 * clause around it: "答复3050件（含上年度结转申请34件，…）" gives the clause "答复3050件" and the
 * parenthetical clauses "含上年度结转申请34件", "…". The clause around it reads on past the
 * parenthesis, so "各区政府(管委会)2017年共受理…" keeps its subject.
 */
import type { Reading } from './prose-reading';

export interface Clause {
	/** The clause's characters, a parenthesis inside it left out. */
	text: string;
	/** at[i] is the reading index of text[i]. */
	at: number[];
	/** Inside a parenthesis. */
	paren: boolean;
	/** Index of the ；-separated part of the sentence the clause belongs to. */
	part: number;
}

export interface Sentence {
	text: string;
	/** Reading index of the sentence's first character. */
	start: number;
	clauses: Clause[];
}

/** Full-width ！？ only: an ASCII "?" in these texts is a character the copy lost ("中国?廊坊"). */
const SENTENCE_END = /[。！？\n]/;
const CLAUSE_END = /[，,；;：:|]/;
const PART_END = /[；;]/;
const OPEN = /[（(]/;
const CLOSE = /[）)]/;

interface Building {
	chars: string[];
	at: number[];
	paren: boolean;
	part: number;
}

/** "3,119": a comma between digits that groups thousands, not a clause break. */
function isThousandsComma(text: string, i: number): boolean {
	return (
		text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))
	);
}

export function splitSentences(reading: Reading): Sentence[] {
	const { text } = reading;
	const sentences: Sentence[] = [];
	let done: Building[] = [];
	let stack: Building[] = [];
	let part = 0;
	let sentenceStart = 0;

	const open = (paren: boolean) => stack.push({ chars: [], at: [], paren, part });
	const close = () => {
		const top = stack.pop();
		if (top && top.chars.length) done.push(top);
	};
	const finishSentence = (end: number) => {
		while (stack.length) close();
		const clauses = done
			.sort((a, b) => a.at[0]! - b.at[0]!)
			.map((b) => ({ text: b.chars.join(''), at: b.at, paren: b.paren, part: b.part }));
		if (clauses.length)
			sentences.push({ text: text.slice(sentenceStart, end), start: sentenceStart, clauses });
		done = [];
		stack = [];
		part = 0;
		sentenceStart = end + 1;
		open(false);
	};

	open(false);
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (SENTENCE_END.test(ch)) {
			finishSentence(i);
			continue;
		}
		if (OPEN.test(ch)) {
			open(true);
			continue;
		}
		if (CLOSE.test(ch)) {
			if (stack.length > 1) close();
			continue;
		}
		if (CLAUSE_END.test(ch) && !isThousandsComma(text, i)) {
			const paren = stack[stack.length - 1]!.paren;
			close();
			if (PART_END.test(ch) && stack.length === 0) part++;
			open(paren);
			continue;
		}
		const top = stack[stack.length - 1]!;
		top.chars.push(ch);
		top.at.push(i);
	}
	finishSentence(text.length);
	return sentences;
}
