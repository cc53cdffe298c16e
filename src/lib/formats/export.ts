import type { PortableQuiz } from '../core/schemas';
import { exportAiken } from './aiken';
import { exportAnki } from './anki';
import { exportKahootCsv, exportQuizizzCsv, kahootWarnings } from './csv';
import { exportGift } from './gift-export';
import { exportJson } from './json';
import { safeFileStem } from './text';

/** The file formats a quiz can be exported to, in the order a menu should list them. */
export const EXPORT_FORMATS = [
	'gift',
	'aiken',
	'csv-kahoot',
	'csv-quizizz',
	'anki',
	'json'
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
	/** Safe on every system: the title's letters and digits, hyphens, and the format's ending. */
	filename: string;
	mimeType: string;
	content: string;
	/** Things the target tool may refuse (e.g. Kahoot's length limits); empty when none. */
	warnings: string[];
}

interface FormatInfo {
	label: string;
	ending: string;
	mimeType: string;
	write: (quiz: PortableQuiz) => string;
	warn?: (quiz: PortableQuiz) => string[];
}

const FORMATS: Record<ExportFormat, FormatInfo> = {
	// ".gift.txt": Moodle's file picker takes .txt; Factdeck's reader recognises GIFT in a .txt.
	gift: {
		label: 'Moodle GIFT',
		ending: '.gift.txt',
		mimeType: 'text/plain;charset=utf-8',
		write: exportGift
	},
	aiken: {
		label: 'Aiken (Moodle)',
		ending: '.aiken.txt',
		mimeType: 'text/plain;charset=utf-8',
		write: exportAiken
	},
	'csv-kahoot': {
		label: 'Kahoot! spreadsheet (CSV)',
		ending: '-kahoot.csv',
		mimeType: 'text/csv;charset=utf-8',
		write: exportKahootCsv,
		warn: kahootWarnings
	},
	'csv-quizizz': {
		label: 'Quizizz spreadsheet (CSV)',
		ending: '-quizizz.csv',
		mimeType: 'text/csv;charset=utf-8',
		write: exportQuizizzCsv
	},
	anki: {
		label: 'Anki (text import)',
		ending: '-anki.txt',
		mimeType: 'text/plain;charset=utf-8',
		write: exportAnki
	},
	json: {
		label: 'Factdeck JSON',
		ending: '.factdeck.json',
		mimeType: 'application/json',
		write: exportJson
	}
};

/** A human name for a format, for menus and messages. */
export function exportFormatLabel(format: ExportFormat): string {
	return FORMATS[format].label;
}

/**
 * The export format a name stands for, or undefined. Accepts the names above and, for the command
 * line's `--format csv`, 'csv' as Kahoot's layout.
 */
export function parseExportFormat(name: string): ExportFormat | undefined {
	const key = name.trim().toLowerCase();
	if (key === 'csv') return 'csv-kahoot';
	return (EXPORT_FORMATS as readonly string[]).includes(key) ? (key as ExportFormat) : undefined;
}

/** The one entry point for exports, shared by the quiz page and the CLI. */
export function exportQuiz(quiz: PortableQuiz, format: ExportFormat): ExportedFile {
	const info = FORMATS[format];
	return {
		filename: `${safeFileStem(quiz.title)}${info.ending}`,
		mimeType: info.mimeType,
		content: info.write(quiz),
		warnings: info.warn?.(quiz) ?? []
	};
}
