/**
 * Version of what the export renderers produce. An incremental export skips rendering an
 * article whose inputs are unchanged since the last export; bump this whenever a change to
 * the renderers (markup, stylesheet, ninjs mapping, file naming) changes their output, so
 * the next export renders everything again instead of keeping pages made the old way.
 */
export const exportFormatVersion = 2;
// 2: corrections at the end of the page (and their stylesheet rules), in JSON-LD and ninjs.
