import { describe, it, expect } from 'vitest';
import { isSpeechVerb, toInfinitive, toThirdPersonPresent } from './verbs';

describe('toInfinitive', () => {
	it('undoes regular and irregular past forms', () => {
		expect(toInfinitive('launched', 'PastTense')).toBe('launch');
		expect(toInfinitive('scored', 'PastTense')).toBe('score');
		expect(toInfinitive('was', 'PastTense')).toBe('be');
	});

	it('keeps the final "e" of "premiere", which compromise drops', () => {
		expect(toInfinitive('premiered', 'PastTense')).toBe('premiere');
	});
});

describe('toThirdPersonPresent and isSpeechVerb', () => {
	it('conjugates for "Who says …?" and knows verbs of saying in any tense', () => {
		expect(toThirdPersonPresent('say')).toBe('says');
		expect(isSpeechVerb({ normal: 'warned', tags: new Set(['PastTense']) })).toBe(true);
		expect(isSpeechVerb({ normal: 'scored', tags: new Set(['PastTense']) })).toBe(false);
	});
});
