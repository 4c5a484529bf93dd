
test('{{fn}} handles a typical input', () => {
  const result = {{fn}}({{typical}});
  assert.notEqual(result, undefined); // then: assert.deepEqual(result, <expected>)
});

test('{{fn}} handles an empty input', () => {
  assert.doesNotThrow(() => {{fn}}({{empty}}));
});

test('{{fn}} rejects invalid input', () => {
  assert.throws(() => {{fn}}({{invalid}}));
});
