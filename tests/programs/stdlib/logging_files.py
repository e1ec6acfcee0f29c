# logging: FileHandler through basicConfig, delayed opening, RotatingFileHandler
import logging
import logging.handlers
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'log.txt')
    logging.basicConfig(filename=path, filemode='w', format='%(name)s %(levelname)s %(message)s', force=True)
    logging.getLogger('file').warning('to the file')
    logging.error('second line')
    h = logging.root.handlers[0]
    print(type(h).__name__, h.baseFilename == os.path.abspath(path), h.mode)
    h.flush()
    with open(path) as f:
        print(f.read(), end='')
    handlers = [logging.StreamHandler(sys.stdout), logging.FileHandler(path, delay=True)]
    logging.basicConfig(handlers=handlers, format='H %(message)s', force=True)
    print(handlers[1].stream)
    logging.warning('both handlers')
    logging.shutdown()
    with open(path) as f:
        print(f.read(), end='')

    rot = os.path.join(tmp, 'rot.log')
    rh = logging.handlers.RotatingFileHandler(rot, maxBytes=30, backupCount=2)
    lg = logging.getLogger('rot')
    lg.propagate = False
    lg.addHandler(rh)
    for i in range(6):
        lg.warning('message number %d', i)
    rh.close()
    for name in sorted(os.listdir(tmp)):
        if name.startswith('rot'):
            with open(os.path.join(tmp, name)) as f:
                print(name, repr(f.read()))
finally:
    for name in os.listdir(tmp):
        os.remove(os.path.join(tmp, name))
    os.rmdir(tmp)

