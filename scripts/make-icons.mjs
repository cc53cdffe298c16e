// Draws the app icons (a quiz card with four answer bars, one ticked) as PNGs, with no image library.
// Run once after changing the design: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [31, 78, 140];
const WHITE = [255, 255, 255];
const GREEN = [46, 139, 87];
const GREY = [200, 210, 225];

function crc32(buf) {
	let c,
		crc = 0xffffffff;
	for (let n = 0; n < buf.length; n++) {
		c = (crc ^ buf[n]) & 0xff;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		crc = (crc >>> 8) ^ c;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
	const raw = Buffer.alloc((size * 4 + 1) * size);
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		for (let x = 0; x < size; x++) {
			const [r, g, b, a] = pixel(x / size, y / size);
			const i = y * (size * 4 + 1) + 1 + x * 4;
			raw[i] = r;
			raw[i + 1] = g;
			raw[i + 2] = b;
			raw[i + 3] = a;
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8;
	header[9] = 6;
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

function inRoundRect(x, y, x0, y0, x1, y1, r) {
	if (x < x0 || x > x1 || y < y0 || y > y1) return false;
	const cx = Math.min(Math.max(x, x0 + r), x1 - r);
	const cy = Math.min(Math.max(y, y0 + r), y1 - r);
	return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The design in a unit square; `inset` shrinks it into the maskable safe zone. */
function design(inset, roundedBackground) {
	return (u, v) => {
		const x = (u - inset) / (1 - 2 * inset);
		const y = (v - inset) / (1 - 2 * inset);
		if (roundedBackground && !inRoundRect(u, v, 0, 0, 1, 1, 0.18)) return [0, 0, 0, 0];
		if (inRoundRect(x, y, 0.18, 0.14, 0.82, 0.86, 0.06)) {
			for (let i = 0; i < 4; i++) {
				const top = 0.24 + i * 0.15;
				if (inRoundRect(x, y, 0.27, top, 0.73, top + 0.09, 0.03)) {
					return [...(i === 2 ? GREEN : GREY), 255];
				}
			}
			return [...WHITE, 255];
		}
		return [...BLUE, 255];
	};
}

mkdirSync('static/icons', { recursive: true });
writeFileSync('static/icons/icon-192.png', png(192, design(0, true)));
writeFileSync('static/icons/icon-512.png', png(512, design(0, true)));
writeFileSync('static/icons/icon-maskable-512.png', png(512, design(0.1, false)));
writeFileSync('static/apple-touch-icon.png', png(180, design(0, false)));
writeFileSync('static/favicon.png', png(64, design(0, true)));
console.log('icons written to static/');
