import { strToU8, zipSync } from 'fflate';

/** Small .docx files built in the tests: a .docx is a zip of XML parts. */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Word document with one paragraph per entry of `paragraphs`. */
export function buildDocx(paragraphs: string[]): Uint8Array {
	const body = paragraphs
		.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`)
		.join('');
	const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
	return zipSync({
		'[Content_Types].xml': strToU8(CONTENT_TYPES),
		'_rels/.rels': strToU8(ROOT_RELS),
		'word/document.xml': strToU8(document)
	});
}

/** A zip without a Word body (as a renamed spreadsheet would be). */
export function buildNonWordZip(): Uint8Array {
	return zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
}

/**
 * A .docx whose zip directory claims `claimedBytes` for its body: the shape of a zip bomb, without
 * spending seconds compressing one.
 */
export function buildDocxClaiming(claimedBytes: number): Uint8Array {
	const zip = buildDocx(['Short.']);
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	for (let i = 0; i + 46 <= zip.length; i++) {
		if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, claimedBytes, true);
	}
	return zip;
}
