# sys.exit with an int status after printing; output is flushed first.
import sys
print("about to exit")
sys.exit(7)
