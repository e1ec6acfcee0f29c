import html
import html.entities

print(html.escape('<a href="x?a=1&b=2">it\'s</a>'), html.escape('<"\'>', quote=False), html.escape(''))
cases = ['&amp; &lt; &gt; &quot; &#39; &#x27;', '&copy;2024 &eacute;t&eacute;', '&ampx &amp &notin; &notit;',
         '&#65;&#x42;&#X43;&#0;&#x80;&#x9F;&#xD800;&#x110000;&#1;&#xb;&#x7f;&#65', '&nosuchentity; & &; &#;',
         'no refs at all', '&NotNestedGreaterGreater; &CounterClockwiseContourIntegral;', '&lt&gt&amp;x',
         '&#x1F600; &#128512; &AMP; &Amp;', '&' + 'a' * 40 + ';', '&fjlig; &nGt; &bne;']
for c in cases:
    print(repr(html.unescape(c)))
e = html.entities
print(len(e.html5), len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs))
print(e.name2codepoint['eacute'], e.codepoint2name[233], e.entitydefs['amp'], e.html5['amp;'], e.html5['amp'],
      e.html5['NotEqualTilde;'])
print(sorted(e.__all__))
print(html.unescape(html.escape('<tag attr="v">&</tag>')))
