# xml.etree.ElementTree: ParseError messages, codes and positions for malformed documents
import xml.etree.ElementTree as ET

cases = ['', '<a>', '<a></b>', '<a><b></a>', '<a x=1/>', '<a>&foo;</a>', '<a x="1" x="2"/>',
         '<a/><b/>', '<a/>junk', '<p:a/>', '<a><</a>', '<a', '<a b="<"/>', '\n\n  <a>\n<b>&#xZZ;</b></a>',
         '<a>\n  <b c="1"\n d="2"> </a>', '<a>]]></a>', '<a><!-- c -- --></a>', 'text', '<1a/>',
         '<a x="1"y="2"/>', '   <a/>  \n  ', '<a>&#0;</a>', '<a></a><!-- trailing comment -->',
         '<a><b>text</b ></a>', '<a>&amp;&lt;&gt;&quot;&apos;&#65;&#x42;</a>', "<a b='single' c=\"d'q\"/>",
         '<a\n  x="1"\n  y="2"\n/>', '<a>\r\nline\rtwo</a>', '<a x="t\tb\nc"/>', '<?pi x?><a/><?pi y?>']
for text in cases:
    try:
        root = ET.fromstring(text)
        print(repr(text), 'ok', repr(root.text), root.attrib)
    except ET.ParseError as e:
        print(repr(text), '->', e, e.code, e.position, isinstance(e, SyntaxError))
try:
    ET.fromstring(b'<a>\xff</a>')
except Exception as e:
    print(type(e).__name__, e, e.position)
print(ET.fromstring(b'<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>').text)
print(ET.fromstring('<a>\u00e9</a>'.encode('utf-8')).text)
