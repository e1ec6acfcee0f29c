# Chained string methods normalising messy input.
raw = "  Hello,   WORLD!  this IS   a Test.  "
words = raw.strip().lower().replace(",", "").replace("!", "").replace(".", "").split()
print(words)
print(" ".join(w.capitalize() for w in words))
print("_".join(words).upper().center(40, "="))
print(raw.count(" "), raw.strip().title().swapcase(), raw.split("  ")[:4])
