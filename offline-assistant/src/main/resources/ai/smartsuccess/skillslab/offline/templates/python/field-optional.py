    if "{{name}}" in data:
        value = data["{{name}}"]
{{check}}
        clean["{{name}}"] = {{stored}}
