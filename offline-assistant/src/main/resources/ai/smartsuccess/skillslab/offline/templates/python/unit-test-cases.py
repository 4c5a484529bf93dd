

class Test{{testClass}}(unittest.TestCase):
    def test_a_typical_input(self):
        result = {{fn}}({{typical}})
        self.assertIsNotNone(result)  # then: self.assertEqual(result, <expected>)

    def test_an_empty_input(self):
        {{fn}}({{empty}})  # decide: a result, or a clear error

    def test_invalid_input_is_refused(self):
        with self.assertRaises((TypeError, ValueError)):
            {{fn}}({{invalid}})
