// Vite builds pdf.js's worker as a .js file of the app (same origin, so the CSP's `worker-src 'self'`
// allows it, and precached by the service worker with the rest of the app for offline use). Only
// its address is imported here; this module itself is loaded only when a PDF is opened.
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?worker&url';
import type { PdfJs } from './pdf';

/**
 * Loads pdf.js in the browser, on first use. The "legacy" build is the one that runs on the phones
 * schools have: the modern build calls JavaScript added to browsers in 2024–2026 (such as
 * `Map.prototype.getOrInsertComputed`) without polyfills, and fails on older Safari and Chrome.
 */
export async function loadPdfjs(): Promise<PdfJs> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
	return pdfjs;
}
