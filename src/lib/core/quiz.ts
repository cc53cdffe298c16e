/** The question contract shared by the generator, storage, play, exports and the CLI. */

export const QUESTION_KINDS = [
	'who',
	'what',
	'which',
	'when',
	'where',
	'how-many',
	'how-much',
	'cloze'
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The sentence a question was made from; `text === article.slice(start, end)`. */
export interface SourceSentence {
	text: string;
	start: number;
	end: number;
}

export interface Question {
	id: string;
	kind: QuestionKind;
	prompt: string;
	/** Always four options. */
	options: string[];
	/** Index into `options` of the right answer. */
	answer: number;
	source: SourceSentence;
}

export const OPTION_COUNT = 4;
