import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readArticleFile, type ArticleFileLike, type ArticleFileResult } from './article-file';
import { buildDocx, buildDocxClaiming, buildNonWordZip } from './docx.test-data';
import { exportGift } from './gift-export';
import type { HtmlParser } from './html-article';
import { exportJson } from './json';
import { plainQuiz } from './fixtures.test-data';
import { buildPdf, loadNodePdfjs } from './pdf.test-data';

// Readability's own minimal DOM parser (shipped in its package for its tests) stands in for the
// browser's DOMParser: no DOM library is installed for unit tests. It wants void elements closed
// (`<br/>`), so the test page is written that way; the e2e tests cover real browser parsing.
const require = createRequire(import.meta.url);
const JSDOMParser = require('@mozilla/readability/JSDOMParser.js') as new () => {
	parse(html: string): Document;
};
const domParser: HtmlParser = { parseFromString: (html) => new JSDOMParser().parse(html) };

function fileOf(name: string, content: string | Uint8Array, type = ''): ArticleFileLike {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	return {
		name,
		type,
		size: bytes.byteLength,
		arrayBuffer: async () =>
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
	};
}

function expectArticle(result: ArticleFileResult) {
	if (!result.ok) throw new Error(result.reason);
	if (result.kind !== 'article') throw new Error('expected an article');
	return result;
}

function expectRefusal(result: ArticleFileResult, words: RegExp) {
	expect(result.ok).toBe(false);
	if (!result.ok) expect(result.reason).toMatch(words);
}

const PROSE =
	'The ferry crossed the bay at dawn. It carried forty bicycles. The harbour master counted them twice.';

describe('readArticleFile: plain text', () => {
	it('reads a .txt file, titled by its file name', async () => {
		const result = expectArticle(await readArticleFile(fileOf('bay_ferry.txt', PROSE)));
		expect(result.title).toBe('bay ferry');
		expect(result.text).toBe(PROSE);
	});

	it('decodes a UTF-8 byte-order mark and falls back to Windows-1252 for older files', async () => {
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café crème.')]);
		expect(expectArticle(await readArticleFile(fileOf('a.txt', bom))).text).toBe('Café crème.');
		const latin = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]);
		expect(expectArticle(await readArticleFile(fileOf('b.txt', latin))).text).toBe('Café “ok”');
	});

	it('reads a file with no ending by its MIME type', async () => {
		expect(expectArticle(await readArticleFile(fileOf('notes', PROSE, 'text/plain'))).text).toBe(
			PROSE
		);
	});
});

describe('readArticleFile: Markdown', () => {
	it('strips the syntax, keeps the prose, and takes the first heading as the title', async () => {
		const md = [
			'# The *Ferry* of Brill Bay',
			'',
			'The ferry crossed the [bay](https://example.org/bay) at **dawn**.',
			'',
			'- It carried `forty` bicycles.',
			'',
			'```js',
			'console.log("not prose");',
			'```',
			'![a photo](photo.jpg)'
		].join('\n');
		const result = expectArticle(await readArticleFile(fileOf('notes.md', md)));
		expect(result.title).toBe('The Ferry of Brill Bay');
		expect(result.text).toBe(
			'The Ferry of Brill Bay\n\nThe ferry crossed the bay at dawn.\n\nIt carried forty bicycles.'
		);
	});
});

describe('readArticleFile: HTML', () => {
	const page = `<!doctype html><html><head><title>Ferry news - Brill Gazette</title>
		<script>document.title = 'hacked'</script></head><body>
		<nav><a href="/">Home</a> <a href="/news">News</a></nav>
		<article><h1>The ferry of Brill Bay</h1>
		<p>${PROSE} The crossing took forty minutes in calm weather.</p>
		<p>On the return trip, the captain counted seventy passengers.<br/>Most of them were students.</p>
		<p>The harbour master said the bay had not been so busy since the summer fair.</p>
		</article><footer>Copyright the Gazette</footer></body></html>`;

	it('keeps the readable article as paragraphs, never running its scripts', async () => {
		const result = expectArticle(await readArticleFile(fileOf('ferry.html', page), { domParser }));
		expect(result.text).toContain(PROSE);
		expect(result.text).toContain('seventy passengers.\nMost of them');
		expect(result.text).toMatch(/weather\.\n\nOn the return/);
		expect(result.text).not.toContain('Home');
		expect(result.text).not.toContain('Copyright');
		expect(result.text).not.toContain('document.title');
		expect(result.title).toMatch(/^Ferry news/);
	});

	it('refuses HTML when no parser is given (outside the browser)', async () => {
		expectRefusal(
			await readArticleFile(fileOf('ferry.htm', page)),
			/only be opened in the browser/
		);
	});
});

describe('readArticleFile: Word .docx', () => {
	it('reads the paragraphs of a .docx built in the test', async () => {
		const docx = buildDocx(['The ferry crossed the bay.', 'It carried forty bicycles & a cart.']);
		const result = expectArticle(await readArticleFile(fileOf('Ferry report.docx', docx)));
		expect(result.title).toBe('Ferry report');
		expect(result.text).toBe('The ferry crossed the bay.\n\nIt carried forty bicycles & a cart.');
	});

	it('refuses a .docx that is not a zip, or not a Word document', async () => {
		expectRefusal(await readArticleFile(fileOf('a.docx', 'plain text')), /not a Word document/);
		expectRefusal(await readArticleFile(fileOf('b.docx', buildNonWordZip())), /not a Word/);
	});

	it('refuses a .docx that claims to unpack to more than 50 MB, before inflating it', async () => {
		let loaded = false;
		const result = await readArticleFile(fileOf('bomb.docx', buildDocxClaiming(60 * 1024 * 1024)), {
			loadDocxReader: async () => {
				loaded = true;
				throw new Error('must not load');
			}
		});
		expectRefusal(result, /more than 50 MB/);
		expect(loaded).toBe(false);
	});
});

describe('readArticleFile: PDF', () => {
	const pages = [{ lines: [PROSE, '', 'The harbour master wrote it all down.'] }];
	const deps = { loadPdfReader: loadNodePdfjs };

	it('reads the text layer, titled by the PDF’s own title', async () => {
		const pdf = buildPdf(pages, { title: 'Ferry crossings' });
		const result = expectArticle(await readArticleFile(fileOf('scan_0042.pdf', pdf), deps));
		expect(result.title).toBe('Ferry crossings');
		expect(result.text).toBe(`${PROSE}\n\nThe harbour master wrote it all down.`);
	});

	it('is titled by the file name when the PDF has no title, and is found by its MIME type', async () => {
		const pdf = buildPdf(pages);
		const named = expectArticle(await readArticleFile(fileOf('bay_ferry.PDF', pdf), deps));
		expect(named.title).toBe('bay ferry');
		const typed = await readArticleFile(fileOf('download', pdf, 'application/pdf'), deps);
		expect(expectArticle(typed).text).toContain('forty bicycles');
	});

	it('refuses a file that is not a PDF, a locked PDF and a scanned one', async () => {
		const random = Uint8Array.from({ length: 300 }, (_, i) => (i * 97 + 13) % 256);
		expectRefusal(await readArticleFile(fileOf('x.pdf', random), deps), /damaged or not really/);
		const locked = buildPdf(pages, { locked: true });
		expectRefusal(await readArticleFile(fileOf('l.pdf', locked), deps), /locked with a password/);
		const scanned = buildPdf([{ lines: [] }]);
		expectRefusal(await readArticleFile(fileOf('s.pdf', scanned), deps), /scanned pictures/);
	});
});

describe('readArticleFile: quiz files', () => {
	it('reads Factdeck JSON and GIFT (as .gift or inside a .txt) as quizzes', async () => {
		for (const file of [
			fileOf('quiz.json', exportJson(plainQuiz)),
			fileOf('quiz.gift', exportGift(plainQuiz)),
			fileOf('quiz.gift.txt', exportGift(plainQuiz))
		]) {
			const result = await readArticleFile(file);
			if (!result.ok || result.kind !== 'quiz') throw new Error(`${file.name} not read as a quiz`);
			expect(result.quiz.title).toBe(plainQuiz.title);
			expect(result.quiz.questions.map((q) => q.options)).toEqual(
				plainQuiz.questions.map((q) => q.options)
			);
		}
	});

	it('passes a quiz file’s refusal on', async () => {
		expectRefusal(
			await readArticleFile(fileOf('data.json', '{"rows": []}')),
			/not a Factdeck quiz/
		);
	});
});

describe('readArticleFile: refusals', () => {
	it('refuses files over 5 MB without reading them', async () => {
		const huge: ArticleFileLike = {
			name: 'big.txt',
			type: 'text/plain',
			size: 5 * 1024 * 1024 + 1,
			arrayBuffer: () => Promise.reject(new Error('must not be read'))
		};
		expectRefusal(await readArticleFile(huge), /too big: 5\.1 MB.*up to 5 MB/);
	});

	it.each([
		['photo.jpg', /\.jpg files cannot be read.*\.docx/],
		['old.doc', /Save it as \.docx/],
		['mystery', /This kind of file cannot be read/]
	])('refuses %s with a clear message', async (name, words) => {
		expectRefusal(await readArticleFile(fileOf(name, 'x')), words);
	});

	it('refuses empty files, over-long text, and files that fail to load', async () => {
		expectRefusal(await readArticleFile(fileOf('empty.txt', '  \n ')), /no text/);
		expectRefusal(
			await readArticleFile(fileOf('long.txt', 'word '.repeat(70_000))),
			/takes up to 300,000/
		);
		const broken: ArticleFileLike = {
			name: 'gone.txt',
			type: '',
			size: 10,
			arrayBuffer: () => Promise.reject(new Error('NotReadableError'))
		};
		expectRefusal(await readArticleFile(broken), /could not be read/);
	});
});
