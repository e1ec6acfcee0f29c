# int() of a malformed string, uncaught, shows the literal in the message.
values = ["1", "2", "three"]
print(sum(int(v) for v in values))
