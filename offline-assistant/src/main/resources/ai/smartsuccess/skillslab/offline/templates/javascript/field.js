  if ('{{name}}' in data{{requiredCheck}}) {
    const value = data['{{name}}'];
{{check}}
    clean['{{name}}'] = {{stored}};
  }
