import unittest

from todo_api.server import validate
from todo_api.store import TodoStore


class StoreTest(unittest.TestCase):
    def setUp(self):
        self.store = TodoStore()

    def test_create_then_get(self):
        todo = self.store.create("write tests")
        self.assertEqual(self.store.get(todo["id"]), todo)

    def test_unknown_todo_is_none(self):
        self.assertIsNone(self.store.get(42))

    def test_update_missing_returns_none(self):
        self.assertIsNone(self.store.update(42, done=True))

    def test_delete_reports_existence(self):
        todo = self.store.create("remove me")
        self.assertTrue(self.store.delete(todo["id"]))
        self.assertFalse(self.store.delete(todo["id"]))

    def test_blank_title_is_invalid(self):
        self.assertIsNotNone(validate({"title": "   "}, partial=False))

    def test_done_must_be_boolean(self):
        self.assertIsNotNone(validate({"done": "yes"}, partial=True))


if __name__ == "__main__":
    unittest.main()
