// Quiz ids exist only on the device, so this page is served by the SPA fallback.
export const prerender = false;
