    if (typeof value !== 'string'{{blankCheck}} || value.length > {{max}}) {
      return [null, '{{name}} must be a {{nonBlank}}string of at most {{max}} characters'];
    }
