import { Readability } from '@mozilla/readability';

/**
 * The readable article of an HTML page, as text. The page is parsed by a DOMParser the caller passes
 * in (the browser's `new DOMParser()`, which builds an inert document: no script runs, nothing is
 * fetched), then Mozilla's Readability keeps the article and drops menus, ads and footers. The text
 * is taken from the resulting nodes, one paragraph per block element, so paragraphs survive.
 *
 * This module is loaded only when an HTML file is opened (see article-file.ts).
 */

export interface HtmlParser {
	parseFromString(html: string, type: 'text/html'): Document;
}

/** The few node fields the text walk reads; a browser DOM node has them all. */
export interface TextNodeLike {
	nodeType: number;
	nodeName: string;
	nodeValue: string | null;
	textContent: string | null;
	childNodes: ArrayLike<TextNodeLike>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const SKIPPED = new Set([
	'SCRIPT',
	'STYLE',
	'NOSCRIPT',
	'TEMPLATE',
	'SVG',
	'CANVAS',
	'IFRAME',
	'OBJECT',
	'HEAD',
	'NAV',
	'BUTTON',
	'SELECT',
	'FORM'
]);

const BLOCKS = new Set([
	'ADDRESS',
	'ARTICLE',
	'ASIDE',
	'BLOCKQUOTE',
	'DD',
	'DETAILS',
	'DIV',
	'DL',
	'DT',
	'FIGCAPTION',
	'FIGURE',
	'FOOTER',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'HEADER',
	'HR',
	'LI',
	'MAIN',
	'OL',
	'P',
	'PRE',
	'SECTION',
	'SUMMARY',
	'TABLE',
	'TR',
	'UL'
]);

/** Text of a DOM subtree: block elements become paragraphs, <br> a line break, cells are spaced. */
export function nodeText(root: TextNodeLike): string {
	const parts: string[] = [];
	const walk = (node: TextNodeLike) => {
		if (node.nodeType === TEXT_NODE) {
			parts.push((node.nodeValue ?? node.textContent ?? '').replace(/\s+/g, ' '));
			return;
		}
		const name = node.nodeName.toUpperCase();
		if (node.nodeType === ELEMENT_NODE && SKIPPED.has(name)) return;
		if (name === 'BR') {
			parts.push('\n');
			return;
		}
		const block = BLOCKS.has(name);
		if (block) parts.push('\n\n');
		for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
		if (block) parts.push('\n\n');
		else if (name === 'TD' || name === 'TH') parts.push(' ');
	};
	walk(root);
	return parts
		.join('')
		.replace(/[ \t]*\n[ \t]*/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.replace(/ {2,}/g, ' ')
		.trim();
}

export interface HtmlArticle {
	title: string;
	text: string;
}

/** Below this many characters Readability probably kept a fragment; the whole body is used. */
const MIN_ARTICLE_CHARS = 200;

export function htmlToArticle(html: string, parser: HtmlParser): HtmlArticle {
	const doc = parser.parseFromString(html, 'text/html');
	const pageTitle = (doc.title ?? '').replace(/\s+/g, ' ').trim();
	// Readability changes the document it reads; the body text is taken first as the fallback.
	const bodyText = doc.body ? nodeText(doc.body as unknown as TextNodeLike) : '';
	let article: ReturnType<Readability<Node>['parse']> = null;
	try {
		article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
	} catch {
		article = null;
	}
	const articleText = article?.content ? nodeText(article.content as unknown as TextNodeLike) : '';
	const text = articleText.length >= MIN_ARTICLE_CHARS ? articleText : bodyText;
	const title = (article?.title ?? '').replace(/\s+/g, ' ').trim() || pageTitle;
	return { title, text };
}
