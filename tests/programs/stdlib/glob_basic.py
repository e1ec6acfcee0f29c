import glob
import os
import tempfile

base = tempfile.mkdtemp()
try:
    for name in ['a.txt', 'b.txt', 'c.py', '.hidden.txt', 'sub/d.txt', 'sub/e.py', 'sub/deep/f.txt',
                 'sub/.hid/g.txt', 'x[1].txt']:
        path = os.path.join(base, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(name)

    def show(pattern, **kw):
        found = glob.glob(os.path.join(base, pattern), **kw)
        print(pattern, kw, sorted(os.path.relpath(p, base) for p in found))

    show('*.txt')
    show('?.py')
    show('[ab].txt')
    show('[!a].txt')
    show('*')
    show('*/')
    show('sub/*')
    show('*/*.py')
    show('**/*.txt')
    show('**/*.txt', recursive=True)
    show('**', recursive=True)
    show('**/', recursive=True)
    show('sub/**', recursive=True)
    show('*.txt', include_hidden=True)
    show('**/*.txt', recursive=True, include_hidden=True)
    show('a.txt')
    show('nope.txt')
    show('sub/')
    show('x[1].txt')
    show(glob.escape('x[1].txt'))
    print(sorted(glob.glob('*.txt', root_dir=base)), sorted(glob.glob('sub/*.py', root_dir=base)))
    print(sorted(glob.glob('**/*.py', root_dir=base, recursive=True)))
    it = glob.iglob(os.path.join(base, '*.py'))
    print(type(it).__name__ in ('generator', 'chain', 'itertools.chain'), [os.path.basename(p) for p in it])
    print(glob.escape('a*b?c[d]'), glob.escape('/x/[y]'), glob.has_magic('a*'), glob.has_magic('abc'),
          glob.escape(b'a?'))
    old = os.getcwd()
    os.chdir(base)
    print(sorted(glob.glob('*.py')), sorted(glob.glob('sub/*.txt')), glob.glob(''), sorted(glob.glob('**', recursive=True)))
    os.chdir(old)
finally:
    import shutil
    shutil.rmtree(base)
