import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportQuiz, parseExportFormat } from './export';
import { plainQuiz, trickyQuiz } from './fixtures.test-data';
import { safeFileStem } from './text';

describe('exportQuiz', () => {
	it.each(EXPORT_FORMATS)('gives %s a filename, a MIME type and content', (format) => {
		const file = exportQuiz(plainQuiz, format);
		expect(file.filename.startsWith('the-lighthouse-keepers-of-farrow-point')).toBe(true);
		expect(file.filename).toMatch(/\.(txt|csv|json)$/);
		expect(file.mimeType).toMatch(/^(text|application)\//);
		expect(file.content).toContain('Farrow Point');
	});

	it('gives each format its own file name', () => {
		const names = EXPORT_FORMATS.map((format) => exportQuiz(plainQuiz, format).filename);
		expect(new Set(names).size).toBe(names.length);
	});

	it('makes a safe file name from any title', () => {
		expect(safeFileStem(trickyQuiz.title)).toBe('signs-tilde-braces-hash-quotes-commas');
		expect(safeFileStem('../../etc/passwd')).toBe('etc-passwd');
		expect(safeFileStem('???')).toBe('quiz');
		expect(safeFileStem('CON')).toBe('con-quiz');
		expect(safeFileStem('Ça va: Zürich')).toBe('ça-va-zürich');
		expect(safeFileStem('x'.repeat(100)).length).toBeLessThanOrEqual(60);
	});
});

describe('parseExportFormat', () => {
	it('knows every format, reads "csv" as Kahoot, refuses the rest', () => {
		for (const format of EXPORT_FORMATS) expect(parseExportFormat(format)).toBe(format);
		expect(parseExportFormat('CSV')).toBe('csv-kahoot');
		expect(parseExportFormat('pdf')).toBeUndefined();
	});
});
