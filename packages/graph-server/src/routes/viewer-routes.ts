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
 * path). Assets resolve under both prefixes so relative URLs work from either page.
 */
export function createViewerRoutes(viewerDir: string): Router {
  const router = Router();
  const root = path.resolve(viewerDir);
  const index = path.join(root, 'index.html');
  const sendIndex: express.RequestHandler = (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, (err) => err && next());
  };
  router.get(['/', '/embed', '/embed/'], sendIndex);
  router.use('/embed', express.static(root, STATIC_OPTIONS));
  router.use(express.static(root, STATIC_OPTIONS));
  return router;
}
