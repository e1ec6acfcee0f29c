# Infinite recursion through a method prints the repeated frame once with a repeat count.
class Node:
    def depth(self):
        return 1 + self.depth()
Node().depth()
