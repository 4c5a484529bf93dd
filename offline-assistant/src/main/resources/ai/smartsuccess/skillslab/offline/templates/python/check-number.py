        if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
            return None, "{{name}} must be a number of at least 0"
