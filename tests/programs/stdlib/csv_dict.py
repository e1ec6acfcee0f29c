import csv
import io

text = 'id,name,score\n1,ann,9.5\n2,bob\n\n3,cy,7,extra,more\n'
rd = csv.DictReader(io.StringIO(text))
print(rd.fieldnames, rd.line_num)
for row in rd:
    print(rd.line_num, row)
rd = csv.DictReader(io.StringIO(text), restkey='rest', restval='?')
print(list(rd))
rd = csv.DictReader(['a,b', 'c,d'], fieldnames=['x', 'y'])
print(list(rd), rd.fieldnames)
print(csv.DictReader(io.StringIO('')).fieldnames, list(csv.DictReader(io.StringIO(''))))
print(list(csv.DictReader(['k;v', '1;2'], delimiter=';')))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['id', 'name', 'score'], restval='NA')
print(w.writeheader())
w.writerow({'id': 1, 'name': 'x, y', 'score': 2.5})
w.writerows([{'id': 2}, {'name': 'only'}])
print(repr(out.getvalue()))
try:
    w.writerow({'id': 3, 'bogus': 1})
except ValueError as e:
    print('ValueError', e)
w2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
w2.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='skip')
except ValueError as e:
    print('ValueError', e)
out = io.StringIO()
csv.DictWriter(out, ['a', 'b'], dialect='excel-tab', quoting=csv.QUOTE_ALL).writerow({'a': 'p', 'b': 'q'})
print(repr(out.getvalue()))
sample = 'a;b;c\n1;2;3\n4;5;6\n'
dialect = csv.Sniffer().sniff(sample)
print(dialect.delimiter, csv.Sniffer().has_header('name,count\nx,1\ny,2\n'))
