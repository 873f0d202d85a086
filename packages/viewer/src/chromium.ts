/**
 * How this project drives a browser: Debian's Chromium (apt-get install chromium), never a
 * downloaded build. playwright-core gives each launch a fresh temporary profile, so no
 * --user-data-dir. Avoid --disable-gpu (10x slower layout) and --disable-software-rasterizer
 * (kills WebGL).
 */
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
