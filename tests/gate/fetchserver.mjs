// A small MCP server built with the official SDK's McpServer that resolves its targets the way
// real servers do, for the gate's target attacks: whatever spelling the policy let through is
// what the server serves.
//   node fetchserver.mjs ROOT
// Tools (both read-only):
//   fetch {url}      - resolves the URL with new URL(url).pathname (WHATWG: "..", "%2e%2e" and
//                      "\" are path steps); /public/... is a public page, /admin/... the admin
//                      page, anything else "not found".
//   read_file {path} - a file path or a file: URL (fileURLToPath), resolved and read from disk.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const server = new McpServer({ name: 'airlock-fetch-server', version: '1.0.0' });
const text = (t) => ({ content: [{ type: 'text', text: t }] });

server.registerTool('fetch', {
    description: 'Fetches a page of the intranet by URL',
    inputSchema: { url: z.string() },
    annotations: { readOnlyHint: true, openWorldHint: false },
}, async ({ url }) => {
    const path = new URL(url).pathname;
    if (path.startsWith('/admin/'))
        return text(`ADMIN PAGE ${path}: alice (admin), bob (admin)`);
    if (path.startsWith('/public/'))
        return text(`public page ${path}`);
    return { ...text(`not found: ${path}`), isError: true };
});

server.registerTool('read_file', {
    description: 'Reads a file by path or file: URL',
    inputSchema: { path: z.string() },
    annotations: { readOnlyHint: true, openWorldHint: false },
}, async ({ path }) => {
    try {
        const file = path.startsWith('file:') ? fileURLToPath(new URL(path)) : resolve(path);
        return text(readFileSync(file, 'utf8'));
    } catch (e) {
        return { ...text(`cannot read ${path}: ${e.message}`), isError: true };
    }
});

await server.connect(new StdioServerTransport());
