function validate(data, partial) {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [null, 'the body must be a JSON object'];
  }
  const unknown = Object.keys(data).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0) return [null, `unknown field: ${unknown[0]}`];
  const clean = {};
{{fields}}
  if (partial && Object.keys(clean).length === 0) return [null, 'send at least one of: {{fieldNames}}'];
  return [clean, null];
}
