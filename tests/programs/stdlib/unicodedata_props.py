# unicodedata: properties, names and lookups of characters from many scripts and categories, and errors
import unicodedata

print(unicodedata.unidata_version)
chars = ('aZ09 _\t\n\x00\x7f\xa0\xad\xb2\xbd\xe9\u0301\u0300\u0345\u05d0\u0627\u0661\u06f5\u0966\u0e3f\u0f33'
         '\u1100\u2028\u2029\u200b\u200d\u2160\u2179\u2153\u215f\u2460\u3000\u3007\u3042\u30a2\u4e00\u4e8c'
         '\u9fff\uac00\ud7a3\ue000\uf900\ufb01\ufe0f\uff10\uff21\uffe0\ufffd\U00010107\U0001d7ce\U0001f600'
         '\U0001f1e6\U00020000\U0002f800\U000e0001\U0010ffff\u0378\u00bc\u0f2a\U0001ecb0\u2070\u00b9(]{\u00ab\u2264')
for ch in chars:
    print('%04X' % ord(ch), repr(unicodedata.name(ch, None)), unicodedata.category(ch),
          repr(unicodedata.bidirectional(ch)), unicodedata.combining(ch), unicodedata.east_asian_width(ch),
          unicodedata.mirrored(ch), unicodedata.decimal(ch, None), unicodedata.digit(ch, None),
          unicodedata.numeric(ch, None), repr(unicodedata.decomposition(ch)))
for name in ['LATIN SMALL LETTER A', 'latin small letter e with acute', 'SNOWMAN', 'GRINNING FACE',
             'CJK UNIFIED IDEOGRAPH-4E00', 'cjk unified ideograph-20000', 'HANGUL SYLLABLE GAG', 'hangul syllable hih',
             'CJK COMPATIBILITY IDEOGRAPH-F900', 'CJK UNIFIED IDEOGRAPH-4e00', 'TANGUT IDEOGRAPH-17000', 'DIGIT SEVEN', 'EURO SIGN', 'NUSHU CHARACTER-1B170']:
    try:
        ch = unicodedata.lookup(name)
        print(repr(name), ch, '%04X' % ord(ch), unicodedata.name(ch))
    except KeyError as e:
        print(repr(name), 'KeyError', e)
counts = {}
for cp in range(0, 0x3400, 3):
    cat = unicodedata.category(chr(cp))
    counts[cat] = counts.get(cat, 0) + 1
print(sorted(counts.items()))
sample = [chr(cp) for cp in range(0, 0x110000, 97)]   # every 97th code point, all planes
print(sum(1 for ch in sample if unicodedata.name(ch, None)))
print(sum(unicodedata.combining(ch) for ch in sample), sum(unicodedata.mirrored(ch) for ch in sample),
      sorted({unicodedata.east_asian_width(ch) for ch in sample}),
      sorted({unicodedata.bidirectional(ch) for ch in sample}))
print(sum(unicodedata.numeric(ch, 0) for ch in sample), sum(unicodedata.decimal(ch, 0) for ch in sample))


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(unicodedata.name, '\x00')
attempt(unicodedata.name, '\x00', 'default')
attempt(unicodedata.name, 'ab')
attempt(unicodedata.name, 5)
attempt(unicodedata.name, '')
attempt(unicodedata.lookup, 'NO SUCH CHARACTER NAME')
attempt(unicodedata.lookup, 'CJK UNIFIED IDEOGRAPH-ZZZZ')
attempt(unicodedata.lookup, 'HANGUL SYLLABLE QQQ')
attempt(unicodedata.lookup, 'x' * 300)
attempt(unicodedata.decimal, 'a')
attempt(unicodedata.decimal, '\xbd')
attempt(unicodedata.decimal, 'a', -1)
attempt(unicodedata.digit, 'a')
attempt(unicodedata.digit, '\xb2')
attempt(unicodedata.numeric, 'a')
attempt(unicodedata.numeric, '\u4e8c')
attempt(unicodedata.category, 'ab')
attempt(unicodedata.combining, None)
