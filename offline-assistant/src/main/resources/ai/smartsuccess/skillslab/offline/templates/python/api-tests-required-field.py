        self.assertEqual({{one}}["{{field}}"], {{sample}})

    def test_missing_{{field}}_is_400(self):
        status, body = self.call("POST", "{{path}}", {{bodyWithout}})
        self.assertEqual(status, 400)
        self.assertIn("error", body)

