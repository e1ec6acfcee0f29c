# Mapping patterns with **rest collecting the remaining items in insertion order.
def route(request):
    match request:
        case {"method": "GET", "path": path, **params}:
            return f"GET {path} {params}"
        case {"method": method, **rest} if not rest:
            return f"bare {method}"
        case {"method": method, "body": {"id": int(ident)}}:
            return f"{method} id={ident}"
    return "unmatched"
for r in [{"method": "GET", "path": "/a", "q": 1, "page": 2}, {"method": "HEAD"},
          {"method": "POST", "body": {"id": 7}}, {"method": "POST", "body": {"id": "7"}}]:
    print(route(r))
