import type { GenerateOptions, GeneratedQuiz } from '$lib/generator';

/** Messages between the page and the generator worker. */

export interface GenerateRequest {
	type: 'generate';
	id: number;
	text: string;
	options: Omit<GenerateOptions, 'onProgress'>;
}

export type GeneratorReply =
	| { type: 'progress'; id: number; done: number; total: number }
	| { type: 'result'; id: number; quiz: GeneratedQuiz }
	| { type: 'error'; id: number; message: string };
