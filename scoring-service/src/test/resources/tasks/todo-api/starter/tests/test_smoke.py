import unittest

from todo_api.store import TodoStore


class SmokeTest(unittest.TestCase):
    def test_a_new_store_is_empty(self):
        self.assertEqual(TodoStore().list(), [])


if __name__ == "__main__":
    unittest.main()
