/**
 * The dictionaries that only some pages need (console-strings.ts, …) register here when their
 * module is imported; strings.ts's t() looks a key up in its own dictionary, then here. So a page
 * downloads only the strings it can show.
 */
type Dictionary = Readonly<Record<string, string>>;

const registered: { zh: Record<string, string>; en: Record<string, string> } = { zh: {}, en: {} };

export function registerStrings(zh: Dictionary, en: Dictionary): void {
	Object.assign(registered.zh, zh);
	Object.assign(registered.en, en);
}

/** Every registered string of one language. */
export function registeredStrings(lang: 'zh' | 'en'): Dictionary {
	return registered[lang];
}
