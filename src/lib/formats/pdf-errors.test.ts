import { describe, expect, it } from 'vitest';
import { PDF_MESSAGES, pdfErrorMessage } from './pdf-errors';

/** An error shaped like pdf.js's: a class of its own, told apart by `name`. */
function pdfjsError(name: string, message = 'detail') {
	return Object.assign(new Error(message), { name });
}

describe('pdfErrorMessage', () => {
	it('says a PDF is locked when pdf.js asks for a password', () => {
		expect(pdfErrorMessage(pdfjsError('PasswordException', 'No password given'))).toBe(
			PDF_MESSAGES.password
		);
		expect(PDF_MESSAGES.password).toMatch(/password/);
	});

	it.each(['InvalidPDFException', 'FormatError', 'UnknownErrorException', 'ResponseException'])(
		'says a PDF is damaged for %s',
		(name) => {
			expect(pdfErrorMessage(pdfjsError(name))).toBe(PDF_MESSAGES.damaged);
		}
	);

	it('says the reader could not start when its worker fails', () => {
		const error = new Error('Setting up fake worker failed: "Failed to fetch".');
		expect(pdfErrorMessage(error)).toBe(PDF_MESSAGES.reader);
	});

	it('falls back to "damaged" for anything else, including values that are not errors', () => {
		expect(pdfErrorMessage(new TypeError('x is undefined'))).toBe(PDF_MESSAGES.damaged);
		expect(pdfErrorMessage('a string')).toBe(PDF_MESSAGES.damaged);
		expect(pdfErrorMessage(null)).toBe(PDF_MESSAGES.damaged);
		expect(pdfErrorMessage({ name: 42 })).toBe(PDF_MESSAGES.damaged);
	});

	it('words every message for a person, with what to do next', () => {
		for (const message of Object.values(PDF_MESSAGES)) {
			expect(message).toMatch(/^This PDF|^The PDF reader/);
			expect(message).not.toMatch(/exception|undefined|worker/i);
		}
		expect(PDF_MESSAGES.tooLong).toContain('300,000');
	});
});
