        if not isinstance(value, str) or len(value) > {{max}}:
            return None, "{{name}} must be a string of at most {{max}} characters"
