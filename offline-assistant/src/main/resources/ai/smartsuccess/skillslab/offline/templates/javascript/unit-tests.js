```javascript
// tests/{{file}}.test.js
const { test } = require('node:test');
const assert = require('node:assert/strict');
{{fromComment}}
const { {{names}} } = require('{{module}}');
{{cases}}
```
