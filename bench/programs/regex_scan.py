# Regular expressions over generated log lines: search with groups, findall, sub with a template and with a
# function, split, and named groups (regex_* in the spirit of pyperformance), all through Tiercel's re engine.
import re

LINE = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>INFO|WARN|ERROR) \[(?P<mod>[\w.]+)\] (?P<msg>.*)$')
NUMBER = re.compile(r'-?\d+(?:\.\d+)?')
WORD = re.compile(r'\b[a-z]{4,}\b')


def make_log(n):
    levels = ['INFO', 'WARN', 'ERROR', 'INFO']
    mods = ['net.http', 'db.pool', 'auth', 'cache.lru']
    lines = []
    for i in range(n):
        lines.append(f'2024-{1 + i % 12:02d}-{1 + i % 28:02d} {levels[i % 4]} [{mods[i % 4]}] '
                     f'request {i} took {i * 37 % 1000 / 10} ms for user{i % 50} status={200 + i % 3}')
    return lines


lines = make_log(3000)
counts = {}
numbers = 0
words = 0
for line in lines:
    m = LINE.match(line)
    counts[m['level']] = counts.get(m['level'], 0) + 1
    numbers += len(NUMBER.findall(m.group('msg')))
    words += len(WORD.findall(line))
masked = [re.sub(r'user(\d+)', r'user<\1>', line) for line in lines[:500]]
shouted = [WORD.sub(lambda m: m.group().upper(), line) for line in lines[:500]]
parts = sum(len(re.split(r'[\s=\[\]]+', line)) for line in lines)
print(sorted(counts.items()), numbers, words, parts, masked[42], shouted[7])
