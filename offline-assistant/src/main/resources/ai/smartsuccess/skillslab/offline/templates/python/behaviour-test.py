    def test_{{method}}(self):
        self.fail("not written yet")

