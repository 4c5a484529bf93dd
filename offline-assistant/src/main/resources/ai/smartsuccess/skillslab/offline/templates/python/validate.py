def validate(data, partial=False):
    """The fields to store and None, or None and what is wrong (partial: a PUT)."""
    if not isinstance(data, dict):
        return None, "the body must be a JSON object"
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        return None, "unknown field: " + unknown[0]
    clean = {}
{{fields}}
    if partial and not clean:
        return None, "send at least one of: {{fieldNames}}"
    return clean, None
