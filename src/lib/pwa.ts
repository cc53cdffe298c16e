/** Registers the service worker that makes Factdeck work offline; updates apply on the next load. */
export async function registerServiceWorker(): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	const { registerSW } = await import('virtual:pwa-register');
	registerSW({ immediate: true });
}
