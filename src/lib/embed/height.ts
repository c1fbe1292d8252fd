/**
 * The height message an embed posts to its host page, on load and whenever the body resizes:
 * `{ type: 'ogi:height', height, chart, href }` (nothing private, so targetOrigin '*').
 * Returns the cleanup for an $effect.
 */
export interface HeightMessage {
	type: 'ogi:height';
	height: number;
	chart: string;
	href: string;
}

export function postHeight(chart: string): () => void {
	if (typeof window === 'undefined' || window.parent === window) return () => {};
	let last = -1;
	const send = () => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		const message: HeightMessage = { type: 'ogi:height', height, chart, href: location.href };
		window.parent.postMessage(message, '*');
	};
	send();
	const observer = new ResizeObserver(send);
	observer.observe(document.body);
	return () => observer.disconnect();
}
