import { describe, expect, it } from 'vitest';
import { preferredLocation, urlLang, withLang } from './lang-preference';

describe('language preference', () => {
	it('sets lang on an internal link, keeping its query and hash', () => {
		expect(withLang('/explore', 'en')).toBe('/explore?lang=en');
		expect(withLang('/explore?regions=350128&lang=zh#x', 'en')).toBe(
			'/explore?regions=350128&lang=en#x'
		);
	});

	it('sends a URL without lang to the remembered language, but not an embed or a URL with one', () => {
		const u = (s: string) => new URL(s, 'http://h');
		expect(preferredLocation(u('/coverage'), 'en')).toBe('/coverage?lang=en');
		expect(preferredLocation(u('/sql?q=1'), 'en')).toBe('/sql?q=1&lang=en');
		expect(preferredLocation(u('/coverage?lang=zh'), 'en')).toBeNull();
		expect(preferredLocation(u('/coverage'), 'zh')).toBeNull();
		expect(preferredLocation(u('/coverage'), null)).toBeNull();
		expect(preferredLocation(u('/embed/trend'), 'en')).toBeNull();
		expect(preferredLocation(u('/explore?lang=klingon'), 'en')).toBeNull();
		expect(urlLang(u('/x?lang=fr'))).toBeNull();
	});
});
