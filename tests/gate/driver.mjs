// The MCP client side of the gate suites: the official SDK's Client over StdioClientTransport,
// starting the command given after "--" (airlock-gate, or a server straight for baselines).
// The test drives it with one JSON command per line on stdin and reads one JSON answer per
// line on stdout, so it can act (approve, disconnect) while a call is held:
//   {"tag": "t1", "op": "list"}                                → {"tag", "tools": [names]}
//   {"tag": "t2", "op": "call", "name": N, "arguments": {...}} → {"tag", "result": {...}} | {"tag", "error": "..."}
//      (with "progress": true, "timeoutMs": T the call asks for progress and times out after T ms
//      without any)
//   {"tag": "t4", "op": "resources"}                           → {"tag", "resources": [uris]}
//   {"tag": "t3", "op": "close"}                               → {"tag", "closed": true}, then exits
// Calls run concurrently; answers come in the order they finish. The first line is
// {"ready": true, "server": serverInfo} once initialize is done.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import readline from 'node:readline';

const sep = process.argv.indexOf('--');
if (sep < 0 || sep + 1 >= process.argv.length) {
    console.error('usage: node driver.mjs -- COMMAND [ARGS...]');
    process.exit(2);
}
const [command, ...args] = process.argv.slice(sep + 1);
const say = (o) => process.stdout.write(JSON.stringify(o) + '\n');

const transport = new StdioClientTransport({ command, args, env: { ...process.env }, stderr: 'inherit' });
const client = new Client({ name: 'airlock-test-client', version: '1.0.0' });
let closing = false;
// Told that the tool list changed: answered under the tag "tools-changed".
client.setNotificationHandler(ToolListChangedNotificationSchema, () => say({ tag: 'tools-changed' }));
transport.onclose = () => { if (!closing) say({ event: 'transport-closed' }); };
try {
    await client.connect(transport);
} catch (e) {
    say({ ready: false, error: String(e && e.message || e) });
    process.exit(1);
}
say({ ready: true, server: client.getServerVersion() });

const timeout = Number(process.env.AIRLOCK_TEST_CALL_TIMEOUT_MS || 120000);
const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
    if (!line.trim()) continue;
    const cmd = JSON.parse(line);
    const tag = cmd.tag;
    if (cmd.op === 'list') {
        client.listTools().then((r) => say({ tag, tools: r.tools.map((t) => t.name) }),
                                (e) => say({ tag, error: String(e.message || e) }));
    } else if (cmd.op === 'call') {
        const started = process.hrtime.bigint();
        // With "progress": a short timeout that only progress notifications keep alive.
        let progress = 0;
        const options = cmd.progress
            ? { timeout: cmd.timeoutMs || timeout, resetTimeoutOnProgress: true, onprogress: () => { ++progress; } }
            : { timeout };
        client.callTool({ name: cmd.name, arguments: cmd.arguments || {} }, undefined, options)
            .then((r) => say({ tag, result: r, progress, ms: Number(process.hrtime.bigint() - started) / 1e6 }),
                  (e) => say({ tag, error: String(e.message || e) }));
    } else if (cmd.op === 'resources') {
        client.listResources().then((r) => say({ tag, resources: r.resources.map((x) => x.uri) }),
                                    (e) => say({ tag, error: String(e.message || e) }));
    } else if (cmd.op === 'close') {
        closing = true;
        await client.close();
        say({ tag, closed: true });
        process.exit(0);
    } else {
        say({ tag, error: `unknown op ${cmd.op}` });
    }
}
closing = true;
await client.close();
