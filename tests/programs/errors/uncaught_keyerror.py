# An uncaught KeyError shows the key's repr after the traceback.
config = {"host": "localhost"}
def get(key):
    return config[key]
print(get("host"))
get("port")
