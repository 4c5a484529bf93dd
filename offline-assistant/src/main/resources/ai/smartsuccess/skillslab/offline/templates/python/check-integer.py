        if not isinstance(value, int) or isinstance(value, bool) or value < {{min}}{{maxCheck}}:
            return None, "{{name}} must be a whole number{{range}}"
