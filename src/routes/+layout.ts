// A static site: every page is prerendered; data loads in the browser.
export const prerender = true;
export const trailingSlash = 'never';
