
test('{{subject}}: {{behaviour}}', () => {
  assert.fail('not written yet');
});
