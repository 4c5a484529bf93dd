    if "{{name}}" in data or not partial:
        value = data.get("{{name}}")
{{check}}
        clean["{{name}}"] = {{stored}}
