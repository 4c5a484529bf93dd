```python
# tests/test_{{file}}.py
import unittest

{{fromComment}}
from {{module}} import {{names}}
{{cases}}


if __name__ == "__main__":
    unittest.main()
```
