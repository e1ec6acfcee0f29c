# json.tool's main(): pretty-printing files with each layout option, invalid input, usage errors; output to a file.
# (--json-lines with a named input fails in CPython 3.13.0 with 'I/O operation on closed file': not tested.)
import json.tool
import os
import sys
import tempfile

folder = tempfile.mkdtemp()
source = os.path.join(folder, 'in.json')
lines = os.path.join(folder, 'in.jsonl')
target = os.path.join(folder, 'out.json')
with open(source, 'w', encoding='utf-8') as f:
    f.write('{"b": [1, 2.5, null, true], "a": {"z": "\\u00e9t\\u00e9", "y": []}}')
with open(lines, 'w', encoding='utf-8') as f:
    f.write('{"x": 1}\n[2, 3]\n"s"\n')


def run(*args):
    # always through an output file: CPython's main() closes sys.stdout when it writes there
    sys.argv = ['json.tool', *args, target]
    try:
        json.tool.main()
    except SystemExit as e:
        print('SystemExit:', e.code)
        return
    with open(target, encoding='utf-8') as f:
        print(f.read(), end='')


run(source)
run('--sort-keys', source)
run('--no-ensure-ascii', '--indent', '2', source)
run('--tab', source)
run('--no-indent', '--sort-keys', source)
run('--compact', source)
with open(source, 'w', encoding='utf-8') as f:
    f.write('{"a": 1,}')
run(source)
with open(source, 'w', encoding='utf-8') as f:
    f.write('')
run(source)
run('--indent', '2', '--tab', source)
for name in (source, lines, target):
    os.remove(name)
os.rmdir(folder)
