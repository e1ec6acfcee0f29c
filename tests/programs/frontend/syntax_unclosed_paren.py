print("never printed: the file does not compile")
values = [1, 2, 3]
x = (1,
