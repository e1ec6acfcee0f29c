# A file never closed is written out at exit: here a text file on descriptor 1 (stdout), whose buffer reaches
# the output after sys.stdout's own, as in CPython (standard streams are flushed first, then files).
import os, tempfile

out = open(1, "w", closefd=False)
out.write("from the unclosed file, line 1\n")
out.write("from the unclosed file, line 2\n")
print("printed before exit", repr(out))
d = tempfile.mkdtemp()
p = os.path.join(d, "later.txt")
f = open(p, "w")
f.write("kept in the buffer")
print("size on disk while buffered:", os.path.getsize(p))
f.close()
print("size after close:", os.path.getsize(p))
os.remove(p)
os.rmdir(d)
