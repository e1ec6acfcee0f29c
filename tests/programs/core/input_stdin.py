# input() reads lines from standard input; EOFError at the end.
name = input()
age = int(input("age? "))
print(f"hello {name}, next year {age + 1}")
try:
    input()
except EOFError as e:
    print("EOFError:", e)
