/**
 * Tells the other tabs of this site that the reader's imports changed (one added or deleted), so
 * their import list and explorer show the imports as they now are. A BroadcastChannel reaches every
 * other page of our origin in this browser, never this page itself (it posts and listens on the
 * same channel object) and nothing outside the browser. Where there is no BroadcastChannel, nothing
 * is sent and other tabs update on their next load, as before.
 */
const CHANNEL = 'ogi-atlas-imports';

let channel: BroadcastChannel | null | undefined;

function shared(): BroadcastChannel | null {
	if (channel === undefined)
		channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
	return channel;
}

/** After an import was added or deleted (and stored): the other tabs reload theirs. */
export function announceImportsChanged(): void {
	shared()?.postMessage({ type: 'imports-changed' });
}

/** Calls `listener` when another tab added or deleted an import; returns the unsubscribe. */
export function onImportsChanged(listener: () => void): () => void {
	const c = shared();
	if (!c) return () => {};
	const handle = (event: MessageEvent) => {
		if ((event.data as { type?: unknown } | null)?.type === 'imports-changed') listener();
	};
	c.addEventListener('message', handle);
	return () => c.removeEventListener('message', handle);
}
