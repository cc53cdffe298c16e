/**
 * Verb forms for do-support and agreement, from compromise's own conjugation tables: calling its
 * transform functions directly costs microseconds, where re-parsing a phrase costs milliseconds.
 */
import nlp from 'compromise';

type Tense = 'PastTense' | 'PresentTense' | 'Infinitive' | 'Gerund';

interface VerbTransforms {
	toInfinitive: (word: string, model: unknown, tense?: Tense) => string;
	conjugate: (infinitive: string, model: unknown) => Partial<Record<string, string>>;
}

let transforms: VerbTransforms | undefined;
let model: unknown;

function verbTransforms(): VerbTransforms {
	if (!transforms) {
		const methods = nlp.methods() as unknown as { two: { transform: { verb: VerbTransforms } } };
		transforms = methods.two.transform.verb;
		model = nlp.model();
	}
	return transforms;
}

const IRREGULAR_INFINITIVE: Record<string, string> = {
	is: 'be',
	are: 'be',
	was: 'be',
	were: 'be',
	am: 'be',
	has: 'have',
	had: 'have',
	does: 'do',
	did: 'do',
	// compromise's rules drop the final "e" of these: "When did the season premier?"
	premiered: 'premiere',
	premieres: 'premiere'
};

export function toInfinitive(word: string, tense: Tense): string {
	const lower = word.toLowerCase();
	if (IRREGULAR_INFINITIVE[lower]) return IRREGULAR_INFINITIVE[lower];
	try {
		return verbTransforms().toInfinitive(lower, model, tense) || lower;
	} catch {
		return lower;
	}
}

/** The third-person singular present ("say" → "says"), for "Who says …?". */
export function toThirdPersonPresent(word: string): string {
	const lower = word.toLowerCase();
	if (lower === 'are') return 'is';
	if (lower === 'were') return 'was';
	if (lower === 'have') return 'has';
	if (lower === 'do') return 'does';
	try {
		const forms = verbTransforms().conjugate(toInfinitive(lower, 'PresentTense'), model);
		return forms.PresentTense ?? lower;
	} catch {
		return lower;
	}
}

export const AUXILIARIES = new Set([
	'is',
	'are',
	'was',
	'were',
	'am',
	'be',
	'been',
	'being',
	'has',
	'have',
	'had',
	'do',
	'does',
	'did',
	'will',
	'would',
	'shall',
	'should',
	'can',
	'could',
	'may',
	'might',
	'must'
]);

/** Auxiliaries that can stand before the subject in a question ("Has the firm …?"). */
export const INVERTIBLE = new Set([
	'is',
	'are',
	'was',
	'were',
	'am',
	'has',
	'have',
	'had',
	'do',
	'does',
	'did',
	'will',
	'would',
	'shall',
	'should',
	'can',
	'could',
	'may',
	'might',
	'must'
]);

export const SPEECH_VERBS = new Set([
	'say',
	'tell',
	'add',
	'warn',
	'stress',
	'claim',
	'insist',
	'argue',
	'announce',
	'explain',
	'confirm',
	'believe',
	'think',
	'suggest',
	'admit',
	'note',
	'predict',
	'report',
	'reveal',
	'state',
	'urge',
	'estimate'
]);

/** "said", "tells", "warned": a verb of saying, in any tense. */
export function isSpeechVerb(token: { normal: string; tags: ReadonlySet<string> }): boolean {
	const tense = token.tags.has('PastTense') ? 'PastTense' : 'PresentTense';
	return SPEECH_VERBS.has(toInfinitive(token.normal, tense));
}

/** Verbs of change: the figure after them is by how much, not what. */
export const CHANGE_VERB =
	/^(rise|rises|rose|risen|fall|falls|fell|fallen|drop|drops|dropped|climb|climbs|climbed|jump|jumps|jumped|slip|slips|slipped|gain|gains|gained|lose|loses|lost|grow|grows|grew|grown|increase|increases|increased|decrease|decreases|decreased|decline|declines|declined|surge|surges|surged|plunge|plunges|plunged|tumble|tumbles|tumbled|soar|soars|soared)$/;
