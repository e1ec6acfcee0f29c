# A generator as a state machine parsing tokens pushed with send().
def parser():
    tokens = []
    while True:
        tok = yield len(tokens)
        if tok == "(":
            depth = 1
            group = []
            while depth:
                t = yield len(tokens)
                if t == "(":
                    depth += 1
                elif t == ")":
                    depth -= 1
                if depth:
                    group.append(t)
            tokens.append(group)
        elif tok is None:
            return tokens
        else:
            tokens.append(tok)
p = parser()
next(p)
for t in ["a", "(", "b", "(", "c", ")", ")", "d"]:
    p.send(t)
try:
    p.send(None)
except StopIteration as e:
    print(e.value)
