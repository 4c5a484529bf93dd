        if not isinstance(value, str){{blankCheck}}:
            return None, "{{name}} must be a {{nonBlank}}string"
        if len(value) > {{max}}:
            return None, "{{name}} must be at most {{max}} characters"
