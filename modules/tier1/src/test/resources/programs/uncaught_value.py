def parse(text):
    return int(text)

def main():
    values = ["1", "2", "x"]
    return [parse(v) for v in values]

print("before")
main()
