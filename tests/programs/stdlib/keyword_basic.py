import keyword
print(keyword.__all__)
print(keyword.kwlist)
print(keyword.softkwlist)
print([w for w in ['if', 'match', 'case', 'print', 'None', 'none', 'async', '_', 'type', 'yield'] if keyword.iskeyword(w)])
print([w for w in ['if', 'match', 'case', 'print', 'None', '_', 'type'] if keyword.issoftkeyword(w)])
print(len(keyword.kwlist), len(keyword.softkwlist))
