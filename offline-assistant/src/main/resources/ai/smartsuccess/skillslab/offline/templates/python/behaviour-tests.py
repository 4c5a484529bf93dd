```python
# tests/test_{{subject}}.py
import unittest


class Test{{testClass}}(unittest.TestCase):
{{cases}}

if __name__ == "__main__":
    unittest.main()
```
