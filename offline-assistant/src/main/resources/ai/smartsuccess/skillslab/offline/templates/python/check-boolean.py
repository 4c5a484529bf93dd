        if not isinstance(value, bool):
            return None, "{{name}} must be true or false"
