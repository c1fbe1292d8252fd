/**
 * Figures stated in sentences. The text is read as a reader reads it (prose-reading: wrapped lines
 * joined, spaces dropped), split into sentences and clauses (prose-clauses), and every counted
 * number of a clause (prose-numbers) is given to the rules (prose-rules), which decide from the
 * clause's own words what it counts: the object it follows, the verb and object around it, the
 * sentence's topic so far ("行政复议8件,维持4件") and the section it stands in. A number no rule
 * claims is not a fact: a missing figure is better than a wrong one. Percentages are never counts;
 * a figure inside a table region (`skip`) is not prose.
 */
import { splitSentences, type Clause, type Sentence } from './prose-clauses';
import {
	CHANGE,
	CUMULATIVE,
	channelOf,
	namesSubPart,
	speaksOfPart,
	topicOf,
	unquote,
	type Channel,
	type ProseContext,
	type Topic
} from './prose-context';
import { countTokens, type CountToken } from './prose-numbers';
import { buildReading, type Reading } from './prose-reading';
import { RULES, type ProseRule } from './prose-rules';
import { findHeadings, sectionAt, type Heading } from './prose-sections';
import type { Fact, ReportFormat } from './types';

/**
 * How far a rule looks: the words of a clause before a number, the sentence around a clause.
 * Official sentences are short; the bound keeps a garbled line of any length linear to read.
 */
const WINDOW = 160;

/**
 * The part of text[from, to) a rule reads: all of it, or its last WINDOW characters after a
 * mark ("…") that no rule's "^" can match, so a cut clause never looks like a clause start.
 */
function tail(text: string, from: number, to: number): string {
	return to - from <= WINDOW ? text.slice(from, to) : '…' + text.slice(to - WINDOW, to);
}

/** Words that open a sentence continuing the previous one's list. */
const CONTINUES =
	/^(?:其中|另|此外|(?:予以|同意|部分|不予|不同意)公开|无法提供|不予处理|其他处理|当面|传真|网上|信函|电子邮件)/;

function fits(rule: ProseRule, c: ProseContext, token: CountToken): boolean {
	if (!rule.eras.includes(c.era)) return false;
	if (!(rule.units.test(c.unit) || (c.unit === '' && token.printed === 0))) return false;
	if (token.compound) return false;
	if (c.paren && !rule.inParen) return false;
	if (rule.topics && (!c.topic || !rule.topics.includes(c.topic))) return false;
	if (rule.lead && !rule.lead.test(c.lead)) return false;
	if (rule.trail && !rule.trail.test(c.trail)) return false;
	if (!rule.parts && (speaksOfPart(c.lead) || namesSubPart(c.lead))) return false;
	if (CUMULATIVE.test(c.segment) || CHANGE.test(c.segment)) return false;
	if (rule.whole && /^其中(?!主动公开|通过|共|全年|本年)/.test(c.segment)) return false;
	return !rule.test || rule.test(c);
}

/** The printed characters of a token, as offsets into the normalized text (null if not contiguous). */
function spanOf(
	reading: Reading,
	clause: Clause,
	token: CountToken
): { start: number; end: number } | null {
	for (let i = token.start + 1; i < token.end; i++)
		if (clause.at[i] !== clause.at[i - 1]! + 1) return null;
	const first = clause.at[token.start];
	const last = clause.at[token.end - 1];
	if (first === undefined || last === undefined) return null;
	const start = reading.at[first];
	const end = reading.at[last];
	if (start === undefined || end === undefined) return null;
	return { start, end: end + 1 };
}

interface SentenceState {
	topic: Topic | null;
	head: string | null;
	/** The channel the previous clause named, and the part it belongs to. */
	channel: { part: number; channel: Channel | null } | null;
}

/** One extraction: the text, its reading and headings, and the facts found so far. */
interface Document {
	text: string;
	era: ReportFormat;
	reading: Reading;
	headings: readonly Heading[];
	skip: (start: number, end: number) => boolean;
	facts: Fact[];
}

export function extractProse(
	text: string,
	format: ReportFormat,
	skip: (start: number, end: number) => boolean
): Fact[] {
	if (format === 'unknown') return [];
	const reading = buildReading(text);
	const doc: Document = {
		text,
		era: format,
		reading,
		headings: findHeadings(reading.text),
		skip,
		facts: []
	};
	let carried: Topic | null = null;
	for (const sentence of splitSentences(reading)) {
		// "…共受理申请3561件。其中,当面提交申请的3101件": 其中 continues the previous sentence, as
		// does a sentence that opens with the next item of the same list ("予以公开…258件；…").
		const continues = CONTINUES.test(sentence.text.trim());
		const state: SentenceState = { topic: continues ? carried : null, head: null, channel: null };
		for (const clause of sentence.clauses) readClause(doc, sentence, clause, state);
		carried = state.topic;
	}
	return doc.facts;
}

function readClause(doc: Document, sentence: Sentence, clause: Clause, state: SentenceState): void {
	const { reading } = doc;
	const tokens = countTokens(clause.text);
	const channel = state.channel?.part === clause.part ? state.channel.channel : null;
	const clauseStart = clause.at[0] ?? sentence.start;
	const clauseEnd = (clause.at[clause.at.length - 1] ?? clauseStart) + 1;
	const earlier = reading.text.slice(Math.max(sentence.start, clauseStart - WINDOW), clauseStart);
	const around = reading.text.slice(
		Math.max(sentence.start, clauseStart - WINDOW),
		Math.min(sentence.start + sentence.text.length, clauseEnd + WINDOW)
	);
	let previousEnd = 0;
	tokens.forEach((token, i) => {
		const segment = unquote(tail(clause.text, previousEnd, token.start));
		state.topic = topicOf(segment) ?? state.topic;
		const unitEnd = (clause.at[token.unitEnd - 1] ?? 0) + 1;
		const section = sectionAt(doc.headings, clause.at[token.start] ?? 0);
		const context: ProseContext = {
			era: doc.era,
			lead: unquote(tail(clause.text, 0, token.start)),
			segment,
			unit: token.unit,
			trail: unquote(
				clause.text.slice(
					token.unitEnd,
					Math.min(tokens[i + 1]?.start ?? clause.text.length, token.unitEnd + WINDOW)
				)
			),
			next: reading.text.slice(unitEnd, unitEnd + 24),
			sentence: around,
			earlier,
			section: section.title,
			sectionDistance: section.distance,
			topic: state.topic,
			channel,
			head: state.head,
			paren: clause.paren
		};
		const rule = RULES.find((r) => fits(r, context, token));
		const span = rule ? spanOf(reading, clause, token) : null;
		if (rule && span && !doc.skip(span.start, span.end)) {
			const applicant = rule.applicant ?? 'total';
			doc.facts.push({
				metric: rule.metric,
				applicant,
				value: rule.tenThousandYuan ? token.printed : token.value,
				raw: doc.text.slice(span.start, span.end),
				approx: token.approx,
				span_start: span.start,
				span_end: span.end,
				method: 'prose'
			});
			if (applicant === 'total') state.head = rule.metric;
		}
		state.topic = topicOf(context.trail) ?? state.topic;
		previousEnd = token.unitEnd;
	});
	if (!tokens.length) state.topic = topicOf(unquote(clause.text.slice(-WINDOW))) ?? state.topic;
	state.channel = { part: clause.part, channel: channelOf(clause.text.slice(-WINDOW)) };
}
