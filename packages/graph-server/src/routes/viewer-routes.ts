import path from 'node:path';
import express, { Router } from 'express';

const STATIC_OPTIONS = {
  index: false,
  fallthrough: true,
  dotfiles: 'ignore',
  maxAge: '5m',
} as const;

/**
 * The viewer's static files at / and /embed (the same index.html; the viewer switches on the
 * path). Assets also resolve under /embed/ for pages that use that prefix.
 */
export function createViewerRoutes(viewerDir: string): Router {
  const router = Router();
  const root = path.resolve(viewerDir);
  const index = path.join(root, 'index.html');
  const sendIndex: express.RequestHandler = (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, (err) => err && next());
  };
  // The viewer calls the API relative to the page ('api/...'): /embed/ would resolve it under
  // /embed/api, so send it to /embed (query string kept; browsers keep the #hash).
  router.get('/embed', (req, res, next) => {
    if (!req.path.endsWith('/')) return next();
    const at = req.originalUrl.indexOf('?');
    res.redirect(301, `/embed${at >= 0 ? req.originalUrl.slice(at) : ''}`);
  });
  router.get(['/', '/embed'], sendIndex);
  router.use('/embed', express.static(root, STATIC_OPTIONS));
  router.use(express.static(root, STATIC_OPTIONS));
  return router;
}
