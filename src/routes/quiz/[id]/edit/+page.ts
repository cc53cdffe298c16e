// Quiz ids exist only on the device, so these pages are served by the SPA fallback.
export const prerender = false;
