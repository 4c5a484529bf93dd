        try:
            date.fromisoformat(value)
        except (TypeError, ValueError):
            return None, "{{name}} must be a date like 2030-01-31"
