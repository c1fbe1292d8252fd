/**
 * The active mark of a chart and the keyboard on its marks, once for every chart: `{@attach
 * focus.mark(m)}` on a mark registers it, makes focus show its tooltip (blur hides it), Enter/Space
 * select it, Escape hide the tooltip, and the arrow keys (Home/End) move focus to the mark the
 * chart's `neighbor` names (chart-focus.ts). The pointer layer (pointer.ts) calls `hover`.
 */
import type { Attachment } from 'svelte/attachments';
import { on } from 'svelte/events';
import { isSelectKey } from './chart-focus';
import type { SourceRef } from './chart-types';

export interface MarkFocusOptions<T> {
	/** A mark's stable key (the same mark keeps it when the chart is laid out again). */
	key: (mark: T) => string;
	/** The mark an arrow, Home or End key moves to, or null (chart-focus.ts). */
	neighbor: (mark: T, key: string) => T | null;
	/** Enter/Space on a mark (and a click, through the pointer layer). */
	select?: (mark: T) => void;
}

/**
 * The `select` of a chart whose marks open their report's source: the mark's source, when it has
 * one, goes to the chart's `onselect` (read when the mark is selected, so the current prop).
 */
export function openSource<T>(
	sourceOf: (mark: T) => SourceRef | null | undefined,
	onselect: () => ((source: SourceRef) => void) | undefined
): (mark: T) => void {
	return (mark) => {
		const source = sourceOf(mark);
		if (source) onselect()?.(source);
	};
}

export class MarkFocus<T> {
	/** The key of the hovered or focused mark, whose tooltip shows. */
	activeKey = $state<string | null>(null);
	/** The key of the mark focused last: the one tab stop of a roving chart. */
	lastKey = $state<string | null>(null);
	readonly #options: MarkFocusOptions<T>;
	// Not state: the elements are looked up on a key press, never drawn from.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #elements = new Map<string, SVGElement>();

	constructor(options: MarkFocusOptions<T>) {
		this.#options = options;
	}

	key(mark: T): string {
		return this.#options.key(mark);
	}

	/** The active mark among `marks`, or null. */
	active(marks: readonly T[]): T | null {
		return this.activeKey === null
			? null
			: (marks.find((m) => this.#options.key(m) === this.activeKey) ?? null);
	}

	/** For a roving tab stop: the key of the last focused mark if it is still drawn, else the first. */
	stop(marks: readonly T[]): string | null {
		const keys = marks.map((m) => this.#options.key(m));
		return this.lastKey !== null && keys.includes(this.lastKey) ? this.lastKey : (keys[0] ?? null);
	}

	hover = (mark: T | null): void => {
		this.activeKey = mark === null ? null : this.#options.key(mark);
	};

	select = (mark: T): void => {
		this.#options.select?.(mark);
	};

	/**
	 * The attachment of one mark. `hover: true` also shows the tooltip while the pointer is over the
	 * mark itself (for a chart without a pointer layer).
	 */
	mark(mark: T, { hover = false } = {}): Attachment<SVGElement> {
		return (element) => {
			const key = this.#options.key(mark);
			this.#elements.set(key, element);
			const show = () => (this.activeKey = key);
			const hide = () => {
				if (this.activeKey === key) this.activeKey = null;
			};
			const focus = () => {
				this.lastKey = key;
				show();
			};
			const keydown = (event: KeyboardEvent) => {
				if (isSelectKey(event)) {
					if (!this.#options.select) return;
					event.preventDefault();
					this.#options.select(mark);
				} else if (event.key === 'Escape') {
					this.activeKey = null;
				} else {
					const next = this.#options.neighbor(mark, event.key);
					if (next) {
						event.preventDefault();
						this.#elements.get(this.#options.key(next))?.focus();
					}
				}
			};
			// Through `on`, not addEventListener: the listeners run outside any reactive context. A
			// focus or blur is dispatched synchronously by whatever moves the focus, and that may be an
			// effect (the explorer's source panel focuses itself when it opens): a plain listener's reads
			// of activeKey would become that effect's dependencies and its writes would re-run it, which
			// moves the focus again, without end (effect_update_depth_exceeded). (An SVG element gets
			// `on`'s untyped overload: a keydown is a KeyboardEvent.)
			const off = [
				on(element, 'focus', focus),
				on(element, 'blur', hide),
				on(element, 'keydown', keydown as EventListener),
				...(hover ? [on(element, 'mouseenter', show), on(element, 'mouseleave', hide)] : [])
			];
			return () => {
				if (this.#elements.get(key) === element) this.#elements.delete(key);
				for (const remove of off) remove();
			};
		};
	}
}
