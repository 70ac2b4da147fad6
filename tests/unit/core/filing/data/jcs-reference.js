// Independent reference for the golden vectors: RFC 8785 Appendix-style canonicaliser in
// ECMAScript (whose JSON.stringify and UTF-16 string ordering define JCS), plus SHA-256.
// Regenerate with:  node jcs-reference.js <input.json>   → writes <name>.expected (+ .sha256)
'use strict';
const fs = require('fs');
const crypto = require('crypto');

function canonicalize(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map(canonicalize).join(',') + ']';
  return '{' + Object.keys(value).sort()
    .map((k) => JSON.stringify(k) + ':' + canonicalize(value[k])).join(',') + '}';
}

for (const input of process.argv.slice(2)) {
  const base = input.replace(/\.input\.json$/, '');
  const bytes = Buffer.from(canonicalize(JSON.parse(fs.readFileSync(input, 'utf8'))), 'utf8');
  fs.writeFileSync(base + '.expected', bytes);
  if (base.includes('filing'))
    fs.writeFileSync(base + '.sha256', crypto.createHash('sha256').update(bytes).digest('hex') + '\n');
}
