// "Tài liệu API": renders the portal's OpenAPI document as headings, tables and lists.
// Everything is built with createElement/textContent (no HTML from the document is ever parsed),
// and nothing is loaded from another origin, so the page works under the portal's CSP.
(function () {
  'use strict';

  var root = document.getElementById('api-reference');
  if (!root) {
    return;
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function resolve(doc, schema) {
    var ref = schema && schema.$ref;
    if (typeof ref === 'string' && ref.indexOf('#/components/schemas/') === 0) {
      return (doc.components && doc.components.schemas && doc.components.schemas[ref.substring(21)]) || schema;
    }
    return schema || {};
  }

  function typeOf(doc, schema) {
    if (!schema) {
      return '';
    }
    if (schema.$ref) {
      return schema.$ref.split('/').pop();
    }
    var type = Array.isArray(schema.type) ? schema.type.filter(function (t) { return t !== 'null'; }).join(' | ') : (schema.type || '');
    if (type === 'array' && schema.items) {
      return 'mảng ' + typeOf(doc, schema.items);
    }
    var limits = [];
    if (schema.format) { limits.push(schema.format); }
    if (schema.minimum !== undefined) { limits.push('≥ ' + schema.minimum); }
    if (schema.maximum !== undefined) { limits.push('≤ ' + schema.maximum); }
    if (schema.enum) { limits.push(schema.enum.join(', ')); }
    return type + (limits.length ? ' (' + limits.join('; ') + ')' : '');
  }

  function table(headers, rows) {
    var wrap = el('div', null, 'table-responsive');
    var t = el('table', null, 'table table-sm table-cards');
    var head = el('thead');
    var tr = el('tr');
    headers.forEach(function (h) { var th = el('th', h); th.scope = 'col'; tr.appendChild(th); });
    head.appendChild(tr);
    t.appendChild(head);
    var body = el('tbody');
    rows.forEach(function (row) {
      var r = el('tr');
      row.forEach(function (cell, i) { var td = el('td', cell); td.setAttribute('data-label', headers[i]); r.appendChild(td); });
      body.appendChild(r);
    });
    t.appendChild(body);
    wrap.appendChild(t);
    return wrap;
  }

  function operation(doc, path, method, op) {
    var section = el('section', null, 'border rounded p-3 mb-3');
    var heading = el('h3', null, 'h6 d-flex flex-wrap gap-2 align-items-baseline');
    heading.appendChild(el('span', method.toUpperCase(), 'badge text-bg-primary'));
    heading.appendChild(el('code', path, 'text-body'));
    if (op.summary) {
      heading.appendChild(el('span', '· ' + op.summary));
    }
    section.appendChild(heading);
    if (op.description) {
      section.appendChild(el('p', op.description));
    }
    var parameters = op.parameters || [];
    if (parameters.length) {
      section.appendChild(el('h4', 'Tham số', 'h6 mt-2'));
      section.appendChild(table(['Tên', 'Ở đâu', 'Bắt buộc', 'Kiểu', 'Mô tả'], parameters.map(function (p) {
        return [p.name, p.in === 'path' ? 'đường dẫn' : p.in === 'query' ? 'chuỗi truy vấn' : p.in, p.required ? 'có' : 'không', typeOf(doc, p.schema), p.description || ''];
      })));
    }
    section.appendChild(el('h4', 'Kết quả', 'h6 mt-2'));
    var responses = op.responses || {};
    section.appendChild(table(['Mã', 'Ý nghĩa', 'Kiểu nội dung', 'Dữ liệu'], Object.keys(responses).map(function (code) {
      var response = responses[code] || {};
      var content = response.content || {};
      var types = Object.keys(content);
      return [code, response.description || '', types.join(', '), types.length ? typeOf(doc, content[types[0]].schema) : ''];
    })));
    return section;
  }

  function schemas(doc) {
    var all = (doc.components && doc.components.schemas) || {};
    var section = el('section');
    section.appendChild(el('h2', 'Cấu trúc dữ liệu', 'h5 mt-4'));
    Object.keys(all).sort().forEach(function (name) {
      var schema = resolve(doc, all[name]);
      section.appendChild(el('h3', name, 'h6 mt-3 font-monospace'));
      var properties = schema.properties || {};
      var required = schema.required || [];
      section.appendChild(table(['Trường', 'Kiểu', 'Luôn có'], Object.keys(properties).map(function (key) {
        return [key, typeOf(doc, properties[key]), required.indexOf(key) >= 0 ? 'có' : 'không'];
      })));
    });
    return section;
  }

  function render(doc) {
    root.textContent = '';
    if (doc.info) {
      root.appendChild(el('h2', doc.info.title + ' · ' + doc.info.version, 'h5 mt-3'));
      if (doc.info.description) {
        root.appendChild(el('p', doc.info.description));
      }
    }
    root.appendChild(el('h2', 'Các địa chỉ', 'h5 mt-3'));
    Object.keys(doc.paths || {}).sort().forEach(function (path) {
      var item = doc.paths[path];
      ['get', 'post', 'put', 'patch', 'delete'].forEach(function (method) {
        if (item[method]) {
          root.appendChild(operation(doc, path, method, item[method]));
        }
      });
    });
    root.appendChild(schemas(doc));
  }

  fetch(root.getAttribute('data-document'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    })
    .then(render)
    .catch(function () {
      root.textContent = '';
      root.appendChild(el('p', 'Không đọc được mô tả API. Hãy tải lại trang; nếu vẫn lỗi, mở trực tiếp tệp mô tả ở liên kết phía trên.', 'alert alert-danger'));
    });
}());
