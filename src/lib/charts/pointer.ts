/**
 * Pointer interaction for a layer of marks: the layout says which mark is under (or nearest to) the
 * pointer, so small marks get a generous target and nothing depends on exact hits. Keyboard access
 * is on the marks themselves (mark-focus.svelte.ts); this is the pointer equivalent.
 */
import type { Attachment } from 'svelte/attachments';
import { on } from 'svelte/events';

export interface PointerTarget<T> {
	/** The mark at chart coordinates (x, y), or null. */
	hit(x: number, y: number): T | null;
	/** Hovered mark changed (null when the pointer leaves). */
	hover(mark: T | null): void;
	/** A click or tap on a mark. */
	select(mark: T): void;
}

export function pointerTarget<T>(target: PointerTarget<T>): Attachment<SVGSVGElement> {
	return (svg) => {
		const at = (event: MouseEvent): T | null => {
			const box = svg.getBoundingClientRect();
			const viewWidth = svg.viewBox.baseVal?.width || box.width;
			const scale = box.width > 0 ? viewWidth / box.width : 1;
			return target.hit((event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
		};
		const move = (event: PointerEvent) => target.hover(at(event));
		const leave = () => target.hover(null);
		const click = (event: MouseEvent) => {
			const mark = at(event);
			if (mark === null) return;
			target.hover(mark);
			target.select(mark);
		};
		// Through `on`: the listeners run outside any reactive context (see mark-focus.svelte.ts). An
		// SVG element gets `on`'s untyped overload: the DOM gives these types the events named.
		const off = [
			on(svg, 'pointermove', move as EventListener),
			on(svg, 'pointerleave', leave),
			on(svg, 'click', click as EventListener)
		];
		return () => {
			for (const remove of off) remove();
		};
	};
}
