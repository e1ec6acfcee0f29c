# Lists as stacks (append/pop) and queues (pop(0)), and a bracket matcher using a stack.
stack = []
for x in range(3):
    stack.append(x)
print(stack.pop(), stack.pop(), stack)
queue = list("abc")
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ["()", "([]{})", "(]", "((", ""]])
