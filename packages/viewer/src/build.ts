import { buildViewer } from './index';

const minify = !process.argv.includes('--dev');
const t0 = performance.now();
const { bytes } = await buildViewer({ minify });
console.log(
  `@kg/viewer: public/app.js ${(bytes / 1024).toFixed(1)} KB${minify ? ' minified' : ''} in ${Math.round(performance.now() - t0)} ms`,
);
