import { createRequire } from 'node:module';
import path from 'node:path';
import { Router } from 'express';
import type { RequestHandler } from 'express';

/** swagger-ui-dist's directory, resolved from node_modules (no CDN, nothing fetched at run time). */
const SWAGGER_DIR = path.dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
);

/** The only files of swagger-ui-dist served, by the name the page asks for. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'swagger-ui.css',
  'swagger-ui-bundle.js': 'swagger-ui-bundle.js',
  'favicon-32x32.png': 'favicon-32x32.png',
};

/**
 * Relative URLs throughout: the page at /api/docs loads docs/<file> and ../api/openapi.json
 * resolves to openapi.json beside it, so the reference also works behind a path prefix.
 * No topbar (it would let the page load any URL's description), no validator badge (it
 * calls validator.swagger.io), no ?url= / ?configUrl= from the query string.
 */
const INIT_JS = `window.addEventListener('DOMContentLoaded', function () {
  window.ui = SwaggerUIBundle({
    url: 'openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    queryConfigEnabled: false,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    defaultModelsExpandDepth: 0,
    displayRequestDuration: true,
    tryItOutEnabled: false,
    persistAuthorization: false,
  });
});
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg news API reference</title>
<link rel="icon" type="image/png" href="docs/favicon-32x32.png">
<link rel="stylesheet" href="docs/swagger-ui.css">
<link rel="stylesheet" href="docs/page.css">
</head>
<body>
<header class="kg-docs-bar">
  <strong>kg news API</strong>
  <a href="openapi.json">openapi.json</a>
  <a href="../">graph viewer</a>
</header>
<main id="swagger-ui"><noscript>The reference needs JavaScript; the raw description is at <a href="openapi.json">openapi.json</a>.</noscript></main>
<script src="docs/swagger-ui-bundle.js"></script>
<script src="docs/init.js"></script>
</body>
</html>
`;

const PAGE_CSS = `.kg-docs-bar { display: flex; gap: 1.5em; align-items: baseline; padding: 0.6em 1.5em;
  font: 14px/1.4 sans-serif; background: #1f2933; color: #f5f7fa; }
.kg-docs-bar a { color: #9fd3ff; }
body { margin: 0; }
`;

const sendText =
  (type: string, body: string): RequestHandler =>
  (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type(type).send(body);
  };

/** GET /api/docs: the browsable API reference (Swagger UI over /api/openapi.json). */
export function createDocsRoutes(): Router {
  const router = Router();
  const page = sendText('html', PAGE);
  router.get('/docs', (req, res, next) => {
    if (!req.path.endsWith('/')) {
      page(req, res, next);
      return;
    }
    // /api/docs/ would resolve docs/... under /api/docs/docs: send it to /api/docs.
    const at = req.originalUrl.indexOf('?');
    res.redirect(301, `${req.baseUrl}/docs${at >= 0 ? req.originalUrl.slice(at) : ''}`);
  });
  router.use('/docs', assets);
  return router;
}

/** Plain middleware (not routes): the files of the page. */
/** root: the dot-segment check applies below it only (pnpm keeps packages under .pnpm). */
const SEND_OPTIONS = { root: SWAGGER_DIR, maxAge: '1d' };

const TEXT_ASSETS: Record<string, RequestHandler> = {
  'init.js': sendText('js', INIT_JS),
  'page.css': sendText('css', PAGE_CSS),
};

const assets: RequestHandler = (req, res, next) => {
  const name = req.path.slice(1);
  const text = Object.hasOwn(TEXT_ASSETS, name) ? TEXT_ASSETS[name] : undefined;
  const file = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD') next();
  else if (text) text(req, res, next);
  else if (file) res.sendFile(file, SEND_OPTIONS, (e) => e && next(e));
  else next();
};
