import { describe, expect, it, vi } from 'vitest';
import { announceImportsChanged, onImportsChanged } from './imports-channel';

describe('the imports channel between tabs', () => {
	it('tells another page of the origin, not this one, and stops after unsubscribing', async () => {
		// Another tab: its own channel of the same name (Node has BroadcastChannel like browsers).
		const other = new BroadcastChannel('ogi-atlas-imports');
		const received: unknown[] = [];
		other.onmessage = (e) => received.push(e.data);
		const here = vi.fn();
		const unsubscribe = onImportsChanged(here);

		announceImportsChanged();
		await vi.waitFor(() => expect(received).toEqual([{ type: 'imports-changed' }]));
		expect(here).not.toHaveBeenCalled();

		// A message from the other tab reaches this page's listener.
		other.postMessage({ type: 'imports-changed' });
		await vi.waitFor(() => expect(here).toHaveBeenCalledTimes(1));
		other.postMessage({ type: 'something-else' });
		unsubscribe();
		// Messages arrive in order: once a later listener has its message, the earlier one had its
		// chance to be (wrongly) called.
		const later = vi.fn();
		const unsubscribeLater = onImportsChanged(later);
		other.postMessage({ type: 'imports-changed' });
		await vi.waitFor(() => expect(later).toHaveBeenCalledTimes(1));
		expect(here).toHaveBeenCalledTimes(1);
		unsubscribeLater();
		other.close();
	});
});
