test('POST {{path}} without {{field}} is 400', async () => {
  const [status, body] = await call('POST', '{{path}}', {{bodyWithout}});
  assert.equal(status, 400);
  assert.ok(body.error);
});

