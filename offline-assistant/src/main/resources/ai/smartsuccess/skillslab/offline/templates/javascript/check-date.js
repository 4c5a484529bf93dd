    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
      return [null, '{{name}} must be a date like 2030-01-31'];
    }
