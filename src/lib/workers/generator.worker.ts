import { generateQuiz } from '$lib/generator';
import type { GenerateRequest, GeneratorReply } from './generator-messages';

// The NLP library is heavy: it is imported here only, so it never weighs on the first screen.
// The DOM and webworker type libraries clash in one program; this is the part of the worker scope used.
const scope = self as unknown as {
	postMessage(message: GeneratorReply): void;
	onmessage: ((event: MessageEvent<GenerateRequest>) => void) | null;
};

function reply(message: GeneratorReply): void {
	scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<GenerateRequest>) => {
	const { id, text, options } = event.data;
	try {
		const quiz = generateQuiz(text, {
			...options,
			onProgress: (done, total) => reply({ type: 'progress', id, done, total })
		});
		reply({ type: 'result', id, quiz });
	} catch (error) {
		reply({ type: 'error', id, message: String(error) });
	}
};
