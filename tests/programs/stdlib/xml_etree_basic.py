# xml.etree.ElementTree: building, parsing, serializing, attributes, text/tail, indent, dump
import io
import xml.etree.ElementTree as ET

root = ET.Element('root', {'version': '1'}, lang='en')
a = ET.SubElement(root, 'item', id='1')
a.text = 'first & <best>'
b = ET.SubElement(root, 'item', id='2', note='say "hi"\n\ttab')
b.tail = 'after b'
ET.SubElement(b, 'empty')
c = ET.Element('last')
root.append(c)
root.insert(0, ET.Comment(' a comment '))
root.append(ET.PI('target', 'some data'))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root))
print(ET.tostring(root, encoding='utf-8'))
print(ET.tostring(root, encoding='unicode', short_empty_elements=False))
print(ET.tostring(root, encoding='unicode', xml_declaration=True))
print(ET.tostring(ET.fromstring('<a>\u00e9\u4e2d</a>')))
print(ET.tostring(ET.fromstring('<a>\u00e9</a>'), encoding='latin-1'))
print(ET.tostring(root, method='text', encoding='unicode'))
print(ET.tostring(ET.fromstring('<html><br/><p>x</p><script>a&lt;b</script></html>'), method='html', encoding='unicode'))
try:
    ET.tostring(root, encoding='bogus')
except LookupError as e:
    print('LookupError', e)

print(len(root), root.tag, root.attrib, root.get('lang'), root.get('nope', 'dflt'), sorted(root.keys()))
print(list(root.items()), [e.tag for e in root][1:4], root[1].text, root[-2].tag)
print([e.get('id') for e in root.iter('item')], [e.tag for e in root.iter() if isinstance(e.tag, str)])
print(list(root.itertext()))
root.set('version', '2')
del root[0]
root.remove(c)
try:
    root.remove(c)
except ValueError as e:
    print('ValueError', e)
try:
    root.append('text')
except TypeError as e:
    print('TypeError', e)
print(ET.tostring(root, encoding='unicode'))
print(ET.iselement(root), ET.iselement('x'))

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE catalog [ <!ELEMENT catalog ANY> ]>
<catalog>
  <!-- books -->
  <book id="b1" year="2001"><title>First &amp; foremost</title><price>10.5</price></book>
  <book id="b2" year="1999"><title>Second &#x263A; &#65;</title><price>7</price><![CDATA[<raw & text>]]></book>
  <?proc instr?>
  <magazine id="m1"><title>Monthly</title></magazine>
</catalog>'''
cat = ET.fromstring(doc)
print(cat.tag, repr(cat.text), [(e.tag, e.attrib) for e in cat])
print(cat[1].findtext('title'), repr(cat[1].text), repr(cat[1][1].tail), repr(cat[0].tail))
print(ET.tostring(cat, encoding='unicode'))

tree = ET.ElementTree(ET.fromstring('<r><a><b>1</b><b>2</b></a><c/></r>'))
ET.indent(tree)
print(ET.tostring(tree.getroot(), encoding='unicode'))
r2 = ET.fromstring('<r><a><b/></a></r>')
ET.indent(r2, space='\t', level=1)
print(repr(ET.tostring(r2, encoding='unicode')))
ET.dump(ET.fromstring('<d x="1">text</d>'))
out = io.BytesIO()
tree.write(out, encoding='utf-8', xml_declaration=True)
print(out.getvalue())
out = io.StringIO()
tree.write(out, encoding='unicode')
print(out.getvalue())
parsed = ET.parse(io.BytesIO(b'<doc><x>1</x></doc>'))
print(type(parsed).__name__, parsed.getroot().tag, parsed.find('x').text, parsed.findtext('x'), parsed.findall('x')[0].text)
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed('<a><!--c--><?pi data?>')
p.feed('<b>t</b></a>')
built = p.close()
print([(e.tag if isinstance(e.tag, str) else e.tag.__name__, e.text) for e in built])
tree2, ids = ET.XMLID('<a><b id="x"/><c id="y">t</c></a>')
print(tree2.tag, sorted(ids), ids['y'].text)
print([(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b'<a><b/><c><d/></c></a>'), events=('start', 'end'))])
q = ET.QName('http://ns', 'tag')
print(q, q.text, q == 'http://ns}tag' or q == '{http://ns}tag')
copy_src = ET.fromstring('<a k="v"><b/></a>')
import copy
cp = copy.deepcopy(copy_src)
cp.set('k', 'changed')
print(copy_src.get('k'), cp.get('k'), len(cp))
