# xml.etree.ElementTree: ElementPath searches (find/findall/findtext/iterfind) and namespaces
import xml.etree.ElementTree as ET

doc = ET.fromstring('''<lib>
  <shelf name="a">
    <book id="1" lang="en"><title>One</title><tag>x</tag></book>
    <book id="2"><title>Two</title></book>
    <book id="3" lang="fr"><title>Three</title><tag>y</tag></book>
  </shelf>
  <shelf name="b">
    <book id="4" lang="en"><title>Four</title></book>
    <dvd id="5"><title>Five</title></dvd>
  </shelf>
  <title>Library</title>
</lib>''')


def ids(path, elem=doc):
    try:
        found = elem.findall(path)
        print(repr(path), [e.get('id') or e.get('name') or e.tag for e in found])
    except SyntaxError as e:
        print(repr(path), 'SyntaxError', e)


for path in ['shelf', 'shelf/book', './/book', '//book', 'shelf/*', '*/book[@lang]', ".//book[@lang='en']",
             ".//book[@lang!='en']", './/*[title]', ".//book[title='Two']", ".//title[.='Five']/..",
             'shelf/book[1]', 'shelf/book[2]', 'shelf/book[last()]', 'shelf/book[last()-1]', '.',
             './/book/..', 'shelf[@name="b"]/dvd', './/tag/../title', '*', 'nothing', './/title',
             '/lib', './/book[@id="1"][@lang="en"]', 'shelf/book[tag]',
             '..']:
    ids(path)
print(doc.find('shelf/book').get('id'), doc.find('missing'), doc.findtext('title'),
      doc.findtext('missing', 'dflt'), repr(doc.findtext('shelf')), doc.findtext('.//dvd/title'))
print([e.get('id') for e in doc.iterfind('.//book')], type(doc.iterfind('x')).__name__ != 'list')
print(doc.find('shelf').find('..'))
tree = ET.ElementTree(doc)
print(len(tree.findall('.//book')), tree.findtext('shelf/book/title'), [e.tag for e in tree.iter('dvd')])

ns_doc = '''<root xmlns="http://default" xmlns:x="http://x.org/ns" x:attr="v">
  <child>text</child>
  <x:special x:flag="yes">s</x:special>
  <plain xmlns="">p</plain>
</root>'''
nroot = ET.fromstring(ns_doc)
print(nroot.tag, nroot.attrib, [e.tag for e in nroot])
print(nroot.find('{http://default}child').text, nroot.find('x:special', {'x': 'http://x.org/ns'}).text)
print(nroot.find('child', {'': 'http://default'}).text, nroot.findall('{*}child')[0].text,
      [e.tag for e in nroot.findall('{*}*')], [e.tag for e in nroot.findall('{}*')])
try:
    nroot.find('y:special', {'x': 'http://x.org/ns'})
except SyntaxError as e:
    print('SyntaxError', e)
print(ET.tostring(nroot, encoding='unicode'))

e = ET.Element('{http://example.com/a}top')
ET.SubElement(e, '{http://example.com/b}inner', {'{http://example.com/a}k': 'v'})
ET.SubElement(e, '{http://www.w3.org/XML/1998/namespace}lang')
print(ET.tostring(e, encoding='unicode'))
ET.register_namespace('aa', 'http://example.com/a')
print(ET.tostring(e, encoding='unicode'))
print(ET.tostring(ET.Element('{http://d}x'), encoding='unicode', default_namespace='http://d'))
try:
    ET.tostring(ET.Element('x'), encoding='unicode', default_namespace='http://d')
except ValueError as err:
    print('ValueError', err)
try:
    ET.register_namespace('ns3', 'http://nope')
except ValueError as err:
    print('ValueError', err)
q = ET.Element(ET.QName('http://q', 'name'))
q.set('ref', 'plain')
print(ET.tostring(q, encoding='unicode'))
dc = ET.Element('{http://purl.org/dc/elements/1.1/}title')
print(ET.tostring(dc, encoding='unicode'))
