```javascript
// tests/{{subject}}.test.js
const { test } = require('node:test');
const assert = require('node:assert/strict');
{{cases}}
```
