# urllib.parse: splitting, joining, quoting, query strings
import urllib.parse as P
from urllib.parse import urlsplit, urlparse, urljoin, quote, unquote

def show(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(P.__all__)
r = urlparse('https://User:Pw@Example.COM:8443/a/b;p?q=1&r=2#frag')
print(r)
print(r.scheme, r.netloc, r.path, r.params, r.query, r.fragment)
print(r.username, r.password, r.hostname, r.port, r.geturl())
print(r._replace(fragment='').geturl(), r.encode())
s = urlsplit('//host/p;x?y')
print(s, s.hostname, s.port, s.username, s.password)
print(urlsplit('http://[fe80::1%25eth0]:80/x').hostname, urlsplit('http://[::1]/').port)
for u in ['http://host:abc/', 'http://host:65536/', 'http://host:/', 'http://[::1/', 'http://[1.2.3.4]/',
          'http://[zz::1]/', 'http://[vz.x]/', 'mailto:a@b.c', 'x:/y', 'help/Python.html', '  \x01http://a/b',
          'ht\ttp://a\n/b', 'file:///etc/hosts', 'http://a?b#c?d', 'path;p1/x;y', 'sip:alice@example.com;t=1']:
    try:
        r = urlparse(u)
        print(repr(u), tuple(r), r.port)
    except Exception as e:
        print(repr(u), '!!', type(e).__name__, e)
print(urlsplit('http://a/b#c', allow_fragments=False), urlsplit('a/b', scheme='ftp'))
print(urlsplit(b'http://u@h:1/x?q'), urlparse(b'http://h/p;x').decode(), urlparse(b'http://H:8/').hostname)
show('mix', urlsplit, b'http://a', 'x')
for t in [('http', 'a', '/b', '', 'q', 'f'), ('http', '', 'b', '', '', ''), ('', '', '//x', '', '', ''),
          ('file', '', '', '', '', ''), ('mailto', '', 'x', '', '', ''), ('', 'h', 'p', 'x', '', '')]:
    print(t, P.urlunparse(t), P.urlunsplit(t[:3] + t[4:]))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', 'g;x', '', '.', './',
            '..', '../', '../g', '../..', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..',
            './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g#s/../x',
            'http:g', 'http:', '//', 'a//b', 'https:g']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('mailto:a@b', 'c'), urljoin('file:///tmp/x', 'y'), urljoin('', 'z'), urljoin('http://a/b', ''),
      urljoin('svn://h/a/b', '../c'), urljoin(b'http://a/b/c', b'../d'), urljoin('http://a/b', 'c#d', allow_fragments=False))
print(P.urldefrag('http://a/b?c#d'), P.urldefrag('http://a/b'), P.urldefrag(b'x#y'), P.urldefrag('a#b').geturl())
for s in ['', 'a b/c?d=e&f', 'é€😀', "~_.-!*'()", 'a+b']:
    print(repr(s), quote(s), quote(s, safe=''), P.quote_plus(s), P.quote_plus(s, safe='/+'), quote(s.encode()))
print(quote('é', encoding='latin-1'), quote('é€', encoding='ascii', errors='replace'), P.quote_from_bytes(b'\x00\xff/ ', b'\xff'))
show('bytes-enc', quote, b'x', encoding='utf-8')
show('bytes-err', quote, b'x', errors='strict')
show('qfb', P.quote_from_bytes, 'x')
show('ascii', quote, 'é', encoding='ascii')
for s in ['abc', '%41%42', '%e2%82%ac', '%E2%82', '%zz%4', '%', 'a+b%20c', '%ff', b'%41%zz']:
    print(repr(s), repr(unquote(s)), repr(P.unquote_to_bytes(s)), repr(P.unquote_plus(s) if isinstance(s, str) else None))
print(unquote('%E9', 'latin-1'), repr(P.unquote_to_bytes('')))
show('strict', unquote, '%ff', errors='strict')
print(P.urlencode({'a': 1, 'b': 'x y', 'c': b'\xff&', b'd': [1, 2]}))
print(P.urlencode({'a': [1, 'é', b'\x00'], 'b': 3, 'd': ()}, doseq=True))
print(P.urlencode([('a', 'b/c d'), ('a', 'c')], safe='/'), P.urlencode({'a': 'b c'}, quote_via=quote), P.urlencode({'a': 'é'}, encoding='latin-1'))
show('bad', P.urlencode, 'abc')
show('bad2', P.urlencode, 5)
for q in ['a=1&b=2&a=3', 'a=&b', '&&a=1;b=2&&', 'a+b=c+d%20e', '=x', 'a==b', 'a=%ff', b'a=1&b=%ff+', '']:
    print(repr(q), P.parse_qsl(q), P.parse_qs(q), P.parse_qsl(q, keep_blank_values=True), P.parse_qsl(q, separator=';'))
show('strict', P.parse_qsl, 'a=1&&b', strict_parsing=True)
show('strict2', P.parse_qsl, 'a=1&b', strict_parsing=True)
show('max', P.parse_qs, 'a=1&b=2', max_num_fields=1)
show('sep', P.parse_qsl, 'a=1', separator='')
show('sep2', P.parse_qsl, 'a=1', separator=5)
show('latin', P.parse_qsl, 'a=%E9', encoding='latin-1')
print(P.unwrap(' <URL:http://a/ > '), P.SplitResult('a', 'b', 'c', 'd', 'e').geturl(), P.DefragResult('u', '').geturl())
for u in ['http://ex\uff03ample.com/', 'http://\xe9.com/', 'http://u\uff20h/']:
    show('nfkc', urlsplit, u)
