#!/usr/bin/python3
# test-sql-bound.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every SQL statement uses bound parameters: scans the C sources under
src/ and fails, listing file:line, on

- "formatted": a printf-style call (g_strdup_printf, g_string_append_printf,
  sqlite3_mprintf, snprintf, …) whose format is SQL, or any %q, %Q or %w
  of sqlite3_mprintf;
- "runtime": SQL handed to mc_database_prepare(), mc_database_exec(),
  sqlite3_prepare*() or sqlite3_exec() that is not a constant: a string
  literal (with macros of literals), a constant array or pointer
  initialised with one, a choice (?:) between such, or a struct field
  only ever given such. A parameter that carries the SQL makes its
  function checked the same way at every call.

ALLOWED lists the few places that build SQL at runtime on purpose, each
with why; an entry that no longer matches anything fails too. Before the
sources, the scanner is run on a planted example
(tests/data/sql-bound/planted.c): it must flag exactly the lines marked
"expect:"."""

import os
import re
import sys
import unittest

SRCDIR = os.environ.get('G_TEST_SRCDIR', os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(os.path.abspath(SRCDIR))
FIXTURE = os.path.join(SRCDIR, 'data', 'sql-bound', 'planted.c')

# (path under the root, enclosing function, rule): why it is acceptable.
ALLOWED = {
    ('src/core/mc-migrations.c', 'apply_one', 'runtime'):
        'the migration scripts are src/core/sql/*.sql, compiled into the '
        'binary as a GResource: constant text, read from the resource',
    ('src/core/mc-dossier-list-store.c', 'append_order', 'formatted'):
        'the dossier list assembles its query from constant fragments to '
        'steer SQLite to the right index (column names from a switch, an '
        'optional "+", ASC or DESC); every value is bound by name (:status, '
        ':match, …)',
    ('src/core/mc-dossier-list-store.c', 'mc_dossier_list_store_count', 'runtime'):
        'the count query of the dossier list, of constant fragments (above)',
    ('src/core/mc-dossier-list-store.c', 'mc_dossier_list_store_fetch', 'runtime'):
        'the page query of the dossier list, of constant fragments (above)',
    ('src/core/mc-dossier-list-store.c', 'explain', 'runtime'):
        '"EXPLAIN QUERY PLAN " before the list queries above, for tests',
}

# The functions that run SQL, and the position of their SQL argument.
SINKS = {
    'mc_database_prepare': 1,
    'mc_database_exec': 1,
    'sqlite3_exec': 1,
    'sqlite3_prepare': 1,
    'sqlite3_prepare_v2': 1,
    'sqlite3_prepare_v3': 1,
    'sqlite3_prepare16': 1,
    'sqlite3_prepare16_v2': 1,
    'sqlite3_prepare16_v3': 1,
}

# printf-style functions and the position of their format.
FORMATTERS = {
    'g_strdup_printf': 0,
    'g_strdup_vprintf': 0,
    'g_string_printf': 1,
    'g_string_append_printf': 1,
    'g_string_append_vprintf': 1,
    'g_string_vprintf': 1,
    'g_snprintf': 2,
    'g_vsnprintf': 2,
    'g_sprintf': 1,
    'snprintf': 2,
    'vsnprintf': 2,
    'sprintf': 1,
    'vsprintf': 1,
    'asprintf': 1,
    'vasprintf': 1,
    'sqlite3_mprintf': 0,
    'sqlite3_vmprintf': 0,
    'sqlite3_snprintf': 2,
    'sqlite3_vsnprintf': 2,
    'sqlite3_str_appendf': 1,
    'sqlite3_str_vappendf': 1,
}

# SQL in a format: the project writes SQL keywords in capitals; a few
# unmistakable shapes are caught in lower case too.
SQL_UPPER = re.compile(
    r'\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(OR\s+[A-Z]+\s+)?INTO\b|\bREPLACE\s+INTO\b|'
    r'\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b|\b(CREATE|DROP)\s+(TEMP\w*\s+)?'
    r'(TABLE|INDEX|TRIGGER|VIEW|VIRTUAL\s+TABLE)\b|\bALTER\s+TABLE\b|\bPRAGMA\s+\w+|'
    r'\bWHERE\s+[\w.+]+\s*(=|<|>|!=|<>|\bIN\b|\bIS\b|\bLIKE\b|\bGLOB\b|\bMATCH\b)|'
    r'\bORDER\s+BY\b|\bGROUP\s+BY\b|\bVALUES\s*\(|\bATTACH\s+DATABASE\b|'
    r'\bAND\s+[\w.+]+\s*(=|<|>|\bIN\b)|\bLIMIT\s+(%|\d|\?|:)')
SQL_LOWER = re.compile(
    r'\binsert\s+into\s+\w+\s*\(|\bupdate\s+\w+\s+set\s+\w+\s*=|\bdelete\s+from\s+\w+\s+where\b|'
    r'\bselect\s[\s\S]*\bfrom\s+\w+\s+where\s+\w+\s*=|\bpragma\s+\w+\s*=')
SQLITE_QUOTING = re.compile(r'%[-+ #0-9.]*[qQw]')

IDENT = r'[A-Za-z_]\w*'
STRING = r'"(?:\\.|[^"\\\n])*"'
KEYWORDS = {'if', 'while', 'for', 'switch', 'return', 'sizeof', 'do', 'else', 'case'}


def strip_comments(text):
    """@text without comments, each replaced by blanks with its newlines,
    so that offsets keep their lines; string literals kept."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def skip_string(text, i):
    quote = text[i]
    i += 1
    while i < len(text) and text[i] != quote:
        i += 2 if text[i] == '\\' else 1
    return i + 1


def split_args(text, start):
    """The arguments of the call whose "(" is at @start, as
    (expression, offset) pairs, and the offset after its ")"."""
    args, depth, i, arg_start = [], 0, start + 1, start + 1
    while i < len(text):
        c = text[i]
        if c in '"\'':
            i = skip_string(text, i)
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            if depth == 0:
                args.append((text[arg_start:i], arg_start))
                return args, i + 1
            depth -= 1
        elif c == ',' and depth == 0:
            args.append((text[arg_start:i], arg_start))
            arg_start = i + 1
        i += 1
    return args, i


def split_top(expr, sep):
    """@expr split at @sep outside brackets and strings."""
    parts, depth, i, start = [], 0, 0, 0
    while i < len(expr):
        c = expr[i]
        if c in '"\'':
            i = skip_string(expr, i)
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == sep and depth == 0:
            parts.append(expr[start:i])
            start = i + 1
        i += 1
    parts.append(expr[start:])
    return parts


def substitute(body, name, value):
    """@body with the identifier @name replaced by @value outside strings."""
    return ''.join(part if part.startswith('"') else re.sub(r'\b' + re.escape(name) + r'\b',
                                                           lambda _: value, part)
                   for part in re.split('(' + STRING + ')', body))


def strip_parens(expr):
    expr = expr.strip()
    expr = re.sub(r'^\(\s*(const\s+)?(g?char|gchar)\s*\*\s*\)\s*', '', expr)
    while expr.startswith('(') and expr.endswith(')'):
        inner = expr[1:-1]
        depth = 0
        for c in inner:
            depth += c == '('
            depth -= c == ')'
            if depth < 0:
                break
        if depth != 0:
            break
        expr = inner.strip()
    return expr


class Function:

    def __init__(self, name, params, static, start, end):
        self.name, self.params, self.static = name, params, static
        self.start, self.end = start, end


class Source:

    def __init__(self, path, rel):
        self.path, self.rel = path, rel
        with open(path, encoding='utf-8') as f:
            self.text = strip_comments(f.read())
        self.functions = self.find_functions()

    def line(self, offset):
        return self.text.count('\n', 0, offset) + 1

    def find_functions(self):
        """The function definitions: name, parameters, body's extent."""
        functions = []
        text, depth, i, header_start = self.text, 0, 0, 0
        while i < len(text):
            c = text[i]
            if c in '"\'':
                i = skip_string(text, i)
                continue
            if c == '#' and depth == 0 and (i == 0 or text[i - 1] == '\n'):
                while True:
                    j = text.find('\n', i)
                    if j < 0 or text[j - 1] != '\\':
                        break
                    i = j + 1
                i = len(text) if j < 0 else j
                header_start = i
                continue
            if c == '{':
                if depth == 0:
                    header = text[header_start:i]
                    match = re.search(r'(' + IDENT + r')\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$',
                                      header)
                    body_start = i
                    depth += 1
                    i += 1
                    while i < len(text) and depth > 0:
                        if text[i] in '"\'':
                            i = skip_string(text, i)
                            continue
                        depth += text[i] == '{'
                        depth -= text[i] == '}'
                        i += 1
                    if match and match.group(1) not in KEYWORDS and '=' not in header:
                        params = []
                        for param in split_top(match.group(2), ','):
                            names = re.findall(IDENT, param.split('[')[0])
                            params.append(names[-1] if names else '')
                        functions.append(Function(match.group(1), params,
                                                  re.search(r'\bstatic\b', header) is not None,
                                                  body_start, i))
                    header_start = i
                    continue
                depth += 1
            elif c == '}':
                depth -= 1
            elif c == ';' and depth == 0:
                header_start = i + 1
            i += 1
        return functions

    def function_at(self, offset):
        for function in self.functions:
            if function.start <= offset < function.end:
                return function
        return None


class Scanner:

    def __init__(self, root, paths):
        self.root = root
        self.sources = [Source(p, os.path.relpath(p, root)) for p in paths]
        self.macros = {}
        for source in self.sources:
            for match in re.finditer(r'^[ \t]*#[ \t]*define[ \t]+(' + IDENT + r')'
                                     r'(\([^)]*\))?[ \t]+((?:[^\n]*\\\n)*[^\n]*)',
                                     source.text, re.M):
                params = None
                if match.group(2):
                    params = [p.strip() for p in match.group(2)[1:-1].split(',')]
                self.macros[match.group(1)] = (params, match.group(3).replace('\\\n', ' '))
        self.findings = []

    # Constants

    def literal_text(self, expr, depth=0):
        """The text of @expr if it is made of string literals and macros of
        them only, else None."""
        expr = strip_parens(expr)
        if depth > 10 or not expr:
            return None
        pieces = []
        i = 0
        token_re = re.compile(r'\s+|' + STRING + r'|(' + IDENT + r')|(\S)')
        while i < len(expr):
            token = token_re.match(expr, i)
            i = token.end()
            if token.group(2):
                return None
            if token.group(1):
                name = token.group(1)
                params, body = self.macros.get(name, (None, None))
                if body is None or name.lower() == name:
                    return None
                if params is not None:
                    # A macro of literal arguments: substituted, then checked.
                    call = re.compile(r'\s*\(').match(expr, i)
                    if call is None:
                        return None
                    args, i = split_args(expr, call.end() - 1)
                    if len(args) != len(params):
                        return None
                    for param, (arg, _) in zip(params, args):
                        if self.literal_text(arg, depth + 1) is None:
                            return None
                        body = substitute(body, param, arg)
                text = self.literal_text(body, depth + 1)
                if text is None:
                    return None
                pieces.append(text)
            elif token.group(0).startswith('"'):
                pieces.append(token.group(0)[1:-1])
        return ''.join(pieces) if pieces else None

    def constant_texts(self, source, expr, offset, depth=0):
        """The texts @expr can take if it is a constant, else None; a
        parameter of the enclosing function gives ('param', index)."""
        expr = strip_parens(expr)
        if depth > 8:
            return None
        text = self.literal_text(expr)
        if text is not None:
            return [text]

        branches = split_top(expr, '?')
        if len(branches) == 2:
            choices = split_top(branches[1], ':')
            if len(choices) == 2:
                texts = []
                for choice in choices:
                    found = self.constant_texts(source, choice, offset, depth + 1)
                    if not isinstance(found, list):
                        return None
                    texts += found
                return texts

        function = source.function_at(offset)
        match = re.fullmatch(IDENT, expr)
        if match:
            name = expr
            scopes = []
            if function is not None:
                scopes.append(source.text[function.start:function.end])
            scopes.append(self.file_scope(source))
            for scope in scopes:
                values = [m.group(1) for m in re.finditer(
                    r'(?<![\w.>])' + re.escape(name) + r'\s*(?:\[\s*\])?\s*=(?!=)\s*'
                    r'((?:' + STRING + r'|[^;"{])*);', scope)]
                if values:
                    decl = re.search(r'\bconst\s+(?:g?char|gchar)\s+(?:\*\s*(?:const\s+)?)?'
                                     + re.escape(name) + r'\b', scope)
                    if decl is None:
                        return None
                    return self.all_constant(source, values, offset, depth)
            if function is not None and name in function.params:
                return ('param', function.params.index(name))
            return None

        # An element of a constant array of literals.
        match = re.fullmatch(r'(' + IDENT + r')(\s*\[[^\]]*\])+', expr)
        if match:
            scope = source.text
            if function is not None:
                scope = source.text[function.start:function.end] + '\n' + self.file_scope(source)
            if not re.search(r'\bconst\s+(?:g?char|gchar)\s*\*\s*const\s+'
                             + re.escape(match.group(1)) + r'\s*\[', scope):
                return None
            return self.all_constant(source, self.flatten(self.initializer(scope, match.group(1))),
                                     offset, depth)

        # A field: every value it is given in the file, by name or by
        # position in the initializer of a constant table.
        match = re.fullmatch(r'(' + IDENT + r')?[\w.\->\[\]\s]*(?:->|\.)\s*(' + IDENT + ')', expr)
        if match:
            field = match.group(2)
            values = [m.group(1) for m in re.finditer(
                r'(?:\.|->)' + re.escape(field) + r'\s*=(?!=)\s*((?:' + STRING + r'|[^;,}"])*)',
                source.text)]
            if match.group(1):
                values += self.positional_fields(source, match.group(1), field)
            if not values:
                return None
            texts = []
            for value in values:
                found = self.literal_text(value)
                if found is None:
                    return None
                texts.append(found)
            return texts
        return None

    def all_constant(self, source, values, offset, depth):
        if not values:
            return None
        texts = []
        for value in values:
            found = self.constant_texts(source, value, offset, depth + 1)
            if not isinstance(found, list):
                return None
            texts += found
        return texts

    @staticmethod
    def initializer(scope, name):
        """The elements of the brace initializer of @name in @scope."""
        match = re.search(r'\b' + re.escape(name) + r'\s*(?:\[[^\]]*\]\s*)*=\s*\{', scope)
        if match is None:
            return None
        elements, _ = split_args(scope, match.end() - 1)
        return [e for e, _ in elements if e.strip()]

    @staticmethod
    def flatten(elements):
        """The leaves of nested brace initializers, without designators."""
        if elements is None:
            return None
        leaves = []
        for element in elements:
            element = re.sub(r'^\s*\[[^\]]*\]\s*=\s*', '', element).strip()
            if element.startswith('{'):
                inner, _ = split_args(element, 0)
                leaves += Scanner.flatten([e for e, _ in inner if e.strip()])
            else:
                leaves.append(element)
        return leaves

    def positional_fields(self, source, name, field):
        """The values of @field in the initializer of the table @name of
        structs, given by position."""
        text = source.text
        members = None
        match = re.search(r'\bstruct\s*\w*\s*\{([^{}]*)\}\s*' + re.escape(name) + r'\b', text)
        if match is None:
            declared = re.search(r'\b(' + IDENT + r')\s+' + re.escape(name)
                                 + r'\s*(?:\[[^\]]*\]\s*)*=', text)
            if declared:
                match = re.search(r'\btypedef\s+struct\s*\w*\s*\{([^{}]*)\}\s*'
                                  + re.escape(declared.group(1)) + r'\s*;', text)
        if match is not None:
            members = []
            for member in match.group(1).split(';'):
                names = re.findall(IDENT, member.split('[')[0])
                if names:
                    members.append(names[-1])
        if not members or field not in members:
            return []
        position = members.index(field)
        values = []
        for element in self.initializer(text, name) or []:
            element = element.strip()
            if not element.startswith('{'):
                continue
            inner, _ = split_args(element, 0)
            inner = [v for v, _ in inner]
            if any(v.strip().startswith('.') for v in inner):
                continue
            if position < len(inner):
                values.append(inner[position])
        return values

    def file_scope(self, source):
        """@source's text outside function bodies."""
        parts, last = [], 0
        for function in source.functions:
            parts.append(source.text[last:function.start])
            last = function.end
        parts.append(source.text[last:])
        return '\n'.join(parts)

    # Rules

    def report(self, source, offset, rule, detail):
        function = source.function_at(offset)
        self.findings.append((source.rel, source.line(offset),
                              function.name if function else '', rule, detail))

    def calls(self, source, names):
        pattern = re.compile(r'(?<![\w.>])(' + '|'.join(map(re.escape, names)) + r')\s*\(')
        for match in pattern.finditer(source.text):
            function = source.function_at(match.start())
            # The definition itself, or a prototype.
            if function is None or match.start() < function.start:
                continue
            args, _ = split_args(source.text, match.end() - 1)
            yield match.group(1), args, match.start()

    def check_formatters(self):
        for source in self.sources:
            for name, args, offset in self.calls(source, list(FORMATTERS)):
                index = FORMATTERS[name]
                if index >= len(args):
                    continue
                texts = self.constant_texts(source, args[index][0], offset)
                if not isinstance(texts, list):
                    continue
                for text in texts:
                    if SQL_UPPER.search(text) or SQL_LOWER.search(text):
                        self.report(source, offset, 'formatted',
                                    f'{name}() formats SQL: "{text[:60]}"')
                        break
                    if name.startswith('sqlite3_') and SQLITE_QUOTING.search(text):
                        self.report(source, offset, 'formatted',
                                    f'{name}() quotes a value into SQL: "{text[:60]}"')
                        break

    def check_sinks(self):
        # (file or None for any, name) → argument index
        sinks = {(None, name): index for name, index in SINKS.items()}
        checked = set()
        while True:
            added = False
            for source in self.sources:
                names = sorted({name for (rel, name) in sinks if rel in (None, source.rel)})
                for name, args, offset in self.calls(source, names):
                    key = (source.rel, offset)
                    index = sinks.get((source.rel, name), sinks.get((None, name)))
                    if key in checked or index is None or index >= len(args):
                        continue
                    checked.add(key)
                    expr, arg_offset = args[index]
                    texts = self.constant_texts(source, expr, arg_offset)
                    if isinstance(texts, tuple):
                        function = source.function_at(offset)
                        sink = (source.rel if function.static else None, function.name)
                        if sink not in sinks:
                            sinks[sink] = texts[1]
                            added = True
                    elif texts is None:
                        self.report(source, offset, 'runtime',
                                    f'{name}() runs SQL built at runtime: {" ".join(expr.split())}')
            if not added:
                return

    def scan(self):
        self.check_formatters()
        self.check_sinks()
        return sorted(set(self.findings))


def c_files(top):
    for directory, _, names in os.walk(top):
        for name in sorted(names):
            if name.endswith(('.c', '.h')):
                yield os.path.join(directory, name)


class SqlBoundTest(unittest.TestCase):

    def test_planted(self):
        """The scanner flags exactly the planted offenders."""
        with open(FIXTURE, encoding='utf-8') as f:
            lines = f.read().splitlines()
        expected = sorted((i + 1, m.group(1)) for i, line in enumerate(lines)
                          for m in [re.search(r'expect: (formatted|runtime)', line)] if m)
        self.assertGreaterEqual(len(expected), 8)
        found = Scanner(os.path.dirname(FIXTURE), [FIXTURE]).scan()
        self.assertEqual(sorted((line, rule) for _, line, _, rule, _ in found), expected,
                         '\n'.join(f'{path}:{line}: {rule} in {function}(): {detail}'
                                   for path, line, function, rule, detail in found))

    def test_sources(self):
        """No SQL under src/ is built from values."""
        paths = list(c_files(os.path.join(ROOT, 'src')))
        self.assertGreater(len(paths), 100)
        found = Scanner(ROOT, paths).scan()
        offenders = [f for f in found if (f[0], f[2], f[3]) not in ALLOWED]
        used = {(f[0], f[2], f[3]) for f in found}
        unused = [key for key in ALLOWED if key not in used]
        message = '\n'.join(f'{path}:{line}: {rule} in {function}(): {detail}'
                            for path, line, function, rule, detail in offenders)
        self.assertEqual(offenders, [], 'SQL not built with bound parameters:\n' + message)
        self.assertEqual(unused, [], 'allowed exceptions that no longer exist')
        print(f'# {len(paths)} files scanned, {len(found)} allowed exceptions', file=sys.stderr)


if __name__ == '__main__':
    unittest.main(verbosity=2)
