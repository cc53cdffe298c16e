import type { GenerateOptions, GeneratedQuiz } from '$lib/generator';
import type { GenerateRequest, GeneratorReply } from './generator-messages';

/** Runs the question generator in a Web Worker so the page stays responsive. */
export class GeneratorClient {
	#worker: Worker | undefined;
	#nextId = 1;

	#getWorker(): Worker {
		this.#worker ??= new Worker(new URL('./generator.worker.ts', import.meta.url), {
			type: 'module',
			name: 'factdeck-generator'
		});
		return this.#worker;
	}

	generate(
		text: string,
		options: GenerateOptions & { signal?: AbortSignal } = {}
	): Promise<GeneratedQuiz> {
		const { onProgress, signal, ...rest } = options;
		const worker = this.#getWorker();
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			const cleanUp = () => {
				worker.removeEventListener('message', onMessage);
				worker.removeEventListener('error', onError);
				signal?.removeEventListener('abort', onAbort);
			};
			const onMessage = (event: MessageEvent<GeneratorReply>) => {
				const message = event.data;
				if (message.id !== id) return;
				if (message.type === 'progress') {
					onProgress?.(message.done, message.total);
					return;
				}
				cleanUp();
				if (message.type === 'result') resolve(message.quiz);
				else reject(new Error(message.message));
			};
			const onError = (event: ErrorEvent) => {
				cleanUp();
				this.terminate();
				reject(new Error(event.message || 'The question generator stopped unexpectedly.'));
			};
			const onAbort = () => {
				cleanUp();
				// A worker cannot be interrupted mid-task; a fresh one serves the next request.
				this.terminate();
				reject(new DOMException('Cancelled', 'AbortError'));
			};
			worker.addEventListener('message', onMessage);
			worker.addEventListener('error', onError);
			signal?.addEventListener('abort', onAbort);
			const request: GenerateRequest = { type: 'generate', id, text, options: rest };
			worker.postMessage(request);
		});
	}

	terminate(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
	}
}
