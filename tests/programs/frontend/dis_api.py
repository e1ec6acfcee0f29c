# The dis module's API: opname/opmap, get_instructions fields, code_info/show_code, dis of a class and of source.
import dis

def scale(values, factor=2):
    out = []
    for v in values:
        if v > 3:
            out.append(v * factor)
    return out

print(dis.opname[dis.opmap["LOAD_FAST"]], dis.opmap["RETURN_VALUE"], len(dis.opname) >= 256)
print("BINARY_OP_ADD_INT" in dis.opmap)
for ins in dis.get_instructions(scale):
    print(ins.opname, ins.arg, repr(ins.argval), ins.argrepr, ins.offset, ins.starts_line, ins.line_number, ins.label)
dis.show_code(scale)
print(dis.code_info(scale).splitlines()[0])

class Box:
    def __init__(self, item):
        self.item = item

    def get(self):
        return self.item

dis.dis(Box)
dis.dis("a = b + 1")
