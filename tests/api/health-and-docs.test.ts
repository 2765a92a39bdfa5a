import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestMigration } from '../../server/db/migrate';
import { expectedDatabaseKind, startTestServer } from './support/test-server';

const staticDir = mkdtempSync(join(tmpdir(), 'kompass-static-'));
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Kompass</title>');
writeFileSync(join(staticDir, 'sw.js'), '// service worker');

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ staticDir });
});
afterAll(async () => {
  await server.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('GET /api/health', () => {
  it('reports the database kind and the migration it is at', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: { kind: expectedDatabaseKind, migration: latestMigration },
    });
  });
});

describe('GET /api/docs', () => {
  it('describes the API in OpenAPI, from the same zod schemas', async () => {
    const docs = (await server.app.inject({ method: 'GET', url: '/api/docs' })).json();
    expect(docs.openapi).toMatch(/^3\./);
    const put = docs.paths['/api/mappings/{id}'].put;
    const body = put.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['revision', 'baseRevision', 'content']);
    // Today's content, or the first version's, which phones may still have queued.
    const versions: { properties: { schemaVersion: { enum: number[] }; aboutYou: { properties: { gender: { enum: string[] } } } } }[] =
      body.properties.content.oneOf;
    expect(versions.map((version) => version.properties.schemaVersion.enum)).toEqual([[2], [1]]);
    const current = versions[0]!;
    expect(current.properties.aboutYou.properties.gender.enum).toEqual([
      'female',
      'male',
      'other',
    ]);
    expect(Object.keys(put.responses)).toEqual(['200', '400', '401', '403', '404', '409']);
    expect(Object.keys(docs.paths)).toEqual(expect.arrayContaining(['/api/persons', '/api/persons/{id}/remarks', '/api/login/code']));
  });
});

describe('serving the app', () => {
  it('answers any page address with the app, so deep links work', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/some/page' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Kompass</title>');
  });

  it('makes browsers check the service worker for updates every time', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/sw.js' });
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers unknown API addresses with a JSON 404, never the app', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
