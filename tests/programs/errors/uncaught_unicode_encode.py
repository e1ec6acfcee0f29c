# An uncaught UnicodeEncodeError names the codec, character and position.
text = "price: 5€"
print(text.encode("utf-8"))
text.encode("ascii")
