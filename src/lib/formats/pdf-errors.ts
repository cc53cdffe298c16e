import { MAX_ARTICLE_CHARS } from '../core/article-text';

/**
 * What a person is told when a PDF cannot be used, and which pdf.js failure means which. pdf.js
 * rejects with its own exception classes, told apart by `name`; the classes are not imported here,
 * so this stays testable without pdf.js and the check survives minification of its code.
 */

const LIMIT = MAX_ARTICLE_CHARS.toLocaleString('en-GB');

export const PDF_MESSAGES = {
	password:
		'This PDF is locked with a password, so Factdeck cannot read it. Open it in a PDF app, copy the text, and paste it here.',
	damaged: 'This PDF could not be read: it is damaged or not really a PDF file.',
	noText:
		'This PDF has no text to read: its pages look like scanned pictures. Copy the text from the original document, or run text recognition (OCR) on the PDF first.',
	reader:
		'The PDF reader could not be loaded. Try again when you are online, or copy the text from the PDF and paste it here.',
	tooLong: `This PDF holds more than ${LIMIT} characters of text; Factdeck takes up to ${LIMIT}. Copy and paste a shorter part of it.`
} as const;

/** pdf.js's exception names (src/shared/util.js) that mean the file itself is at fault. */
const DAMAGED_NAMES = new Set([
	'InvalidPDFException',
	'FormatError',
	'UnknownErrorException',
	'MissingPDFException',
	'ResponseException'
]);

function nameAndMessage(error: unknown): { name: string; message: string } {
	if (typeof error !== 'object' || error === null) return { name: '', message: String(error) };
	const { name, message } = error as { name?: unknown; message?: unknown };
	return {
		name: typeof name === 'string' ? name : '',
		message: typeof message === 'string' ? message : ''
	};
}

/** The message for a pdf.js failure while opening a document or reading its pages. */
export function pdfErrorMessage(error: unknown): string {
	const { name, message } = nameAndMessage(error);
	if (name === 'PasswordException') return PDF_MESSAGES.password;
	if (DAMAGED_NAMES.has(name)) return PDF_MESSAGES.damaged;
	// The worker script failed to load or to start (pdf.js then tries, and fails, without one).
	if (/worker/i.test(message)) return PDF_MESSAGES.reader;
	return PDF_MESSAGES.damaged;
}
