import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { ServerConfig } from './config';

/** CSP directives that let the viewer run: own scripts, a blob: ForceAtlas2 worker, inline styles. */
export function cspDirectives(frameAncestors: string[]): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'worker-src': ["'self'", 'blob:'],
    'img-src': ["'self'", 'data:', 'blob:'],
    'style-src': ["'self'", "'unsafe-inline'"],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': frameAncestors,
  };
}

/**
 * helmet with our CSP. X-Frame-Options cannot express an allow-list, so it is only sent when
 * frame-ancestors is exactly 'self' or 'none'; browsers then follow the CSP directive.
 * No upgrade-insecure-requests: the server usually runs on plain http on a loopback/LAN address.
 */
export function createSecurityHeaders(config: ServerConfig): RequestHandler {
  const only = config.frameAncestors.length === 1 ? config.frameAncestors[0] : undefined;
  const xFrameOptions =
    only === "'self'"
      ? { action: 'sameorigin' as const }
      : only === "'none'"
        ? { action: 'deny' as const }
        : false;
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(config.frameAncestors) },
    xFrameOptions,
    strictTransportSecurity: false,
  });
}
