    if (typeof value !== 'string' || value.length > {{max}}) {
      return [null, '{{name}} must be a string of at most {{max}} characters'];
    }
