    if (typeof value !== 'boolean') return [null, '{{name}} must be true or false'];
