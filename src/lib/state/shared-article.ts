import { countWords } from '$lib/core/article-text';

/**
 * What arrived through the Web Share Target (`/new?title=&text=&url=`), tidied for the New quiz form.
 * Apps differ: some send the link in `url`, many (Chrome on Android among them) put it in `text`.
 * Factdeck cannot fetch the page behind a link (there is no server, and other sites' CORS rules
 * stop the browser), so a share that brings only a link has to say so; nothing shared is dropped.
 */

export interface SharedArticle {
	title: string;
	/** The shared text; empty when it was nothing but the link. */
	text: string;
	/** The shared link, from `url` or else the first web address in `text`. */
	url?: string;
}

// A closing full stop or bracket after an address belongs to the sentence around it.
const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"]*[^\s<>".,;:!?'")\]]/gi;
/** At most this many words beside a link read as a note ("Look at this"), not as an article. */
const NOTE_WORDS = 12;

/** The shared fields, or undefined when the page was opened without any. */
export function readSharedArticle(params: URLSearchParams): SharedArticle | undefined {
	const title = params.get('title')?.trim() ?? '';
	const text = params.get('text')?.trim() ?? '';
	const url = params.get('url')?.trim() || text.match(WEB_ADDRESS)?.[0];
	if (!title && !text && !url) return undefined;
	// A text that is only the link lives on as the link, leaving the box free for the article.
	const rest = withoutWebAddresses(text);
	return { title, text: rest === '' ? '' : text, url };
}

function withoutWebAddresses(text: string): string {
	return text.replace(WEB_ADDRESS, ' ').trim();
}

/** A link arrived without the article's text: the words beside it, if any, are only a note. */
export function isLinkOnly(text: string, url: string | undefined): boolean {
	return url !== undefined && countWords(withoutWebAddresses(text)) <= NOTE_WORDS;
}

/** The link as an `href`, only for http(s): a shared `javascript:` address must never be a link. */
export function webLink(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
	} catch {
		return undefined;
	}
}
