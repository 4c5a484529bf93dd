        if not isinstance(value, str) or not EMAIL.fullmatch(value.strip()):
            return None, "{{name}} must be an email address"
