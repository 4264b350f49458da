/**
 * Renders the brand assets in public/ from one SVG mark: app icons (192, 512, maskable 512, Apple 180), the
 * favicon (an ICO holding a 32 px PNG) and the 1200×630 social preview. Run after changing the mark:
 * `npx tsx scripts/brand-assets.ts`. The outputs are committed, so builds never need a browser.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { launchBrowser } from "./e2e/browser";

const TEAL = "#0f766e";

/** The mark: two linked nodes (a thing and its digital twin) on a teal tile. `inset` shrinks it for maskable icons. */
function markSvg(size: number, inset = 0): string {
  const s = 64;
  const pad = inset * s;
  const scale = (s - 2 * pad) / s;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${s} ${s}">
  <rect width="${s}" height="${s}" rx="${inset ? 0 : 14}" fill="${TEAL}"/>
  <g transform="translate(${pad} ${pad}) scale(${scale})" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round">
    <rect x="11" y="20" width="18" height="24" rx="4" fill="#fff"/>
    <rect x="35" y="20" width="18" height="24" rx="4" stroke-dasharray="4 4"/>
    <path d="M29 32h6"/>
  </g>
</svg>`;
}

const previewHtml = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:linear-gradient(135deg,#f0fdfa,#ccfbf1);
  font-family:system-ui,sans-serif;color:#0f172a;display:flex;flex-direction:column;justify-content:space-between">
  <div style="display:flex;align-items:center;gap:28px">${markSvg(120)}
    <div style="font-size:40px;font-weight:700;color:${TEAL}">Digital Twin AI Token</div></div>
  <div style="font-size:54px;font-weight:800;line-height:1.1">Stake DTA, run digital twins,<br/>buy AI queries, govern the protocol.</div>
  <div style="font-size:30px;color:#334155">1,000,000,000 DTA · staking tiers · twins · AI marketplace · DAO</div>
</div></body></html>`;

/** An ICO file holding one PNG image (supported by every current browser). */
function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // image offset
  return Buffer.concat([header, png]);
}

const out = (name: string) => path.resolve("public", name);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const render = async (html: string, width: number, height: number): Promise<Buffer> => {
    await page.setViewportSize({ width, height });
    await page.setContent(html);
    return page.screenshot({ clip: { x: 0, y: 0, width, height }, omitBackground: true });
  };
  const icon = (size: number, inset = 0) =>
    render(`<body style="margin:0">${markSvg(size, inset)}</body>`, size, size);

  await writeFile(out("icon.svg"), markSvg(64) + "\n");
  await writeFile(out("icon-192.png"), await icon(192));
  await writeFile(out("icon-512.png"), await icon(512));
  await writeFile(out("icon-maskable-512.png"), await icon(512, 0.12));
  await writeFile(out("apple-touch-icon.png"), await icon(180));
  await writeFile(out("favicon.ico"), icoFromPng(await icon(32), 32));
  await writeFile(out("social-preview.png"), await render(previewHtml, 1200, 630));
  console.log("Wrote the brand assets to public/");
} finally {
  await browser.close();
}
