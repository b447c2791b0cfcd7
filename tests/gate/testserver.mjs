// A small MCP server built with the official SDK's McpServer, for what the reference servers
// cannot be made to do on purpose: change a tool's definition (drift), die in the middle of a
// call, and never answer.
//   node testserver.mjs [--edition TEXT]
// Tools: lookup {id} (read-only; its description names the edition, so another edition is a
// changed definition), crash {} (the process exits while the call is in flight),
// hang {} (never answers).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const i = process.argv.indexOf('--edition');
const edition = i >= 0 ? process.argv[i + 1] : 'first';

const server = new McpServer({ name: 'airlock-test-server', version: '1.0.0' });
server.registerTool('lookup', {
    description: `Looks up a record by id (${edition} edition)`,
    inputSchema: { id: z.string() },
    annotations: { readOnlyHint: true, openWorldHint: false },
}, async ({ id }) => ({ content: [{ type: 'text', text: `record ${id} (${edition})` }] }));
server.registerTool('crash', {
    description: 'Exits the server while the call is in flight',
    inputSchema: { id: z.string() },
    annotations: { readOnlyHint: true },
}, async () => { setTimeout(() => process.exit(3), 50); return new Promise(() => {}); });
server.registerTool('hang', {
    description: 'Never answers',
    inputSchema: { id: z.string() },
    annotations: { readOnlyHint: true },
}, async () => new Promise(() => {}));

await server.connect(new StdioServerTransport());
