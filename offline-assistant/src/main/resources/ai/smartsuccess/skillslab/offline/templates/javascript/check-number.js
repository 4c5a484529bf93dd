    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      return [null, '{{name}} must be a number of at least 0'];
    }
