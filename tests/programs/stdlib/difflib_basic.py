# difflib: SequenceMatcher blocks/opcodes/ratios, ndiff with '?' guides, unified_diff, close matches
import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda c: c == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_opcodes())
print(s.find_longest_match(0, 29, 0, 38))
s = difflib.SequenceMatcher(None, list(range(300)) + [1] * 10, [1] * 5 + list(range(250)))
print(len(s.get_matching_blocks()), s.get_opcodes()[:3])
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five!\n', 'six\n']
print(''.join(difflib.ndiff(a, b)), end='')
print(''.join(difflib.ndiff(['abcdefg\n', 'xyz\n'], ['abXdefg\n', 'x y z\n', 'new\n'])), end='')
print(''.join(difflib.ndiff(['\tindented line here\n'], ['\tindented lime here\n'])), end='')
print(''.join(difflib.restore(difflib.ndiff(a, b), 2)), end='')
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt')), end='')
print(list(difflib.unified_diff(['x'] * 10 + ['y'], ['x'] * 10 + ['z'], lineterm='', n=2)))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'wheels', 'shell'], n=2, cutoff=0.5))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'), difflib.IS_LINE_JUNK('  # \n'),
      difflib.IS_LINE_JUNK('code\n'))
print('\n'.join(difflib.ndiff(['[1, 2, 3]'], ['[1, 2, 4]'])))
