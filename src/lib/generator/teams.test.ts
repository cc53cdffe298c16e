import { describe, it, expect } from 'vitest';
import { teamsFromLineUps } from './teams';

describe('teamsFromLineUps', () => {
	it('reads labelled line-ups, substitutes in brackets included', () => {
		const teams = teamsFromLineUps(
			'Rovers: Platt, Kane, Hale (Ian Moss 70), Duval, Osei, Varga. Booked: Kane, Osei. Town: Ferri, Lund, Abbott, Crane, Doyle.'
		);
		expect(teams.get('moss')).toBe('Rovers');
		expect(teams.get('varga')).toBe('Rovers');
		expect(teams.get('crane')).toBe('Town');
	});

	it('ignores a short labelled list, which is no line-up', () => {
		expect(teamsFromLineUps('Booked: Kane, Osei. Goals: Varga 20, Duval 55.').size).toBe(0);
	});

	it('reads a paragraph that is only names, each such paragraph a side of its own', () => {
		const teams = teamsFromLineUps(
			'Rovers go into the final unbeaten.\n\nI Platt; L Kane, J Hale, S Duval; D Osei, T Varga (capt).\n\nM Ferri, P Lund, R Abbott, C Crane, T Doyle.'
		);
		expect(teams.get('hale')).toBe(teams.get('varga'));
		expect(teams.get('ferri')).toBeDefined();
		expect(teams.get('ferri')).not.toBe(teams.get('varga'));
		expect(teams.has('capt')).toBe(false);
	});

	it('leaves out a surname listed on both sides', () => {
		const teams = teamsFromLineUps(
			'Rovers: Platt, Kane, Hale, Duval, Osei. Town: Ferri, Lund, Kane, Crane, Doyle.'
		);
		expect(teams.has('kane')).toBe(false);
		expect(teams.get('hale')).toBe('Rovers');
	});

	it('finds nothing in prose with colons', () => {
		expect(teamsFromLineUps('He said: "We were the better side, by a distance, today."').size).toBe(
			0
		);
	});
});
