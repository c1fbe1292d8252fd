/**
 * The harvest's resumable download cache: one JSON record per URL and one body file per content
 * hash, written to a temporary name and renamed, so a run that is stopped part-way leaves no half
 * record and the next run starts where it stopped. A URL in the cache is never downloaded again
 * (unless the caller asks for a fresh copy, as `--refresh` does for listing pages).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CachedResponse {
	url: string;
	/** After redirects. */
	finalUrl: string;
	status: number;
	contentType: string;
	sha256: string;
	bytes: number;
	fetchedAt: string;
}

export const sha256Hex = (data: Uint8Array | string) =>
	createHash('sha256').update(data).digest('hex');

function writeAtomic(path: string, data: Uint8Array | string) {
	const tmp = `${path}.${process.pid}.tmp`;
	writeFileSync(tmp, data);
	renameSync(tmp, path);
}

export class HttpCache {
	constructor(readonly dir: string) {
		mkdirSync(join(dir, 'records'), { recursive: true });
		mkdirSync(join(dir, 'bodies'), { recursive: true });
	}

	private recordPath(url: string) {
		return join(this.dir, 'records', `${sha256Hex(url)}.json`);
	}

	get(url: string): { record: CachedResponse; body: Uint8Array } | null {
		const path = this.recordPath(url);
		if (!existsSync(path)) return null;
		try {
			const record = JSON.parse(readFileSync(path, 'utf8')) as CachedResponse;
			const body = new Uint8Array(readFileSync(join(this.dir, 'bodies', record.sha256)));
			// A body that does not hash to its name was damaged on disk: fetch it again.
			if (sha256Hex(body) !== record.sha256) return null;
			return { record, body };
		} catch {
			return null;
		}
	}

	put(record: Omit<CachedResponse, 'sha256' | 'bytes'>, body: Uint8Array): CachedResponse {
		const full: CachedResponse = { ...record, sha256: sha256Hex(body), bytes: body.byteLength };
		const bodyPath = join(this.dir, 'bodies', full.sha256);
		if (!existsSync(bodyPath)) writeAtomic(bodyPath, body);
		writeAtomic(this.recordPath(record.url), JSON.stringify(full, null, '\t'));
		return full;
	}
}
