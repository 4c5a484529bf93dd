    if (!Number.isInteger(value) || value < {{min}}{{maxCheck}}) {
      return [null, '{{name}} must be a whole number{{range}}'];
    }
