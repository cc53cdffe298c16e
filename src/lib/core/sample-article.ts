/**
 * The built-in sample article behind "Try a sample article". Written for Factdeck: the expedition
 * and the people in it are invented.
 */
export const SAMPLE_ARTICLE = {
	title: 'Ice core expedition returns from Antarctica',
	text: `A team of fourteen scientists led by the Norwegian glaciologist Ingrid Solberg returned to Cape Town on Monday after four months on the Antarctic ice. The expedition, funded by the European Research Council, drilled an ice core 2,800 metres long on the high plateau of East Antarctica. Tomas Ribeiro, the expedition's lead chemist, will publish the first results in March 2027.

The deepest layers of the ice core hold air bubbles that are more than 1.2 million years old, the expedition team said. The ice core will be shipped to Copenhagen, where chemists at the University of Copenhagen will study it in a freezer laboratory. Ribeiro said the ice could show how carbon dioxide levels changed before the last ice ages.

The expedition cost about 31 million euros. Chile and New Zealand helped the expedition team with flights, and the British Antarctic Survey lent two tracked vehicles. Ingrid Solberg plans a further expedition in 2028 to drill an even deeper ice core.

The expedition team travelled to Antarctica aboard the research ship Polar Horizon, which left Hobart in Tasmania in November 2025. During the crossing to the ice, the ship met storms with waves of up to 12 metres. Engineers from Germany and Japan kept the expedition's drill running on the ice through temperatures as low as minus 52 degrees Celsius.`
} as const;
