// Every screen is prerendered to static HTML; quiz pages use the SPA fallback.
export const prerender = true;
export const trailingSlash = 'never';
