import textwrap
print(textwrap.__all__)
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump? Sphinx of black quartz, judge my vow. A well-known "
        "state-of-the-art re-implementation -- with em--dashes -- and supercalifragilisticexpialidocious words.")
for width in [10, 15, 20, 33, 50, 70]:
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill(text, 30, break_on_hyphens=False))
print(textwrap.fill(text, 12, break_long_words=False))
print(textwrap.wrap(text, 25, max_lines=3), textwrap.wrap(text, 25, max_lines=2, placeholder='...'))
print(textwrap.fill('Hello there.  How are you? Fine. Mr. Smith said "ok." Then', 20, fix_sentence_endings=True))
print(textwrap.wrap('\tTabbed\ttext\nwith newline\r and\x0bvertical', 12), textwrap.wrap('\ttab', 10, expand_tabs=False))
print(textwrap.wrap('a  b   c    d', 3, drop_whitespace=False), textwrap.wrap('  leading and trailing  ', 10))
print(textwrap.wrap('keep\nnewlines here', 40, replace_whitespace=False), textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11), textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.shorten(text, 60), textwrap.shorten('  many   spaces   here  ', 30))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.wrap('abc def', 3, max_lines=1, placeholder=' [......]')
except ValueError as e:
    print('ValueError', e)
code = '''
    def f():
        return 1

      \t
    x = 2
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('\t  a\n\t b\n')), repr(textwrap.dedent('   \n  x\n   y')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('one\n\ntwo\n  \nthree', '> ')), repr(textwrap.indent('a\nb\n', '+', lambda line: True)), repr(textwrap.indent('x\r\ny', '# ')))
w = textwrap.TextWrapper(width=18, initial_indent='-> ', subsequent_indent='   ', max_lines=4)
print(w.wrap(text))
print(w.width, w.placeholder, w.tabsize, w.break_on_hyphens)
print(textwrap.wrap('a-b-c-d e-f-g-h well-behaved, super--fast; x---y --z', 6))
print(textwrap.wrap('aaaaaaaaaa-bbbbbbbbb-cccc', 8), textwrap.wrap('----------', 4), textwrap.wrap('über-größe naïve-café', 7))
