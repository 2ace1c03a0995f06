// @vitest-environment node
// deploy/nginx.conf is what the generator writes for the defaults, and what it writes carries the headers of
// `npm start` in every location (nginx drops a server's add_header in any location that has its own).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, nginxSite } from './nginx-conf';
import { securityHeaders } from './site';

const locations = (site: string) => site.split(/\n {4}location /).slice(1);

describe('nginx site', () => {
  it('deploy/nginx.conf is current (regenerate it with `npm run deploy:nginx -- --out deploy/nginx.conf`)', () => {
    expect(readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8')).toBe(
      nginxSite({ ...DEFAULTS, apiBase: undefined }),
    );
  });

  it('sends the security headers and a Cache-Control from every location', () => {
    const site = nginxSite({ base: '/security-programme/', root: '/srv/www', listen: '8080' });
    const blocks = locations(site).filter((block) => !block.startsWith('= '));
    expect(blocks).toHaveLength(5);
    for (const block of blocks) {
      const embed = block.startsWith('~ ^/security-programme/embed(/|$) ');
      for (const [name, value] of Object.entries(securityHeaders({ apiBase: undefined, embed }))) {
        expect(block).toContain(`add_header ${name} "${value}" always;`);
      }
      expect(block).toMatch(/add_header Cache-Control "[^"]+" always;/);
    }
  });

  it('lets any site frame the embeds only, and serves them the app page', () => {
    const site = nginxSite({ base: '/security-programme/', root: '/srv/www', listen: '8080' });
    const framable = locations(site).filter((block) => block.includes('frame-ancestors *'));
    expect(framable).toHaveLength(1);
    expect(framable[0]).toMatch(/^~ \^\/security-programme\/embed\(\/\|\$\) \{/);
    expect(framable[0]).toContain('try_files /security-programme/index.html =404;');
    expect(site.match(/frame-ancestors 'none'/g)).toHaveLength(4);
  });

  it('keeps everything under the prefix, and sends the bare prefix to it', () => {
    const site = nginxSite({ base: '/security-programme', root: '/srv/www', listen: '8080' });
    expect(site).toContain('location = /security-programme {\n        return 301 /security-programme/;');
    expect(site).toContain('try_files $uri /security-programme/index.html;');
    expect(site).toContain('location ^~ /security-programme/assets/ {');
    expect(site).toContain('location ~ ^/security-programme/[^/]+\\.(json|js)$ {');
  });

  it("lets the app fetch a build-time API's origin", () => {
    expect(nginxSite({ ...DEFAULTS, apiBase: 'https://data.example.org/v1' })).toContain(
      'http://127.0.0.1:* https://data.example.org;',
    );
  });
});
