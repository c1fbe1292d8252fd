/**
 * Downloads for the harvest, as a polite crawler does: robots.txt obeyed (its Crawl-delay too),
 * one request at a time per host with a delay between them, retries with exponential backoff on
 * network errors, time-outs, 429 and 5xx (Retry-After honoured up to a cap), a size limit and a
 * time limit per request, redirects followed hop by hop (each hop a request of its own host, under
 * its robots.txt), and every answer kept in the resumable cache.
 */
import robotsParser from 'robots-parser';
import { HttpCache, type CachedResponse } from './http-cache.ts';

export const USER_AGENT = 'OGI-Atlas-harvest/1.0 (annual-report harvester; obeys robots.txt)';

export type HarvestErrorKind =
	'robots' | 'http' | 'timeout' | 'too-large' | 'network' | 'redirects';

/** One URL that could not be had, with a sentence that says why. */
export class HarvestError extends Error {
	constructor(
		readonly url: string,
		readonly kind: HarvestErrorKind,
		message: string
	) {
		super(message);
	}
}

export interface Fetched extends CachedResponse {
	body: Uint8Array;
	fromCache: boolean;
}

export interface FetcherOptions {
	cache: HttpCache;
	/** Milliseconds between two requests to one host (robots.txt's Crawl-delay wins if longer). */
	delayMs: number;
	/** The whole request, headers and body, must finish within this. */
	timeoutMs: number;
	maxBytes: number;
	/** Tries after the first. */
	retries: number;
	/** The first retry waits this long, each next one twice as long. */
	backoffMs: number;
	/** The longest wait a Retry-After header may ask for. */
	maxRetryAfterMs?: number;
	userAgent?: string;
	/** Called with every request actually sent (not for cache hits), for logs and tests. */
	onRequest?: (url: string) => void;
	now?: () => number;
	sleep?: (ms: number) => Promise<void>;
}

interface Robots {
	isAllowed(url: string, ua?: string): boolean | undefined;
	getCrawlDelay(ua?: string): number | undefined;
}

interface HostState {
	queue: Promise<unknown>;
	lastRequest: number;
	robots?: Promise<Robots | null>;
	/** robots.txt's Crawl-delay, once it has been read. */
	crawlDelayMs: number;
}

const RETRYABLE = (status: number) => status === 429 || status === 408 || status >= 500;
const ROBOTS_MAX_AGE_MS = 24 * 3600 * 1000;
const MAX_REDIRECTS = 5;

export class PoliteFetcher {
	private hosts = new Map<string, HostState>();
	private readonly ua: string;
	private readonly now: () => number;
	private readonly sleep: (ms: number) => Promise<void>;

	constructor(private readonly o: FetcherOptions) {
		this.ua = o.userAgent ?? USER_AGENT;
		this.now = o.now ?? Date.now;
		this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
	}

	/** The document at `url`: from the cache when it has it (and `fresh` is not asked), else fetched. */
	async get(url: string, { fresh = false } = {}): Promise<Fetched> {
		if (!fresh) {
			const hit = this.o.cache.get(url);
			if (hit) return { ...hit.record, body: hit.body, fromCache: true };
		}
		let current = url;
		for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
			const robots = await this.robotsOf(current);
			if (robots && robots.isAllowed(current, this.ua) === false)
				throw new HarvestError(url, 'robots', `${current}: robots.txt does not allow this address`);
			const r = await this.withRetries(current);
			if (r.location) {
				current = new URL(r.location, current).href;
				continue;
			}
			if (r.status >= 400)
				throw new HarvestError(url, 'http', `${current}: the server answered HTTP ${r.status}`);
			const record = this.o.cache.put(
				{
					url,
					finalUrl: current,
					status: r.status,
					contentType: r.contentType,
					fetchedAt: new Date(this.now()).toISOString()
				},
				r.body
			);
			return { ...record, body: r.body, fromCache: false };
		}
		throw new HarvestError(url, 'redirects', `${url}: more than ${MAX_REDIRECTS} redirects`);
	}

	private host(url: string): HostState {
		const key = new URL(url).host;
		let h = this.hosts.get(key);
		if (!h)
			this.hosts.set(
				key,
				(h = { queue: Promise.resolve(), lastRequest: -Infinity, crawlDelayMs: 0 })
			);
		return h;
	}

	/** robots.txt of the URL's origin, read once per run (and cached for a day): null allows all. */
	private robotsOf(url: string): Promise<Robots | null> {
		const h = this.host(url);
		if (!h.robots) {
			const robotsUrl = new URL('/robots.txt', url).href;
			h.robots = (async () => {
				const hit = this.o.cache.get(robotsUrl);
				let text: string;
				if (hit && this.now() - Date.parse(hit.record.fetchedAt) < ROBOTS_MAX_AGE_MS)
					text = hit.record.status < 400 ? new TextDecoder().decode(hit.body) : '';
				else {
					try {
						const r = await this.withRetries(robotsUrl);
						if (r.status >= 500)
							throw new HarvestError(url, 'robots', `${robotsUrl} answered HTTP ${r.status}`);
						// A missing robots.txt (4xx) allows everything; so does a redirect we do not chase.
						const ok = !r.location && r.status < 400;
						text = ok ? new TextDecoder().decode(r.body) : '';
						this.o.cache.put(
							{
								url: robotsUrl,
								finalUrl: robotsUrl,
								status: ok ? r.status : 404,
								contentType: r.contentType,
								fetchedAt: new Date(this.now()).toISOString()
							},
							ok ? r.body : new Uint8Array()
						);
					} catch (error) {
						// A host whose robots.txt cannot be read at all (5xx, time-out) is not crawled:
						// the conservative reading of RFC 9309 §2.3.1.4.
						if (error instanceof HarvestError)
							throw new HarvestError(
								url,
								'robots',
								`robots.txt could not be read (${error.message}); the host is not crawled`
							);
						throw error;
					}
				}
				const robots = text ? (robotsParser(robotsUrl, text) as Robots) : null;
				h.crawlDelayMs = (robots?.getCrawlDelay(this.ua) ?? 0) * 1000;
				return robots;
			})();
		}
		return h.robots;
	}

	/** One request through the host's queue, tried again on failures worth a retry. */
	private async withRetries(url: string) {
		let wait = this.o.backoffMs;
		for (let attempt = 0; ; attempt++) {
			try {
				const r = await this.queued(url);
				if (!RETRYABLE(r.status) || attempt >= this.o.retries) return r;
				const after = retryAfterMs(r.retryAfter, this.now());
				await this.sleep(Math.min(Math.max(after ?? wait, wait), this.o.maxRetryAfterMs ?? 60_000));
			} catch (error) {
				const e = error as HarvestError;
				if (!(e instanceof HarvestError) || e.kind === 'too-large' || attempt >= this.o.retries)
					throw error;
				await this.sleep(wait);
			}
			wait *= 2;
		}
	}

	private queued(url: string) {
		const h = this.host(url);
		const run = h.queue.then(async () => {
			const gap = Math.max(this.o.delayMs, h.crawlDelayMs);
			const due = h.lastRequest + gap - this.now();
			if (due > 0) await this.sleep(due);
			try {
				return await this.request(url);
			} finally {
				h.lastRequest = this.now();
			}
		});
		h.queue = run.catch(() => undefined);
		return run;
	}

	private async request(url: string) {
		this.o.onRequest?.(url);
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), this.o.timeoutMs);
		try {
			const res = await fetch(url, {
				redirect: 'manual',
				signal: controller.signal,
				headers: { 'user-agent': this.ua, accept: '*/*' }
			});
			const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
			const declared = Number(res.headers.get('content-length') ?? NaN);
			if (declared > this.o.maxBytes) {
				controller.abort();
				throw new HarvestError(url, 'too-large', tooLarge(url, declared, this.o.maxBytes));
			}
			const body = await readLimited(res, this.o.maxBytes, url);
			return {
				status: res.status,
				location,
				contentType: res.headers.get('content-type') ?? '',
				retryAfter: res.headers.get('retry-after'),
				body
			};
		} catch (error) {
			if (error instanceof HarvestError) throw error;
			if (controller.signal.aborted)
				throw new HarvestError(
					url,
					'timeout',
					`${url}: no complete answer within ${this.o.timeoutMs / 1000} s`
				);
			const cause = (error as { cause?: { code?: string } }).cause?.code;
			throw new HarvestError(
				url,
				'network',
				`${url}: ${cause ?? (error as Error).message} (the server could not be reached)`
			);
		} finally {
			clearTimeout(timer);
		}
	}
}

const tooLarge = (url: string, bytes: number, max: number) =>
	`${url}: ${bytes.toLocaleString('en')} bytes or more, over the limit of ${max.toLocaleString('en')}`;

async function readLimited(res: Response, max: number, url: string): Promise<Uint8Array> {
	if (!res.body) return new Uint8Array();
	const chunks: Uint8Array[] = [];
	let total = 0;
	const reader = res.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > max) {
			await reader.cancel();
			throw new HarvestError(url, 'too-large', tooLarge(url, total, max));
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.byteLength;
	}
	return out;
}

/** Retry-After as milliseconds from now: seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | null {
	if (!value) return null;
	if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
	const at = Date.parse(value);
	return Number.isNaN(at) ? null : Math.max(0, at - now);
}
