import type { Frame, Page } from 'playwright-core';

/** Width and height from a PNG's IHDR; throws unless the bytes start with the PNG signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG (signature)');
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('PNG without IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Decodes an image in the page and counts pixels close (±12 per channel) to each colour;
 * also reports the share of non-white pixels.
 */
export async function colourCounts(
  page: Page | Frame,
  dataUrl: string,
  colours: string[],
): Promise<{ counts: Record<string, number>; painted: number }> {
  return page.evaluate(
    async ({ url, hexes }) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const rgb = hexes.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
      const counts: Record<string, number> = Object.fromEntries(hexes.map((h) => [h, 0]));
      let painted = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245) painted++;
        rgb.forEach((p, k) => {
          if (Math.abs(d[i] - p[0]) + Math.abs(d[i + 1] - p[1]) + Math.abs(d[i + 2] - p[2]) < 36)
            counts[hexes[k]]++;
        });
      }
      return { counts, painted: painted / (d.length / 4) };
    },
    { url: dataUrl, hexes: colours },
  );
}

/** Parses SVG text with the page's DOMParser: parse errors, circles, and text of #legend/#sources. */
export async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      nodeCircles: doc.querySelectorAll('#nodes circle').length,
      legend: doc.getElementById('legend')?.textContent ?? '',
      sources: doc.getElementById('sources')?.textContent ?? '',
      scripts: doc.querySelectorAll('script, foreignObject').length,
    };
  }, svg);
}
