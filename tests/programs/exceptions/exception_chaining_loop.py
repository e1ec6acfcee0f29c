# Chains built in a loop: each new exception's context is the previous one.
err = None
for i in range(3):
    try:
        if err is None:
            raise ValueError(i)
        raise ValueError(i) from err
    except ValueError as e:
        err = e
chain = []
e = err
while e is not None:
    chain.append(e.args[0])
    e = e.__cause__
print(chain)
