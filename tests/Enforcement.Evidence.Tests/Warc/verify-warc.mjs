// Reads a WARC with warcio (an independent parser) and prints one JSON line per record, with the
// digests recomputed here: node verify-warc.mjs <dir holding node_modules/warcio> <file.warc>
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [toolDir, file] = process.argv.slice(2);
const { WARCParser } = await import(pathToFileURL(join(toolDir, 'node_modules/warcio/dist/index.js')).href);
const sha256 = (bytes) => 'sha256:' + createHash('sha256').update(bytes).digest('hex');
const records = [];
for await (const record of new WARCParser(createReadStream(file), { parseHttp: false })) {
  const block = await record.readFully(false);
  const h = record.warcHeaders;
  const type = h.headers.get('WARC-Type');
  let payload = block;
  if (type === 'request' || type === 'response') {
    const end = Buffer.from(block).indexOf('\r\n\r\n');
    payload = end < 0 ? new Uint8Array() : block.subarray(end + 4);
  }
  const blockDigest = h.headers.get('WARC-Block-Digest');
  const payloadDigest = h.headers.get('WARC-Payload-Digest');
  records.push({
    version: record.warcHeaders.protocol,
    type, uri: h.headers.get('WARC-Target-URI') ?? null, id: h.headers.get('WARC-Record-ID'),
    date: h.headers.get('WARC-Date'), concurrentTo: h.headers.get('WARC-Concurrent-To') ?? null,
    ip: h.headers.get('WARC-IP-Address') ?? null, contentType: h.headers.get('Content-Type'),
    firstLine: Buffer.from(block.subarray(0, 200)).toString('latin1').split('\r\n')[0],
    head: type === 'request' || type === 'response' ? Buffer.from(block.subarray(0, block.length - payload.length)).toString('utf8') : null,
    payloadText: type === 'response' ? Buffer.from(payload.subarray(0, 2000)).toString('utf8') : null,
    length: block.length, payloadLength: payload.length, declaredLength: Number(h.headers.get('Content-Length')),
    blockDigestOk: blockDigest === sha256(block),
    payloadDigestOk: payloadDigest == null ? null : payloadDigest === sha256(payload),
  });
}
console.log(JSON.stringify(records));
