/**
 * Welsh, Scottish, Irish and Cornish given names that compromise's lexicon lacks: beside a surname
 * it does not know either ("Rhodri Lasseter became …"), neither word is read as a name, and the
 * person is missed. Names that are also places or common words (Angus, Ailsa, Iona, Bryn, Glyn,
 * Idris, Mali, Euros) are left out: "Ailsa Craig" is an island, not a woman.
 */
const MALE =
	'rhodri gethin dafydd emrys iwan rhys owain ieuan aled huw gwyn geraint meirion alun hywel iolo ' +
	'emyr tudur gruffydd llywelyn steffan tomos gwilym dewi ifor osian berwyn elwyn hefin rhydian ' +
	'cynan ewan hamish callum calum lachlan murdo alasdair ruaridh torquil euan gregor struan eamon ' +
	'declan cormac oisin dermot fintan tadhg cathal diarmuid eoin fergal lorcan ronan cillian ' +
	'darragh tiernan jago tristram';
const FEMALE =
	'cerys ffion eleri angharad catrin lowri mared seren eluned carys delyth heledd bethan sian ' +
	'nerys gwenllian meinir rhiannon rhian eirlys glenys myfanwy olwen sioned tegwen gwenno ' +
	'catriona morag kirsty mhairi eilidh ishbel morven mairead aoife roisin grainne orla sinead ' +
	'maeve caoimhe saoirse clodagh sorcha ciara aine eimear fionnuala nuala oonagh bronagh ' +
	'morwenna tamsin demelza kerensa';

/** The lexicon compromise takes (`nlp.addWords`): each name with its gender's tag. */
export const GIVEN_NAMES: Record<string, string> = Object.fromEntries([
	...MALE.split(' ').map((name) => [name, 'MaleName']),
	...FEMALE.split(' ').map((name) => [name, 'FemaleName'])
]);
