    if (typeof value !== 'string' || !EMAIL.test(value.trim())) {
      return [null, '{{name}} must be an email address'];
    }
