# unicodedata: normalize and is_normalized in the four forms
import unicodedata

samples = ['caf\xe9', 'cafe\u0301', '\ufb01ne', '\u2460\u2461', 'A\u030a', '\u212b', '\u1e9b\u0323', 'x\u0323\u0307',
           '\uac00', '\u1100\u1161\u11a8', '\uff21\uff22', '\u2075\u2082', '\u00bd', '\u0344', 'e\u0301\u0301',
           '\U0001d400', '\u2126', '', 'plain ascii', '\u0958', '\u3131', 'Å\u0328']
for s in samples:
    row = [repr(s)]
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        n = unicodedata.normalize(form, s)
        row.append('%s=%s/%s' % (form, ' '.join('%04X' % ord(c) for c in n), unicodedata.is_normalized(form, s)))
    print(' '.join(row))
count = {}
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    count[form] = sum(1 for cp in range(0x3400) if unicodedata.normalize(form, chr(cp)) != chr(cp))
print(count)
for form in ['NFX', 'nfc', '']:
    try:
        unicodedata.normalize(form, 'a')
    except ValueError as e:
        print(repr(form), 'ValueError', e)
for args in [(1, 'a'), ('NFC', 1)]:
    try:
        unicodedata.normalize(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    unicodedata.is_normalized('NFQ', 'a')
except ValueError as e:
    print('ValueError', e)
