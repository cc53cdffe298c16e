import { describe, expect, it } from 'vitest';
import { articleIndexOf } from './contract.test-helper';
import { personAt } from './people';

const report = `Penlan out in the first round

Rhodri Penlan lost 5-1 to Iain Finlayson in the first round in Preston on Tuesday. Finlayson beat Welshman Rhodri Penlan with a highest break of 131. Cerys Madoc, the tournament director, said the crowd of 1,400 was a record.`;

describe('personAt', () => {
	it('reads Welsh and Scottish given names beside a surname the tagger does not know', () => {
		const people = articleIndexOf(report).people;
		expect(people.get('penlan')).toMatchObject({ fullName: 'Rhodri Penlan', gender: 'male' });
		expect(people.get('madoc')).toMatchObject({ fullName: 'Cerys Madoc', gender: 'female' });
	});

	it('leaves a nationality before a name out of it ("beat Welshman Rhodri Penlan")', () => {
		const sentence = articleIndexOf(report).sentences.find((s) => s.text.includes('Welshman'));
		expect(sentence).toBeDefined();
		const at = sentence!.tokens.findIndex((token) => token.text === 'Welshman');
		expect(personAt(sentence!, at)?.option).toBe('Rhodri Penlan');
	});

	it('takes no nationality for a given name ("ending Australian Matt Dowling\'s hold … I knew Matt")', () => {
		const text = `Rennie wins at Loch Vennan\n\nCallum Rennie has won the Loch Vennan Triathlon, ending Australian Matt Dowling's three-year hold on the title. "I knew Matt was strong on the bike," said Rennie, who finished in one hour and 58 minutes.`;
		const names = [...articleIndexOf(text).people.values()].map((person) => person.fullName);
		expect(names).toContain('Callum Rennie');
		expect(names).not.toContain('Australian Matt');
	});
});
