// Bytes on the wire for a page on a first visit and on the next, as Chromium's DevTools protocol
// counts them (every response, headers included; 0 for one the browser took from its cache).
// Needs Node.js 20+ and Debian's chromium. Against a running portal:
//   node --experimental-websocket deploy/weigh-page.mjs http://localhost:8080/
// docs/performance.md ("Page weight") has the figures; CompressionIT asserts the limits.
import { spawn } from 'node:child_process';
const url = process.argv[2];
const port = 9300 + Math.floor(Math.random() * 500);
const dir = (process.env.TMPDIR || '/tmp') + '/weigh-page-' + port;
const chrome = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--remote-debugging-port=' + port, '--user-data-dir=' + dir, 'about:blank'], { stdio: 'ignore' });
const sleep = ms => new Promise(r => setTimeout(r, ms));
let targets;
for (let i = 0; i < 100; i++) { try { targets = await (await fetch(`http://127.0.0.1:${port}/json`)).json(); break; } catch { await sleep(200); } }
const page = targets.find(t => t.type === 'page');
const ws = new WebSocket(page.webSocketDebuggerUrl);
await new Promise(r => ws.onopen = r);
let id = 0; const pending = new Map(); const events = [];
ws.onmessage = m => { const d = JSON.parse(m.data); if (d.id) { pending.get(d.id)(d.result); } else events.push(d); };
const send = (method, params = {}) => new Promise(r => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
await send('Network.enable');
async function visit(label) {
  await send('Page.navigate', { url: 'about:blank' });
  await sleep(1000);
  events.length = 0;
  await send('Page.navigate', { url });
  // until the network has been quiet for 5 s (the machine is slow when crowded)
  let seen = -1;
  while (seen !== events.length) { seen = events.length; await sleep(5000); }
  const responses = new Map();
  for (const e of events) if (e.method === 'Network.responseReceived') responses.set(e.params.requestId, e.params.response);
  let total = 0; const rows = [];
  for (const e of events) if (e.method === 'Network.loadingFinished') {
    const r = responses.get(e.params.requestId); total += e.params.encodedDataLength;
    rows.push([e.params.encodedDataLength, r ? r.status : '?', r ? (r.headers['content-encoding'] || r.headers['Content-Encoding'] || '-') : '', r && r.fromDiskCache ? 'disk' : '', r ? r.url.replace(/^http:\/\/[^/]+/, '').slice(0, 90) : '']);
  }
  rows.sort((a, b) => b[0] - a[0]);
  console.log(`== ${label}: ${total} bytes on the wire, ${rows.length} responses`);
  for (const r of rows) console.log(r.join('\t'));
}
await visit('first visit');
await visit('repeat visit');
ws.close(); chrome.kill();
