// pdfjs-dist ships no types for its worker module. The unit tests import it only to hand it to pdf.js
// (pdf.js runs it in the same thread in Node), so its one export is all that is declared.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
	export const WorkerMessageHandler: unknown;
}
