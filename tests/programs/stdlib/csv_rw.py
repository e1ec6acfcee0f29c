import csv
import io

print(csv.__version__, sorted(csv.list_dialects()), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC,
      csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
data = 'name,age,note\r\nalice,30,"likes, commas"\r\nbob,25,"says ""hi"""\r\n"multi\nline",1,\r\n\r\nend,,x\r\n'
r = csv.reader(io.StringIO(data, newline=''))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['1,2.5,"x",'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['1,,"",x'], quoting=csv.QUOTE_NOTNULL)), list(csv.reader(['1,,"",x'], quoting=csv.QUOTE_STRINGS)
                                                                        if False else []))
print(list(csv.reader(['a"b,"c"d', 'x'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['"abc"def,g'])), list(csv.reader(['"unterminated'])), list(csv.reader([''])))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')), list(csv.reader(['x,y\n', 'z\n'])))
errors = [lambda: list(csv.reader(['"abc"def'], strict=True)), lambda: list(csv.reader(['"open'], strict=True)),
          lambda: list(csv.reader(['a\rb,c'])), lambda: list(csv.reader([b'bytes'])),
          lambda: list(csv.reader(['x,abc'], quoting=csv.QUOTE_NONNUMERIC)),
          lambda: csv.reader([], delimiter=''), lambda: csv.reader([], delimiter=3),
          lambda: csv.reader([], quotechar='ab'), lambda: csv.reader([], quoting=10),
          lambda: csv.reader([], lineterminator=5), lambda: csv.reader([], delimiter='\n'),
          lambda: csv.reader([], quotechar=','), lambda: csv.reader([], escapechar=','),
          lambda: csv.reader([], bogus=1), lambda: csv.get_dialect('nope'), lambda: csv.unregister_dialect('nope')]
for fn in errors:
    try:
        print(fn())
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
old = csv.field_size_limit(10)
try:
    list(csv.reader(['x' * 20]))
except csv.Error as e:
    print('Error', e)
print(old, csv.field_size_limit(old), csv.field_size_limit())

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['a', 'b,c', 'd"e', 'f\ng', '', None, 1, 2.5, 1e20, True]))
w.writerows([[1, 2], [''], [], ['x y']])
print(repr(out.getvalue()))
for quoting in range(6):
    out = io.StringIO()
    try:
        csv.writer(out, quoting=quoting, escapechar='\\').writerow(['a', 1, 2.0, None, '', 'q"x', 'c,d'])
        print(quoting, repr(out.getvalue()))
    except csv.Error as e:
        print(quoting, 'Error', e)
out = io.StringIO()
csv.writer(out, dialect='unix').writerow(['u', 1])
csv.writer(out, delimiter='|', lineterminator='\n', quotechar="'").writerow(["it's", 'a|b', 'plain'])
csv.writer(out, doublequote=False, escapechar='\\').writerow(['say "x"', 'back\\slash'])
print(repr(out.getvalue()))
for row in [[''], ['a,b'], ['a"b']]:
    try:
        csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(row)
    except csv.Error as e:
        print('Error', e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print('Error', e)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect('semi', Semi)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipes')
print(d.delimiter, d.quotechar, d.quoting, d.doublequote, repr(d.lineterminator), d.escapechar, d.strict)
print(list(csv.reader(['a;b'], 'semi')), list(csv.reader(['a|b'], 'pipes')), sorted(csv.list_dialects()))
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['x', 'y'])
print(repr(out.getvalue()))
csv.unregister_dialect('pipes')
try:
    d.delimiter = ','
except AttributeError as e:
    print('AttributeError', e)
r = csv.reader([], delimiter=':')
print(r.dialect.delimiter, r.line_num)
