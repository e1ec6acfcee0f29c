import fnmatch
print(fnmatch.__all__)
names = ['a.txt', 'b.TXT', 'notes.md', '.hidden', 'dir/file.txt', 'x1.py', 'x22.py', 'data[1].csv', 'abc', 'a-b', 'a\nb']
for pat in ['*.txt', '*.TXT', '*', '?', '???', 'x?.py', 'x*.py', '[ab]*', '[!ab]*', '*[0-9]*', 'data[[]1].csv', '*/*', 'a*b', 'a?b', '[a-c][a-c][a-c]', '[!.]*', '*.*.*', '']:
    print(repr(pat), fnmatch.filter(names, pat), fnmatch.translate(pat))
print(fnmatch.fnmatch('FILE.TXT', '*.txt'), fnmatch.fnmatchcase('FILE.TXT', '*.txt'), fnmatch.fnmatchcase('file.txt', '*.txt'))
print(fnmatch.fnmatchcase(b'abc.py', b'*.py'), fnmatch.filter([b'a', b'b'], b'[a]'), fnmatch.fnmatch('a\\b', 'a\\b'))
for pat in ['a*b*c', '**', 'a?c*', '[abc]', '[!abc]', '[z-a]', '[!]', '[]]', '[!]]', 'a[', '[a-]', '[-a]', 'x*y*', '*a*', 'a.b|c(d)', '[a&&b]', '[\\\\]', '[^x]', '[[]', '*?*', 'a**b', '***x', 'x*?*y', '[a-c-e]', '[z-a!]']:
    print(repr(pat), repr(fnmatch.translate(pat)), [n for n in ['a', 'b', 'abc', 'aXbYc', 'x', 'xy', ']', '!', '[', '-', '^', '&', '\\', 'a.b|c(d)', 'xay', 'aab'] if fnmatch.fnmatchcase(n, pat)])
