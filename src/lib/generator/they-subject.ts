/**
 * "Researchers at Northgate University tested 2,340 pupils … They found that 117 had some form of
 * colour blindness.": a study's finding often opens with "They", standing for the group of people
 * the sentence before opened with. The stem can name that group instead ("Researchers at Northgate
 * University found that …"), and the finding, the point of the story, can be asked.
 */
import type { Sentence } from './sentences';

/** People who find things out, as the plural subject that opens a report of their work. */
const GROUP =
	'(?:Researchers|Scientists|Doctors|Surgeons|Engineers|Surveyors|Investigators|Inspectors|Auditors|Analysts|Economists|Archaeologists|Ecologists|Biologists|Psychologists|Epidemiologists|Academics|Officers|Detectives|Geologists|Astronomers|Historians|Statisticians|Examiners|Ornithologists|Zoologists|Botanists|Physicists|Chemists|Staff|Officials|Volunteers|Rangers|Divers|Police)';

/** "A team from the University of Edinburgh": a team says whose only with what follows. */
const TEAM = '(?:A|The) (?:research |study )?team';

/** A name's words after "at", "from" or "of": capitalised, with the small words inside names. */
const CAPITALISED = "\\p{Lu}[\\p{L}\\d'’&.-]*";
const NAME = `(?:the )?${CAPITALISED}(?: (?:${CAPITALISED}|of|and|for|the|on|upon|in))*`;

const GROUP_SUBJECT = new RegExp(
	`^(?:${GROUP}(?: (?:at|from|of|in|with) ${NAME})?|${TEAM} (?:at|from|of) ${NAME})(?=[ ,])`,
	'u'
);

/** What such a group reports: "They found …", "They also discovered that …". */
const FINDING =
	/^They (?:also )?(?:found|discovered|concluded|estimated|calculated|recorded|counted|identified|uncovered|seized|recovered)\b/;

/** "They found that only 38% were prescribed …": a share whose whole is the sentence before's. */
const BARE_SHARE =
	/^They (?:also )?found (?:that )?(?:only |about |almost |nearly |more than |fewer than |just |over |under )?[\d.,]+%? (?:were|was|had|have|did|said|would|could|reported|needed|used)\b/;

/**
 * What an opening "They" stands for, by sentence index: the group of people the sentence just
 * before opens with, where that sentence says who they are ("Doctors at Ashcombe General Hospital",
 * not "The team").
 */
export function theyAntecedents(sentences: readonly Sentence[]): Map<number, string> {
	const found = new Map<number, string>();
	for (const sentence of sentences) {
		if (!FINDING.test(sentence.text)) continue;
		// "They found bacteria on 157 of them", "They found that 71% were male": what they looked at
		// is named only before.
		if (/\b(them|these|those)\b/i.test(sentence.text) || BARE_SHARE.test(sentence.text)) continue;
		const previous = sentences[sentence.index - 1];
		if (!previous || previous.heading) continue;
		const group = groupSubjectOf(previous.text);
		if (group) found.set(sentence.index, group);
	}
	return found;
}

function groupSubjectOf(text: string): string | undefined {
	const match = GROUP_SUBJECT.exec(text)?.[0].replace(/(?: (?:of|and|for|the|on|upon|in))+$/, '');
	// "A team from the University of Northampton's hearing research unit": the name owns the team.
	if (!match || /['’]s?$/.test(match)) return undefined;
	return match;
}
